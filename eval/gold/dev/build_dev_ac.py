"""Writes dev_ac.gold.jsonl: fourteen development articles, nine from the Middle East - Syria's coast (Jableh's al-Fayda
neighbourhood, Beit Yashout east of Jableh, al-Bayda south of Baniyas, Latakia's al-Ramel al-Shamali and governorate
building), Suwayda province (Walgha in the western countryside, Suwayda city, the Damascus-Suwayda highway north of
Shahba, the al-Mazraa-al-Thaala road), Raqqa and Tabqa (Tabqa's western entrance, al-Kasrat in Raqqa's southern
countryside, Saida and Mu'allaq west of Ain Issa, Raqqa city, al-Karama east of Raqqa), Iraq's Sinjar and the Nineveh
plains (Sinune north of Mount Sinjar, Khanasor, Sinjar town, Bashiqa, Bartella), Basra (the al-Dair district, Basra's
Hayaniya, the Qurna district), Jordan's north-eastern border (the sector north-east of al-Ruwaished; Arman in
Suwayda's countryside across the border), Yemen's Hodeidah and the Red Sea (the Ras Isa terminal, a bulk carrier about
70 nautical miles west of Hodeidah, Hays and al-Durayhimi districts, Hodeidah city), northern Gaza (Beit Lahia's
project area and Kamal Adwan hospital, Jabalia and its camp; Sderot across the fence) and Lebanon's Bekaa (the
Baalbek-Hermel road near al-Labweh, Baalbek's al-Sharawneh, the Hermel countryside, Hawsh al-Sayyed Ali on the Syrian
border) - and five from elsewhere - Burkina Faso (Djibo, a convoy near Gaskindé, the market at Tongomayel), Colombia's
Catatumbo (rural Tibú and La Gabarra, El Tarra, Teorama, Ocaña), Sudan's North Darfur (Abu Shouk camp and the Saudi
Teaching Hospital in El Fasher, Zamzam camp about 15 km south of it, Kabkabiya, south of Mellit, west of El Fasher),
Ukraine's Kharkiv oblast (Kharkiv's Kyivskyi district, Kupiansk, Kivsharivka, Vovchansk, Kamianka north of Kupiansk)
and Mozambique's Cabo Delgado (Mbau in Mocímboa da Praia district, the N380 between Macomia and Oasse, an RDF position
about 10 km south of Mocímboa da Praia, Pemba, Miangalewa in Muidumbe, Ancuabe district, Ocua in Chiúre) - published
2024-2026, written for this project in our own words, with hand-made gold events in the format of SPEC.md section 6 and
eval/gold/ANNOTATION.md.

It was written blind to the system: no run of sitrep on these texts, no import of it, no look at its output, its
source, its tests, its docs or the other sets' gold output. Only these files were read: /work/shared/SPEC.md,
/work/main/eval/gold/ANNOTATION.md, /work/main/eval/gold/dev/goldkit.py and /work/main/eval/gold/dev/build_dev_r.py
(whose structure, helpers, checks and conventions this file follows). goldkit.py is copied beside this file unchanged.

One voice per article, fourteen kinds of outlet and layout (a monitor's daily log, a local radio transcript, a
partisan site, a correction notice above a corrected story, a police bulletin, an armed forces statement, a UN flash
update, a live blog printed newest first, an opinion column with some reporting, an interview Q&A, a wire story, an
NGO incident report, a dateline newspaper story, a weekly security digest), the set rich in what coders find hard -
counts in words, ranges, "at least", "dozens", "several", "killed and wounded", kin and ages; tolls told a sentence
later, revised or corrected; relative dates and places; attribution, blame, denials and claims; non-events:
(1) a Syrian coast monitor's daily log: a father and son shot dead "Late last night", arrests "Hours later", a
shepherd's body "missing since Monday" found "about 20 km east of Jableh" with "either" a faction "or" a gang blamed,
a patrol ambushed near al-Bayda in two versions (the monitor's "at least two of the attackers" plus three / the
ministry's two "heroes"), a car bomb on a retired colonel, a sit-in, a Telegram threat, a month's count, March's
reprisals; (2) a Suwayda radio transcript: a night clash with each side's dead from a different source, mortar rounds
at dawn with the wounded a sentence later, blamed and denied, three kinsmen kidnapped "north of Shahba", a drone of
"a government drone or an Israeli one", last month's Israeli strikes, a ceasefire, a sit-in's third day, a metaphor;
(3) a pro-SDF partisan site: a Turkish drone in Tabqa told as "two of our comrades" and as "two PKK/YPG terrorists",
an ISIS attack "Hours later" with both sides' dead a sentence later, SNA shelling ("there were no casualties"),
arrests "on Sunday and Monday", a march, a denied raid, a count, a conditional and loaded language throughout; (4) an
Iraqi site's correction notice above its corrected story: the withdrawn toll, place and attribution, a drone strike
near Sinune with Turkey's "neutralised", a checkpoint clash with one side's dead and the other's wounded, a legacy
device killing a boy near Bashiqa, warning shots at a protest in Bartella ("No one was hurt"), a count, 2014 and 2020
background; (5) a Basra police bulletin: a clan clash "yesterday" with "killed and wounded a number of people" and the
final toll a sentence later, arrests, a grenade ("There were no human losses"), a family feud "On Tuesday evening", a
truce "last night", a denied shooting at a funeral, a count, a planned weapons campaign and a threat; (6) a Jordanian
armed forces statement: a border clash with five smugglers killed, "the wounding of others" and one soldier wounded, a
drone downed "On Tuesday evening", a denied air strike in Syria "on Monday night", a count, "last December"
background, a vow; (7) a UN flash update on Hodeidah: strikes on Ras Isa "some 55 km north-west of Hodeidah city"
("at least nine", "dozens") told by the de facto authorities and by CENTCOM, a missile on a bulk carrier at sea told
by UKMTO and claimed by the Houthis, a drone boat destroyed "The following day", shelling by no one named, a landmine
on a family, a count in casualties, a rally and its weekly series, a vow, a forecast; (8) a live blog, newest first:
a strike on a family house whose toll is raised above it (17 to 23) and the army's "a Hamas terrorist", a soldier
killed "on Tuesday", projectiles and an interception, fire on flour seekers with the army's "warning shots",
detentions at a hospital told by the army and the Health Ministry, two counts ("more than 770", "hundreds of
terrorists"), a plan (no gold); (9) a Bekaa opinion column: a drone on a car "Last Thursday" with the army's
"operative", a clan feud "On Sunday night" with its toll a sentence later and its past dead, a raid and firefight in
the Hermel countryside, arrests, fire across the border "Earlier this month" blamed on Hezbollah and denied, a count,
two conditional fears, metaphors; (10) an interview Q&A from Burkina Faso: JNIM's attack on Djibo "on that Monday" in
the witness's count ("at least 40 bodies"), the town's rumour ("more than 100") and the government's "about a hundred
terrorists", an abduction ("about 20 young men"), a convoy ambush "In April" ("Some drivers were killed"), a drone on
a market "In March" told as a market and as "a gathering of terrorists", a threat, a past truce; (11) a Colombia wire
story: fighting in rural Tibú ("at least 12" by the Ombudsman / the ELN's "more than 20" and "expelled"), a drone on
an army base blamed on the 33rd Front, a leader killed by "either the ELN or the dissidents", an "asonada" holding
soldiers, an arrest, January's offensive, a deployment plan; (12) an NGO incident report on North Darfur: shells on
Abu Shouk camp ("more than 30" injured) with the RSF's denial, a drone on a maternity ward by no one established, a
night attack on Zamzam "ABOUT 15 KM SOUTH OF EL FASHER" with the defenders' "dozens" and the volunteers' "at least
six", an SAF strike on Kabkabiya's market ("wounded many more") and SAF's "RSF mobilisation points", detentions by
the RSF, rapes by "men in RSF uniforms" "last week", a count, a conditional risk; (13) a Kharkiv dateline story: glide
bombs "overnight" told as homes and as "a temporary deployment point", a drone on a bus stop ("aged 64 and 71"), a
shell "A day before", a day's assaults, a village "liberated" by Russia's telling and rejected by Ukraine's with its
own clash, an arrest, a count, a feared offensive, May 2024 background; (14) a weekly security digest from Cabo
Delgado: beheadings in Mbau told by residents (four) and by the Islamic State ("six Christians"), an ambush on the
N380 with each side's dead from a different source, an attack on an RDF position "about 10 km south of the town",
lethal fire on marchers in Pemba told as "vandals" by the police, an abduction of children, a battalion deployed, a
militia clash "with casualties on both sides", May's raid on Macomia, a forecast, counts, called protests.
The incidents are invented or composite, with invented names of people, outlets and some sites; the gold encodes
what each TEXT says, including its slant, hedges and sources, not what is true. Articles are 250-450 words;
check_ac below adds the 250-word floor and the 2024-01-01..2026-11-30 window to goldkit's check_article.

Run:  python3 build_dev_ac.py   (stdlib + goldkit only; checks every evidence string occurs exactly once in its text,
word counts, weekday arithmetic, dates not after publication, type/sub-type/status values and number ranges, then
writes the JSONL beside this file).

Conventions: those listed in build_dev_r.py's docstring (and through it dev_q to dev_c), kept unchanged - among them
"No one was hurt" -> killed and injured 0..0, "causing no injuries" / "No injuries were reported" -> injured 0..0
only, "no civilians were hurt" (one group) -> no number field; "dozens" 24..open; "several" 3..open; "at least N"
N..open; "more than N" N+1..open; "killed or wounded some 45" -> casualties 45..45; one side's count in a clash ->
N..open, both sides told -> exact, each side's dead from a different source -> summed; a toll told later or revised
-> folded into the core event, the other figures non-core copies, "at least N" raised later -> N..open; "N km
<direction> of X" -> LKM; "on the outskirts of Y" and "<direction> of X" without a distance -> X's point;
countrysides, districts, townships, fronts, border areas and long roads between towns -> names and country;
"overnight" / "last night" / "on X night" -> both days; "last week" -> Monday to Sunday; uncertain or blamed
perpetrators -> every alternative plus unknown; a party's claim -> core, occurred, sourced to it; another object named
by the other side -> one core event per version; the same object told two ways -> one core event, the other telling
a non-core copy; "neutralised" -> no number field; headlines that state an event -> non-core copies; denials, plans,
threats, conditionals, aggregates and background -> non-core.
Added or made explicit here:
- Vague counts: "killed and wounded a number of people" and "wounded many more" -> no number field; an unnumbered
  plural ("the wounding of others", "Some drivers were killed") -> 2..open; "hundreds of terrorists" -> 200..open and
  "thousands of Yazidis" -> 2000..open (as "dozens" -> 24..open); "with casualties on both sides" -> casualties
  2..open.
- A clash where one side's dead and the other side's wounded are each told by a different source ("a soldier was
  killed and two YBŞ fighters were wounded") -> killed 1..open and injured 2..open; "the killing of five of the
  smugglers and the wounding of others" with "One member of our forces was slightly wounded" and "no member of our
  forces was killed" -> killed 5..5 and injured 2 + 1 = 3..open; each side's dead from a different source with one
  side open ("Three members ... at least two of the attackers"; "dozens" of attackers plus "at least six" displaced)
  -> summed and open (5..open, 30..open).
- A correction notice: the corrected story's own telling -> the core; the correction's restatement of the right
  figures -> a non-core copy; each withdrawn detail (a toll and place, an attribution to a group) -> a non-core
  denied copy carrying the withdrawn values, with the outlet as its source.
- A live blog printed newest first: the first report ("at least 17", 09:55) is the core with 17..open, the raised toll
  posted above it (23) a non-core copy, as for "at least 13" raised to 21.
- An interview: the witness's own count ("I counted at least 40 bodies myself") -> the core; the town's rumour he
  relays ("People in town said more than 100") -> a non-core copy 101..open; the government's "about a hundred
  terrorists ... neutralised" -> a core version of its own with no number field (another object, the attackers).
- A body found with gunshot wounds, "missing since Monday ... found on Wednesday" -> Violence against civilians/Attack
  dated Monday to Wednesday, the suspected "either ... or" perpetrators plus unknown.
- A device "left over from the war with the Islamic State" -> Remote explosive/landmine/IED with the Islamic State
  plus unknown as actor1.
- Witnesses placing the shells' origin with one side ("came from positions of the RSF") and that side's denial -> that
  side plus unknown on the core, the denial a non-core denied copy; "could not establish whose drone it was. The army
  blamed the RSF" -> the RSF plus unknown, the blame a non-core copy; "men in RSF uniforms" -> the RSF plus unknown
  (unlike "armed men in uniform", the uniform names a force).
- A non-state group detaining men at a checkpoint and taking them "to an unknown destination" -> Violence against
  civilians/Abduction; a crowd surrounding and holding a platoon (an "asonada") -> Riots/Mob violence, and "released
  unharmed" (one group) -> no number field.
- A non-state group's claim to have "expelled" its rival from an area -> Battles/Non-state actor overtakes territory,
  a core version beside the Ombudsman's clash; a foreign state's forces' claim to have "liberated" a village ->
  Battles/Non-state actor overtakes territory (external forces, as ACLED codes them), the other side's rejection a
  non-core denied copy and its own "destroyed two Russian assault groups there" a core clash.
- Guided aerial ("glide") bombs -> Air/drone strike; a drone boat destroyed by a warship -> Disrupted weapons use; a
  deployed battalion -> Headquarters or base established (core); a planned troop surge -> the same, planned.
- A denied shooting at mourners -> Violence against civilians/Attack, non-core denied; a planned campaign to seize
  weapons -> Disrupted weapons use, planned; a bulletin's legal threat -> Arrests, planned.
- A digest's or analyst's forecast ("We assess that the group will keep targeting ...") -> hypothetical; a column's
  "if the state does not deploy ... the next feud will not stop at one body" -> hypothetical; "Officials fear that
  Moscow is preparing a new offensive" -> planned (an actor's future act), non-core.
- Dates: "Last Thursday" in a Wednesday column -> the Thursday six days before; "Earlier this month" -> the first of
  the month to the day before publication; "Hours later" after an evening event -> that day and the next; "The
  following day, X said ... had destroyed" -> the day and the next; "In March" / "In April" -> the month; "X said on
  Tuesday that its forces had 'liberated' ..." with nothing else dating the act -> that Tuesday; an act with no date
  at all in the text (the SBU's detention) -> no date field; "every Friday since late 2023" -> from 1 October 2023.
- A sit-in that "enters its third day today" -> the three days; a report's title or key point summing up several
  events -> a non-core aggregate.
- The Basra clan clash and the Qurna family feud -> Battles/Armed clash between identity militias (clans, families);
  a truce ('atwa) agreed by elders -> Strategic developments/Agreement (core).
- A bulk carrier hit at sea -> the point 130 km (70 nautical miles) west of Hodeidah with no country; the Red Sea
  with no point -> names only."""

import math

from goldkit import (
    ABDUCT,
    AGREE,
    AIR,
    ARRESTS,
    ATTACK,
    BAT,
    BASE,
    CIV,
    CLASH,
    DISRUPT,
    EXCESSIVE,
    EXP,
    GRENADE,
    IED,
    INTERVENTION,
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


# goldkit's check_article (layout, at most 450 words, fields, values, ranges) plus this set's 250-word floor and
# its 2024-01-01..2026-11-30 publication window.
check_ac = windowed_check("2024-01-01", "2026-11-30", min_words=250)

SEXUAL = "Sexual violence"  # not among goldkit's short names


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
# villages, districts, townships, valleys, mountain areas, border sectors and sites we cannot pin get names and a
# country only, unless the text places them by a distance and a direction from a pinned town (then LKM).
ISIS = ["Islamic State", "ISIS", "ISIL", "Daesh", "Islamic State militants", "Islamic State group"]
USA = ["United States", "US forces", "U.S. forces", "US military", "U.S. military", "American",
       "Military Forces of the United States"]
UK = ["United Kingdom", "British", "Britain", "Military Forces of the United Kingdom", "Royal Navy"]
ISRAEL = ["Israel", "Israeli", "Israel Defense Forces", "IDF", "Israeli military", "Israeli army", "Israeli troops",
          "Israeli forces", "Military Forces of Israel"]
HEZB = ["Hezbollah", "Hizbullah", "Hizballah"]
HAMAS = ["Hamas", "Izz ad-Din al-Qassam Brigades", "Qassam Brigades", "al-Qassam Brigades"]
HOUTHI = ["Houthis", "Houthi", "Ansar Allah", "Ansarallah", "Houthi movement", "Houthi forces", "Iran-backed Houthi"]
TURKEY = ["Turkey", "Turkish", "Turkish Armed Forces", "Turkish army", "Turkish military", "Military Forces of Turkey",
          "Türkiye"]
PKK = ["PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party"]
PMF = ["Popular Mobilisation Forces", "Popular Mobilization Forces", "PMF", "Hashd al-Shaabi", "Hashd"]
SDF = ["Syrian Democratic Forces", "SDF", "Kurdish-led forces", "Kurdish-led force", "SDF forces"]
YPG = ["People's Protection Units", "YPG", "YPG militia"]
RUSSIA = ["Russia", "Russian", "Russian forces", "Russian army", "Russian military", "Military Forces of Russia",
          "Russian Armed Forces"]
SYGOV = ["Syrian government", "Government of Syria", "Syrian army", "Military Forces of Syria", "Syrian Arab Army",
         "government forces"]
DOCS, WEEKDAYS = [], []

# ---------------------------------------------------------------- documents

# =============================================================================
# dev-ac-01  human rights monitor's daily incident log — Syria's coast: Jableh's al-Fayda neighbourhood, Beit Yashout about 20 km east of Jableh, al-Bayda south of Baniyas, Latakia's al-Ramel al-Shamali and the governorate building (Thu 18 Sep 2025)
# =============================================================================
T01 = """Coast daily log, 18 September: father and son shot dead in Jableh, deadly clash in Baniyas countryside

Syrian Coast Rights Observatory | Daily incident log | Thursday 18 September 2025 | Monitoring desk, Latakia

Entries cover the 24 hours to 10:00 today. Each entry names its source; "confirmed" means two independent sources.

JABLEH (confirmed) - Late last night, two gunmen on a motorcycle shot dead Nizar Haddad, 52, a secondary-school teacher, and his son Ali, 19, outside their home in the al-Fayda neighbourhood of the city. Neighbours said the gunmen fired from close range and drove off towards the highway. Hours later, General Security said it had arrested two suspects; it did not name them or say whether they belonged to any faction.

JABLEH COUNTRYSIDE (one source) - The body of a shepherd missing since Monday was found on Wednesday morning in a ravine near the village of Beit Yashout, about 20 km east of Jableh, with gunshot wounds to the head. His brother told us the family suspected either members of a government-affiliated faction that had set up a checkpoint nearby or a local gang that steals livestock.

BANIYAS COUNTRYSIDE (confirmed) - A General Security patrol came under fire on Wednesday afternoon near the village of al-Bayda, south of Baniyas. Three members of the patrol were killed and at least two of the attackers died in the exchange of fire, according to a medic and a local official. The Defence Ministry said in a statement that two of its "heroes" had been killed by "remnants of the former regime" and that the attackers had been "dealt with".

LATAKIA (confirmed) - An explosive device planted under a car went off at about 7:30 this morning in the al-Ramel al-Shamali district, seriously wounding the driver, a retired army colonel. No group has claimed the blast.

LATAKIA - On Wednesday, some 200 relatives of men detained since the spring held a silent sit-in outside the governorate building, demanding news of their whereabouts. Police watched but did not intervene.

THREATS - A Telegram channel calling itself the "Coastal Shield Brigade" said it would attack General Security checkpoints "on every road of the coast". We could not verify who runs it.

COUNT - Since 1 September, the Observatory has documented 37 killings in the governorates of Latakia and Tartus, 22 of them of Alawite civilians. In March, more than 1,400 civilians were killed on the coast in three days of sectarian reprisals.

Note: some channels call any killing a "massacre"; we use the word only when three or more civilians are killed in one incident.
"""

GS01 = ["General Security", "General Security Service", "General Security patrol", "Syrian security forces",
        "security forces", "Interior Ministry", "Syrian Ministry of Defence", "Defence Ministry"] + SYGOV
LOYAL01 = ["remnants of the former regime", "former regime", "Assad loyalists", "pro-Assad gunmen", "attackers",
           "the attackers"]
GUNMEN01 = UNK + ["gunmen", "two gunmen", "two gunmen on a motorcycle"]
JABLEH = L(["Jableh", "Jabla", "al-Fayda", "al-Fayda neighbourhood"], 35.36, 35.92, "SY")
# "about 20 km east of Jableh" -> LKM from Jableh
BEIT_YASHOUT = LKM(["Beit Yashout", "Bayt Yashut", "east of Jableh", "Jableh countryside", "Jableh", "ravine"],
                   35.36, 35.92, 20, 90, "SY")
# "near the village of al-Bayda, south of Baniyas" with no distance -> Baniyas's point
AL_BAYDA = L(["al-Bayda", "al-Baida", "Bayda", "south of Baniyas", "Baniyas", "Baniyas countryside"], 35.18, 35.95,
             "SY")
LATAKIA = L(["Latakia", "Lattakia", "al-Ramel al-Shamali", "al-Ramel al-Shamali district", "governorate building"],
            35.52, 35.79, "SY")
COAST01 = L(["coast", "Syrian coast", "Latakia and Tartus", "Latakia", "Tartus"], cc="SY")
SCRO = ["Syrian Coast Rights Observatory", "Observatory", "monitoring desk", "author"]
MODSY01 = ["Defence Ministry", "Syrian Ministry of Defence", "Ministry of Defence"] + SYGOV
E01 = [
    # a teacher and his son (ages given) shot by gunmen -> Violence against civilians, killed 2; "Late last night" ->
    # both days
    E(
        True,
        "two gunmen on a motorcycle shot dead Nizar Haddad, 52, a secondary-school teacher, and his son Ali, 19, outside their home in the al-Fayda neighbourhood of the city",
        VAC,
        ATTACK,
        actor1=GUNMEN01,
        actor2=CIV + ["Nizar Haddad", "secondary-school teacher", "teacher", "his son Ali", "son"],
        location=JABLEH,
        date=D("2025-09-17", "2025-09-18"),
        killed=R(2),
        source=SCRO,
    ),
    E(False, "father and son shot dead in Jableh", VAC, ATTACK, actor1=GUNMEN01, actor2=CIV + ["father and son"],
      location=JABLEH, date=D("2025-09-17", "2025-09-18"), killed=R(2), source=SCRO),
    # "Hours later" after a late-night killing -> both days; the suspects' identity untold -> suspects only
    E(
        True,
        "General Security said it had arrested two suspects",
        STR,
        ARRESTS,
        actor1=GS01,
        actor2=["two suspects", "suspects"] + GUNMEN01,
        location=JABLEH,
        date=D("2025-09-17", "2025-09-18"),
        source=["General Security"] + SCRO,
    ),
    # a body found with gunshot wounds: "missing since Monday ... found on Wednesday morning" -> Monday to Wednesday;
    # "either members of a government-affiliated faction ... or a local gang" -> both plus unknown; "about 20 km
    # east of Jableh" -> LKM
    E(
        True,
        "The body of a shepherd missing since Monday was found on Wednesday morning in a ravine near the village of Beit Yashout, about 20 km east of Jableh, with gunshot wounds to the head",
        VAC,
        ATTACK,
        actor1=UNK + ["government-affiliated faction", "faction", "local gang", "gang"] + GS01,
        actor2=CIV + ["shepherd"],
        location=BEIT_YASHOUT,
        date=D("2025-09-15", "2025-09-17"),
        killed=R(1),
        source=["His brother", "brother"] + SCRO,
    ),
    # one ambush on a patrol in two versions: the monitor's (three of the patrol and "at least two of the attackers",
    # a sentence later -> summed, 5..open; the toll sentence a non-core copy) and the ministry's (two "heroes", the
    # attackers "dealt with" -> its own side only, 2..open)
    E(
        True,
        "A General Security patrol came under fire on Wednesday afternoon near the village of al-Bayda, south of Baniyas",
        BAT,
        CLASH,
        actor1=UNK + LOYAL01 + GS01,
        actor2=GS01 + LOYAL01,
        location=AL_BAYDA,
        date=D("2025-09-17"),
        killed=R(5, None),
        source=["medic", "local official"] + SCRO,
    ),
    E(
        False,
        "Three members of the patrol were killed and at least two of the attackers died in the exchange of fire",
        BAT,
        CLASH,
        actor1=UNK + LOYAL01,
        actor2=GS01,
        location=AL_BAYDA,
        date=D("2025-09-17"),
        killed=R(5, None),
        source=["medic", "local official"] + SCRO,
    ),
    E(
        True,
        'two of its "heroes" had been killed by "remnants of the former regime"',
        BAT,
        CLASH,
        actor1=LOYAL01 + GS01,
        actor2=GS01 + LOYAL01,
        location=AL_BAYDA,
        date=D("2025-09-17"),
        killed=R(2, None),
        source=MODSY01,
    ),
    E(False, "deadly clash in Baniyas countryside", BAT, CLASH, actor1=UNK + LOYAL01 + GS01, actor2=GS01 + LOYAL01,
      location=AL_BAYDA, date=D("2025-09-17"), source=SCRO),
    # a bomb under a car, no claim -> unknown; "seriously wounding the driver, a retired army colonel" -> injured 1;
    # "this morning" -> the log's day
    E(
        True,
        "An explosive device planted under a car went off at about 7:30 this morning in the al-Ramel al-Shamali district, seriously wounding the driver, a retired army colonel",
        EXP,
        IED,
        actor1=UNK,
        actor2=CIV + ["driver", "retired army colonel", "car"],
        location=LATAKIA,
        date=D("2025-09-18"),
        injured=R(1),
        source=SCRO,
    ),
    # "Police watched but did not intervene" -> Peaceful protest
    E(
        True,
        "some 200 relatives of men detained since the spring held a silent sit-in outside the governorate building",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["relatives", "200 relatives", "relatives of men detained"],
        location=LATAKIA,
        date=D("2025-09-17"),
        source=SCRO,
    ),
    # a channel's threat -> planned
    E(
        False,
        'it would attack General Security checkpoints "on every road of the coast"',
        BAT,
        CLASH,
        actor1=["Coastal Shield Brigade"] + LOYAL01,
        actor2=GS01 + ["General Security checkpoints", "checkpoints"],
        location=COAST01,
        source=["Telegram channel", "Coastal Shield Brigade"],
        status="planned",
    ),
    # the month's count -> aggregate; March's reprisals (three days, the whole coast) -> a non-core aggregate with
    # no perpetrator named ("more than 1,400" -> 1401..open; "In March" -> the month)
    E(
        False,
        "the Observatory has documented 37 killings in the governorates of Latakia and Tartus",
        VAC,
        ATTACK,
        actor1=UNK + GS01 + LOYAL01,
        actor2=CIV + ["Alawite civilians"],
        location=COAST01,
        date=D("2025-09-01", "2025-09-18"),
        killed=R(37),
        source=SCRO,
        aggregate=True,
    ),
    E(
        False,
        "In March, more than 1,400 civilians were killed on the coast in three days of sectarian reprisals",
        VAC,
        ATTACK,
        actor1=UNK,
        actor2=CIV,
        location=COAST01,
        date=D("2025-03-01", "2025-03-31"),
        killed=R(1401, None),
        source=SCRO,
        aggregate=True,
    ),
    # no gold: the method note, "drove off towards the highway", "it did not name them", the family's suspicion
    # (inside the core's actors), "No group has claimed the blast", "We could not verify who runs it", the
    # 22 Alawite victims (inside the count), the note on "massacre"
]
DOCS.append(
    (
        "dev-ac-01",
        "Syrian Coast Rights Observatory (daily log)",
        "2025-09-18",
        "human rights monitor's daily incident log",
        "Syria's coast: a father and son shot dead 'Late last night' (ages, kin), arrests 'Hours later', a shepherd's "
        "body 'missing since Monday' found 'about 20 km east of Jableh' with 'either' a faction 'or' a gang blamed, a "
        "patrol ambushed near al-Bayda 'south of Baniyas' in two versions (three plus 'at least two of the attackers' "
        "/ the ministry's two 'heroes'), a car bomb wounding a retired colonel, a sit-in, a Telegram threat, a month's "
        "count and March's reprisals (aggregates)",
        T01,
        E01,
    )
)
WEEKDAYS += [
    ("dev-ac-01", "Thursday 18 September 2025 / this morning", "2025-09-18", "Thursday"),
    ("dev-ac-01", "Late last night (start) / on Wednesday morning / on Wednesday afternoon / On Wednesday",
     "2025-09-17", "Wednesday"),
    ("dev-ac-01", "missing since Monday", "2025-09-15", "Monday"),
]

# =============================================================================
# dev-ac-02  local radio bulletin transcript — Suwayda province: Walgha in the western countryside, Suwayda city's southern neighbourhoods and al-Karama Square, the Damascus-Suwayda highway north of Shahba, the al-Mazraa-al-Thaala road (Tue 5 Aug 2025)
# =============================================================================
T02 = """Transcript: Sawt al-Jabal morning news, Tuesday 5 August 2025

Sawt al-Jabal FM | Suwayda | 8:00 am bulletin, transcribed from the broadcast by our web desk, lightly edited

PRESENTER (Rima Abu Fakhr): Good morning, this is Sawt al-Jabal. Our top story: a night of fighting in the western countryside. Our correspondent Fadi Hamza is on the line from al-Mazraa. Fadi?

CORRESPONDENT: Good morning, Rima. Clashes broke out at around ten last night between fighters of the local National Guard and Bedouin tribal gunmen on the edge of the village of Walgha, and they went on until about three in the morning. The Suwayda Health Directorate tells us four Guard fighters were killed and 11 wounded. A tribal spokesman, speaking to a Daraa station, said three of their men were killed.

PRESENTER: And the shells on the city?

CORRESPONDENT: At dawn, mortar rounds landed in the southern neighbourhoods of Suwayda city. One hit a bakery near the Tishreen roundabout, wounding the baker and his nephew, who is fourteen. The Guard blames government forces positioned west of the city. The Interior Ministry said in a statement that its forces had "not fired a single shell" and blamed "outlaw groups".

PRESENTER: Any news of the three young men from Shahba?

CORRESPONDENT: Their families say the three, two brothers and their cousin, were taken by armed men at a makeshift checkpoint on the Damascus-Suwayda highway, north of Shahba, on Sunday afternoon. The kidnappers called yesterday asking for 30,000 dollars.

PRESENTER: We also had reports of a drone.

CORRESPONDENT: Yes. At about six this morning a drone struck a pick-up truck on the road between al-Mazraa and al-Thaala, killing the driver. Witnesses say it came from the west. Nobody here can say whose it was, a government drone or an Israeli one. Israel carried out strikes in the province last month, saying it was protecting the Druze.

PRESENTER: And the ceasefire?

CORRESPONDENT: A ceasefire was agreed shortly after three this morning between the tribal sheikhs and the Guard, with the governor's office mediating. It seems to be holding, although I heard scattered gunfire near Walgha an hour ago.

PRESENTER: Thank you, Fadi. In the city, the sit-in in al-Karama Square enters its third day today, with hundreds demanding that the highway be reopened to food trucks. The governor told us yesterday: "If the road stays closed, this province will die a slow death." More news at nine.
"""

GUARD02 = ["National Guard", "local National Guard", "Guard fighters", "Druze fighters", "Druze factions", "Guard"]
TRIBES02 = ["Bedouin tribal gunmen", "Bedouin tribes", "Bedouin fighters", "tribal gunmen", "tribal fighters",
            "tribal sheikhs", "tribes", "Bedouin"]
SYGOV02 = SYGOV + ["government forces positioned west of the city", "Interior Ministry", "Syrian Interior Ministry",
                   "security forces", "government drone"]
OUTLAW02 = ["outlaw groups"]
WALGHA = L(["Walgha", "village of Walgha", "western countryside", "Suwayda countryside", "Suwayda province"], cc="SY")
SUWAYDA = L(["Suwayda", "Suwayda city", "Sweida", "As-Suwayda", "southern neighbourhoods", "Tishreen roundabout",
             "al-Karama Square"], 32.71, 36.57, "SY")
# "on the Damascus-Suwayda highway, north of Shahba" with no distance -> Shahba's point
SHAHBA_HWY = L(["Damascus-Suwayda highway", "north of Shahba", "Shahba", "makeshift checkpoint"], 32.85, 36.63, "SY")
MAZRAA_RD = L(["road between al-Mazraa and al-Thaala", "al-Mazraa", "al-Thaala", "Thaala", "Suwayda province"],
              cc="SY")
SUW_PROV = L(["Suwayda province", "the province", "Suwayda"], cc="SY")
SAJ = ["Sawt al-Jabal", "Sawt al-Jabal FM", "Fadi Hamza", "correspondent", "author"]
HEALTH02 = ["Suwayda Health Directorate", "Health Directorate"]
TRIBSRC02 = ["tribal spokesman", "Daraa station"] + TRIBES02
E02 = [
    # a night clash: "at around ten last night ... until about three in the morning" -> both days; each side's dead
    # from a different source (the Health Directorate's four Guard fighters / the tribal spokesman's three) ->
    # summed, 7..7; only the Guard's wounded told -> 11..open; each toll a non-core copy; an unpinned village -> names
    E(
        True,
        "Clashes broke out at around ten last night between fighters of the local National Guard and Bedouin tribal gunmen on the edge of the village of Walgha",
        BAT,
        CLASH,
        actor1=GUARD02 + TRIBES02,
        actor2=TRIBES02 + GUARD02,
        location=WALGHA,
        date=D("2025-08-04", "2025-08-05"),
        killed=R(7),
        injured=R(11, None),
        source=HEALTH02 + ["tribal spokesman"] + SAJ,
    ),
    E(
        False,
        "four Guard fighters were killed and 11 wounded",
        BAT,
        CLASH,
        actor1=TRIBES02,
        actor2=GUARD02,
        location=WALGHA,
        date=D("2025-08-04", "2025-08-05"),
        killed=R(4),
        injured=R(11),
        source=HEALTH02,
    ),
    E(
        False,
        "three of their men were killed",
        BAT,
        CLASH,
        actor1=GUARD02,
        actor2=TRIBES02,
        location=WALGHA,
        date=D("2025-08-04", "2025-08-05"),
        killed=R(3),
        source=TRIBSRC02,
    ),
    # mortar rounds with the wounded a sentence later ("the baker and his nephew, who is fourteen" -> 2); the Guard
    # blames government forces, the ministry denies and blames "outlaw groups" -> both plus unknown on the core,
    # the blame a non-core copy, the denial a non-core denied copy
    E(
        True,
        "At dawn, mortar rounds landed in the southern neighbourhoods of Suwayda city",
        EXP,
        SHELL,
        actor1=UNK + SYGOV02 + OUTLAW02,
        actor2=CIV + ["southern neighbourhoods", "bakery", "baker", "nephew"],
        location=SUWAYDA,
        date=D("2025-08-05"),
        injured=R(2),
        source=SAJ,
    ),
    E(
        False,
        "One hit a bakery near the Tishreen roundabout, wounding the baker and his nephew, who is fourteen",
        EXP,
        SHELL,
        actor1=UNK + SYGOV02 + OUTLAW02,
        actor2=CIV + ["bakery", "baker", "nephew"],
        location=SUWAYDA,
        date=D("2025-08-05"),
        injured=R(2),
        source=SAJ,
    ),
    E(
        False,
        "The Guard blames government forces positioned west of the city",
        EXP,
        SHELL,
        actor1=SYGOV02,
        actor2=CIV,
        location=SUWAYDA,
        date=D("2025-08-05"),
        source=GUARD02,
    ),
    E(
        False,
        'its forces had "not fired a single shell"',
        EXP,
        SHELL,
        actor1=SYGOV02,
        actor2=CIV,
        location=SUWAYDA,
        date=D("2025-08-05"),
        source=["Interior Ministry", "Syrian Interior Ministry"],
        status="denied",
    ),
    # "two brothers and their cousin" taken at a checkpoint "on Sunday afternoon" -> an abduction; the ransom call
    # -> no gold; "north of Shahba" without a distance -> Shahba's point
    E(
        True,
        "the three, two brothers and their cousin, were taken by armed men at a makeshift checkpoint on the Damascus-Suwayda highway, north of Shahba, on Sunday afternoon",
        VAC,
        ABDUCT,
        actor1=UNK + ["armed men", "kidnappers"],
        actor2=CIV + ["two brothers", "cousin", "three young men", "young men from Shahba"],
        location=SHAHBA_HWY,
        date=D("2025-08-03"),
        source=["Their families", "families"] + SAJ,
    ),
    # "a government drone or an Israeli one" -> both plus unknown; "killing the driver" -> 1
    E(
        True,
        "a drone struck a pick-up truck on the road between al-Mazraa and al-Thaala, killing the driver",
        EXP,
        AIR,
        actor1=UNK + SYGOV02 + ISRAEL,
        actor2=CIV + ["pick-up truck", "driver"],
        location=MAZRAA_RD,
        date=D("2025-08-05"),
        killed=R(1),
        source=["Witnesses", "witnesses"] + SAJ,
    ),
    # last month's strikes -> aggregate background
    E(
        False,
        "Israel carried out strikes in the province last month",
        EXP,
        AIR,
        actor1=ISRAEL,
        actor2=SYGOV02,
        location=SUW_PROV,
        date=D("2025-07-01", "2025-07-31"),
        source=SAJ,
        aggregate=True,
    ),
    # the ceasefire "shortly after three this morning" -> Agreement, core; no place told -> the province
    E(
        True,
        "A ceasefire was agreed shortly after three this morning between the tribal sheikhs and the Guard, with the governor's office mediating",
        STR,
        AGREE,
        actor1=TRIBES02 + GUARD02 + ["governor's office"],
        actor2=GUARD02 + TRIBES02,
        location=SUW_PROV,
        date=D("2025-08-05"),
        source=SAJ,
    ),
    # a sit-in "enters its third day today" -> the three days
    E(
        True,
        "the sit-in in al-Karama Square enters its third day today, with hundreds demanding that the highway be reopened to food trucks",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["hundreds", "sit-in"],
        location=SUWAYDA,
        date=D("2025-08-03", "2025-08-05"),
        source=["Rima Abu Fakhr", "presenter"] + SAJ,
    ),
    # no gold: "a night of fighting in the western countryside" (the clash, in the presenter's words), the ransom
    # call, "Witnesses say it came from the west", "scattered gunfire near Walgha" (no actor, no target), the
    # governor's "this province will die a slow death" (a conditional metaphor)
]
DOCS.append(
    (
        "dev-ac-02",
        "Sawt al-Jabal FM (bulletin transcript)",
        "2025-08-05",
        "local radio bulletin transcript",
        "Suwayda: a night clash in Walgha 'at around ten last night' with each side's dead from a different source "
        "(four Guard fighters and 11 wounded / three tribesmen), mortar rounds 'At dawn' with the wounded a sentence "
        "later ('the baker and his nephew, who is fourteen'), blamed on government forces and denied, two brothers and "
        "their cousin kidnapped 'north of Shahba' 'on Sunday afternoon', a drone of 'a government drone or an Israeli "
        "one', last month's Israeli strikes, a ceasefire, a sit-in's 'third day', a metaphor",
        T02,
        E02,
    )
)
WEEKDAYS += [
    ("dev-ac-02", "Tuesday 5 August 2025 / this morning / today", "2025-08-05", "Tuesday"),
    ("dev-ac-02", "last night / yesterday", "2025-08-04", "Monday"),
    ("dev-ac-02", "on Sunday afternoon / the sit-in's first day", "2025-08-03", "Sunday"),
]

# =============================================================================
# dev-ac-03  partisan news site (pro-SDF) — Raqqa and Tabqa: Tabqa's western entrance, al-Kasrat in Raqqa's southern countryside, Saida and Mu'allaq west of Ain Issa, Raqqa city, al-Karama east of Raqqa (Wed 30 Oct 2024)
# =============================================================================
T03 = """Occupation drone murders two Asayish members near Tabqa as ISIS cells strike again in Raqqa's countryside

Euphrates Dawn | North and East Syria | Wednesday 30 October 2024 | Editorial desk

The Turkish occupation state has once again shown its true face. On Monday evening, an occupation drone targeted a car belonging to the Internal Security Forces (Asayish) at the western entrance of Tabqa, martyring two of our comrades, Hevin Ali and Mahmoud al-Ahmad, and wounding a passer-by, a shopkeeper in his sixties. The occupation's defence ministry boasted the next day that it had "neutralised two PKK/YPG terrorists" near Tabqa, as if the blood of our people were a number on its list.

Hours later, as if on command, ISIS cells attacked a checkpoint of the Syrian Democratic Forces (SDF) near the village of al-Kasrat, south of the Euphrates in Raqqa's southern countryside. Our heroic fighters repelled the cowards, killing two of them; one fighter, Shiyar Kobani, 23, was martyred. Who benefits from these attacks, if not Ankara?

On Tuesday, the mercenaries of the so-called Syrian National Army, Ankara's proxies, shelled the villages of Saida and Mu'allaq, west of Ain Issa, with heavy artillery. Thanks to the vigilance of our forces, there were no casualties, but several houses and a school were damaged.

In a successful security operation on Sunday and Monday, the Asayish, supported by the International Coalition, arrested 11 members of ISIS cells in the neighbourhoods of Raqqa city, among them an "emir" in charge of financing.

On Tuesday afternoon, thousands of the people of Raqqa marched from the Naim roundabout to condemn the occupation's crimes and to salute the martyrs.

Meanwhile, hostile pages run by agents of the occupation claim that our forces killed a young man during a raid in the town of al-Karama, east of Raqqa, on Saturday. These are lies. No such raid took place, and the young man died in a traffic accident, as his own family has said.

Since the start of the year, the occupation has carried out more than 90 drone strikes on our regions, according to the Autonomous Administration. The occupation dreams of reviving ISIS and of swallowing our land, but the Euphrates will not be given up. If the occupation launches a new invasion, it will find Raqqa a graveyard for its soldiers.
"""

TUR03 = TURKEY + ["Turkish occupation", "occupation", "occupation drone", "Turkish occupation state",
                  "occupation's defence ministry", "Ankara"]
ASAYISH = ["Internal Security Forces", "Asayish", "Asayish members"] + SDF
SDF03 = SDF + ["our forces", "Our heroic fighters", "fighters", "checkpoint"] + ASAYISH
IS03 = ISIS + ["ISIS cells", "cells", "cowards", "members of ISIS cells"]
SNA = ["Syrian National Army", "SNA", "so-called Syrian National Army", "mercenaries", "Ankara's proxies",
       "Turkish-backed factions"]
COAL = ["International Coalition", "US-led coalition", "Global Coalition"] + USA
# "at the western entrance of Tabqa" -> Tabqa's point
TABQA = L(["Tabqa", "al-Tabqa", "al-Thawrah", "western entrance of Tabqa"], 35.84, 38.55, "SY")
KASRAT = L(["al-Kasrat", "Kasrat", "village of al-Kasrat", "Raqqa's southern countryside", "south of the Euphrates",
            "Raqqa countryside"], cc="SY")
# "west of Ain Issa" with no distance -> Ain Issa's point
AIN_ISSA = L(["Ain Issa", "Ayn Issa", "west of Ain Issa", "Saida", "Mu'allaq"], 36.39, 38.86, "SY")
RAQQA = L(["Raqqa", "Raqqa city", "al-Raqqa", "Naim roundabout"], 35.95, 39.01, "SY")
KARAMA03 = L(["al-Karama", "town of al-Karama", "east of Raqqa", "Raqqa"], 35.95, 39.01, "SY")
NES = L(["North and East Syria", "our regions", "north-east Syria"], cc="SY")
EUD = ["Euphrates Dawn", "Editorial desk", "author"]
TURMOD03 = ["occupation's defence ministry", "Turkish defence ministry",
            "Turkish Ministry of National Defence"] + TURKEY
E03 = [
    # the Asayish car in the site's words ("martyring two of our comrades ... wounding a passer-by") -> killed 2,
    # injured 1; Turkey's "neutralised two PKK/YPG terrorists" tells the same dead another way -> a non-core copy
    # with no number field
    E(
        True,
        "an occupation drone targeted a car belonging to the Internal Security Forces (Asayish) at the western entrance of Tabqa, martyring two of our comrades, Hevin Ali and Mahmoud al-Ahmad, and wounding a passer-by, a shopkeeper in his sixties",
        EXP,
        AIR,
        actor1=TUR03,
        actor2=ASAYISH + ["car", "Hevin Ali", "Mahmoud al-Ahmad", "passer-by", "shopkeeper"] + CIV,
        location=TABQA,
        date=D("2024-10-28"),
        killed=R(2),
        injured=R(1),
        source=EUD,
    ),
    E(
        False,
        'it had "neutralised two PKK/YPG terrorists" near Tabqa',
        EXP,
        AIR,
        actor1=TUR03,
        actor2=PKK + YPG + ["PKK/YPG terrorists", "terrorists"] + ASAYISH,
        location=TABQA,
        date=D("2024-10-28"),
        source=TURMOD03,
    ),
    E(False, "Occupation drone murders two Asayish members near Tabqa", EXP, AIR, actor1=TUR03, actor2=ASAYISH,
      location=TABQA, date=D("2024-10-28"), killed=R(2), source=EUD),
    # "Hours later" than a Monday-evening strike -> Monday and Tuesday; both sides' dead a sentence later ("killing
    # two of them; one fighter ... was martyred") -> 3..3, the toll sentence a non-core copy
    E(
        True,
        "ISIS cells attacked a checkpoint of the Syrian Democratic Forces (SDF) near the village of al-Kasrat, south of the Euphrates in Raqqa's southern countryside",
        BAT,
        CLASH,
        actor1=IS03 + SDF03,
        actor2=SDF03 + IS03,
        location=KASRAT,
        date=D("2024-10-28", "2024-10-29"),
        killed=R(3),
        source=EUD,
    ),
    E(
        False,
        "Our heroic fighters repelled the cowards, killing two of them; one fighter, Shiyar Kobani, 23, was martyred",
        BAT,
        CLASH,
        actor1=SDF03 + IS03,
        actor2=IS03 + SDF03,
        location=KASRAT,
        date=D("2024-10-28", "2024-10-29"),
        killed=R(3),
        source=EUD,
    ),
    E(False, "ISIS cells strike again in Raqqa's countryside", BAT, CLASH, actor1=IS03, actor2=SDF03, location=KASRAT,
      date=D("2024-10-28", "2024-10-29"), source=EUD),
    # "there were no casualties" -> killed and injured 0..0; the damage is inside the event
    E(
        True,
        "the mercenaries of the so-called Syrian National Army, Ankara's proxies, shelled the villages of Saida and Mu'allaq, west of Ain Issa, with heavy artillery",
        EXP,
        SHELL,
        actor1=SNA + TUR03,
        actor2=CIV + ["villages of Saida and Mu'allaq", "villages", "houses", "school"] + SDF03,
        location=AIN_ISSA,
        date=D("2024-10-29"),
        killed=R(0),
        injured=R(0),
        source=EUD,
    ),
    # "on Sunday and Monday" -> both days
    E(
        True,
        "the Asayish, supported by the International Coalition, arrested 11 members of ISIS cells in the neighbourhoods of Raqqa city",
        STR,
        ARRESTS,
        actor1=ASAYISH + COAL,
        actor2=IS03 + ["emir"],
        location=RAQQA,
        date=D("2024-10-27", "2024-10-28"),
        source=EUD,
    ),
    E(
        True,
        "thousands of the people of Raqqa marched from the Naim roundabout to condemn the occupation's crimes",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["people of Raqqa", "thousands"],
        location=RAQQA,
        date=D("2024-10-29"),
        source=EUD,
    ),
    # the "hostile pages" claim is told only to be denied ("These are lies. No such raid took place") -> a
    # non-core denied event, the site as source; "east of Raqqa" without a distance -> Raqqa's point
    E(
        False,
        "our forces killed a young man during a raid in the town of al-Karama, east of Raqqa, on Saturday",
        VAC,
        ATTACK,
        actor1=SDF03,
        actor2=CIV + ["young man"],
        location=KARAMA03,
        date=D("2024-10-26"),
        killed=R(1),
        source=EUD,
        status="denied",
    ),
    # the year's count -> aggregate ("more than 90" strikes: no casualty number)
    E(
        False,
        "the occupation has carried out more than 90 drone strikes on our regions",
        EXP,
        AIR,
        actor1=TUR03,
        actor2=SDF03 + CIV,
        location=NES,
        date=D("2024-01-01", "2024-10-30"),
        source=["Autonomous Administration", "Autonomous Administration of North and East Syria", "AANES"],
        aggregate=True,
    ),
    # the author's conditional -> hypothetical (a Turkish invasion)
    E(
        False,
        "If the occupation launches a new invasion",
        BAT,
        CLASH,
        actor1=TUR03 + SNA,
        actor2=SDF03,
        location=RAQQA,
        source=EUD,
        status="hypothetical",
    ),
    # no gold: "has once again shown its true face", "as if the blood of our people were a number on its list", "Who
    # benefits from these attacks, if not Ankara?", the traffic accident, "dreams of reviving ISIS and of swallowing
    # our land", "a graveyard for its soldiers" (the rest of the conditional), the "emir" (inside the arrests)
]
DOCS.append(
    (
        "dev-ac-03",
        "Euphrates Dawn",
        "2024-10-30",
        "partisan news site (pro-SDF)",
        "Raqqa and Tabqa: a Turkish drone on an Asayish car 'On Monday evening' told as 'two of our comrades' (a "
        "passer-by in his sixties wounded) and as Turkey's 'two PKK/YPG terrorists', an ISIS attack near al-Kasrat "
        "'Hours later' with both sides' dead a sentence later, SNA shelling 'west of Ain Issa' ('there were no "
        "casualties'), arrests 'on Sunday and Monday', a march, a raid told by 'hostile pages' and denied, a year's "
        "count, a conditional; loaded labels throughout",
        T03,
        E03,
    )
)
WEEKDAYS += [
    ("dev-ac-03", "Wednesday 30 October 2024", "2024-10-30", "Wednesday"),
    ("dev-ac-03", "On Tuesday / On Tuesday afternoon / the next day", "2024-10-29", "Tuesday"),
    ("dev-ac-03", "On Monday evening / on Sunday and Monday (end)", "2024-10-28", "Monday"),
    ("dev-ac-03", "on Sunday and Monday (start)", "2024-10-27", "Sunday"),
    ("dev-ac-03", "on Saturday", "2024-10-26", "Saturday"),
]

# =============================================================================
# dev-ac-04  correction notice above a corrected news story — Iraq's Sinjar and Nineveh plains: Sinune north of Mount Sinjar (Khanasor in the withdrawn version), Sinjar town's old market, Bashiqa, Bartella (Wed 22 May 2024)
# =============================================================================
T04 = """Turkish drone kills three near Sinune; soldier killed in Sinjar checkpoint clash

Nineveh Observer | Mosul | First published 21 May 2024 | Corrected 22 May 2024, 11:20

CORRECTION, 22 May: An earlier version of this article said that five people were killed in the drone strike and that it hit a vehicle in Khanasor. Three people were killed, and the vehicle was hit near Sinune. The earlier version also said that the Iraqi army had blamed the Sinjar Resistance Units (YBŞ) for the clash in Sinjar town; the army's statement did not name any group. We regret the errors.

SINJAR - A Turkish drone struck a vehicle near Sinune, north of Mount Sinjar, on Monday evening, killing three people, the Sinjar district health department said. The YBŞ, a Yazidi force linked to the PKK, said two of the dead were its members and the third was their driver, a civilian from Sinune. Turkey's defence ministry said on Tuesday that its forces had "neutralised" two "terrorists" in Sinjar, without giving a location.

In Sinjar town, a soldier was killed and two YBŞ fighters were wounded in an exchange of fire at a checkpoint near the old market on Sunday night, according to a security source and a YBŞ official respectively. The army said in a statement that "an armed group" had opened fire on its troops and that calm had been restored.

In the Nineveh plains, a boy of 13 was killed on Saturday when a device left over from the war with the Islamic State exploded as he was grazing sheep near Bashiqa, the town's mayor said.

In Bartella, on Tuesday, members of the Popular Mobilization Forces' 30th Brigade fired into the air to disperse dozens of Christian residents protesting against a new checkpoint at the town's northern entrance. No one was hurt. The brigade said its men had fired "warning shots" because protesters had tried to remove the barriers.

Turkey has carried out at least 40 drone strikes in Sinjar district since 2021, according to a count by Yazidi organisations. The district has never recovered from the Islamic State's assault of August 2014, in which thousands of Yazidis were killed and thousands of women and girls were enslaved. A 2020 agreement between Baghdad and Erbil to remove armed groups from the district has never been implemented.

Residents fear that if the army and the YBŞ cannot settle their dispute, Sinjar will "burn again".
"""

TUR04 = TURKEY + ["Turkish drone", "Turkey's defence ministry", "its forces"]
YBS = ["Sinjar Resistance Units", "YBŞ", "YBS", "Yazidi force", "YBŞ fighters", "Sinjar Resistance Units (YBŞ)"] + PKK
IQARMY04 = ["Iraqi army", "army", "Military Forces of Iraq", "Iraqi security forces", "soldier", "troops",
            "its troops"]
PMF30 = PMF + ["30th Brigade", "Popular Mobilization Forces' 30th Brigade", "brigade", "its men"]
SINUNE = L(["Sinune", "Sinuni", "near Sinune", "north of Mount Sinjar", "Mount Sinjar", "Sinjar district"], cc="IQ")
KHANASOR = L(["Khanasor", "Khana Sor", "Sinjar district"], cc="IQ")
SINJAR_TOWN = L(["Sinjar", "Sinjar town", "Shingal", "old market", "checkpoint near the old market"], 36.32, 41.87,
                "IQ")
SINJAR_DIST = L(["Sinjar district", "Sinjar", "Shingal"], cc="IQ")
BASHIQA = L(["Bashiqa", "Bashiqa town", "Nineveh plains"], 36.45, 43.35, "IQ")
BARTELLA = L(["Bartella", "Bartilla", "town's northern entrance", "Nineveh plains"], 36.35, 43.38, "IQ")
IRAQ04 = L(["Iraq", "Sinjar district", "Baghdad", "Erbil"], cc="IQ")
NO = ["Nineveh Observer", "author"]
HEALTH04 = ["Sinjar district health department", "health department"]
E04 = [
    # the correction: each withdrawn detail -> a non-core denied copy carrying the withdrawn values, the outlet as
    # source (the earlier toll and place; the earlier attribution of the clash to the YBŞ); the correction's
    # restatement of the right figures -> a non-core copy
    E(
        False,
        "five people were killed in the drone strike and that it hit a vehicle in Khanasor",
        EXP,
        AIR,
        actor1=TUR04,
        actor2=YBS + CIV + ["vehicle"],
        location=KHANASOR,
        date=D("2024-05-20"),
        killed=R(5),
        source=NO,
        status="denied",
    ),
    E(
        False,
        "Three people were killed, and the vehicle was hit near Sinune",
        EXP,
        AIR,
        actor1=TUR04,
        actor2=YBS + CIV + ["vehicle"],
        location=SINUNE,
        date=D("2024-05-20"),
        killed=R(3),
        source=NO,
    ),
    E(
        False,
        "the Iraqi army had blamed the Sinjar Resistance Units (YBŞ) for the clash in Sinjar town",
        BAT,
        CLASH,
        actor1=YBS,
        actor2=IQARMY04,
        location=SINJAR_TOWN,
        date=D("2024-05-19", "2024-05-20"),
        source=NO,
        status="denied",
    ),
    # the corrected story: "killing three people" -> 3; the YBŞ's account of who the dead were (two members, a
    # civilian driver) -> inside the event; Turkey's "neutralised" two "terrorists" in Sinjar, undated and
    # unplaced, most likely the same strike -> a non-core copy dated Monday to Tuesday, no number field
    E(
        True,
        "A Turkish drone struck a vehicle near Sinune, north of Mount Sinjar, on Monday evening, killing three people",
        EXP,
        AIR,
        actor1=TUR04,
        actor2=YBS + CIV + ["vehicle", "driver", "three people"],
        location=SINUNE,
        date=D("2024-05-20"),
        killed=R(3),
        source=HEALTH04 + NO,
    ),
    E(
        False,
        'its forces had "neutralised" two "terrorists" in Sinjar',
        EXP,
        AIR,
        actor1=TUR04,
        actor2=YBS + ["terrorists"],
        location=SINJAR_DIST,
        date=D("2024-05-20", "2024-05-21"),
        source=["Turkey's defence ministry", "Turkish defence ministry", "Turkish Ministry of National Defence"],
    ),
    E(False, "Turkish drone kills three near Sinune", EXP, AIR, actor1=TUR04, actor2=YBS + CIV, location=SINUNE,
      date=D("2024-05-20"), killed=R(3), source=NO),
    # one side's dead and the other side's wounded, each from a different source -> killed 1..open, injured
    # 2..open; "on Sunday night" -> both days; the army's "an armed group" (no name) -> a non-core copy with unknown
    E(
        True,
        "a soldier was killed and two YBŞ fighters were wounded in an exchange of fire at a checkpoint near the old market on Sunday night",
        BAT,
        CLASH,
        actor1=IQARMY04 + YBS,
        actor2=YBS + IQARMY04,
        location=SINJAR_TOWN,
        date=D("2024-05-19", "2024-05-20"),
        killed=R(1, None),
        injured=R(2, None),
        source=["security source", "YBŞ official"] + NO,
    ),
    E(
        False,
        '"an armed group" had opened fire on its troops',
        BAT,
        CLASH,
        actor1=UNK + ["armed group", "an armed group"] + YBS,
        actor2=IQARMY04,
        location=SINJAR_TOWN,
        date=D("2024-05-19", "2024-05-20"),
        source=["Iraqi army", "army"],
    ),
    E(False, "soldier killed in Sinjar checkpoint clash", BAT, CLASH, actor1=YBS + IQARMY04, actor2=IQARMY04 + YBS,
      location=SINJAR_TOWN, date=D("2024-05-19", "2024-05-20"), killed=R(1), source=NO),
    # a device "left over from the war with the Islamic State" -> Remote explosive/landmine/IED, ISIS plus unknown
    E(
        True,
        "a boy of 13 was killed on Saturday when a device left over from the war with the Islamic State exploded as he was grazing sheep near Bashiqa",
        EXP,
        IED,
        actor1=ISIS + UNK,
        actor2=CIV + ["boy", "boy of 13"],
        location=BASHIQA,
        date=D("2024-05-18"),
        killed=R(1),
        source=["mayor", "town's mayor"] + NO,
    ),
    # shots in the air to disperse a protest -> Protest with intervention; "No one was hurt" -> 0..0; the brigade's
    # "warning shots" -> a non-core copy
    E(
        True,
        "members of the Popular Mobilization Forces' 30th Brigade fired into the air to disperse dozens of Christian residents protesting against a new checkpoint at the town's northern entrance",
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(PMF30 + ["Christian residents", "dozens of Christian residents", "residents"]),
        location=BARTELLA,
        date=D("2024-05-21"),
        killed=R(0),
        injured=R(0),
        source=NO,
    ),
    E(
        False,
        'its men had fired "warning shots" because protesters had tried to remove the barriers',
        PRO,
        INTERVENTION,
        **PROTEST_SIDES(PMF30),
        location=BARTELLA,
        date=D("2024-05-21"),
        source=["30th Brigade", "brigade"],
    ),
    # counts and background -> non-core: the strikes since 2021 (aggregate), the 2014 assault ("thousands of
    # Yazidis were killed" -> 2000..open; a campaign -> aggregate), the 2020 agreement
    E(
        False,
        "Turkey has carried out at least 40 drone strikes in Sinjar district since 2021",
        EXP,
        AIR,
        actor1=TUR04,
        actor2=YBS + CIV,
        location=SINJAR_DIST,
        date=D("2021-01-01", "2024-05-22"),
        source=["Yazidi organisations"],
        aggregate=True,
    ),
    E(
        False,
        "the Islamic State's assault of August 2014, in which thousands of Yazidis were killed and thousands of women and girls were enslaved",
        VAC,
        ATTACK,
        actor1=ISIS,
        actor2=CIV + ["Yazidis", "women and girls"],
        location=SINJAR_DIST,
        date=D("2014-08-01", "2014-08-31"),
        killed=R(2000, None),
        source=NO,
        aggregate=True,
    ),
    E(
        False,
        "A 2020 agreement between Baghdad and Erbil to remove armed groups from the district",
        STR,
        AGREE,
        actor1=["Government of Iraq", "Iraqi government", "Baghdad", "federal government"],
        actor2=["Kurdistan Regional Government", "KRG", "Erbil"],
        location=IRAQ04,
        date=D("2020-01-01", "2020-12-31"),
        source=NO,
    ),
    # no gold: "We regret the errors", "the army's statement did not name any group", "calm had been restored",
    # "has never been implemented", the residents' fear that Sinjar will "burn again" (a conditional metaphor)
]
DOCS.append(
    (
        "dev-ac-04",
        "Nineveh Observer",
        "2024-05-22",
        "correction notice above a corrected news story",
        "Sinjar and the Nineveh plains: the correction's withdrawn toll and place (five in Khanasor) and withdrawn "
        "attribution (the army blaming the YBŞ), its restated toll; a Turkish drone near Sinune 'on Monday evening' "
        "with Turkey's undated 'neutralised' two; a checkpoint clash 'on Sunday night' with one side's dead and the "
        "other's wounded from two sources and the army's 'an armed group'; a device left over from the war with ISIS "
        "killing 'a boy of 13'; warning shots at a protest in Bartella ('No one was hurt'); a count, 2014 and 2020 "
        "background, a metaphor",
        T04,
        E04,
    )
)
WEEKDAYS += [
    ("dev-ac-04", "Corrected 22 May 2024", "2024-05-22", "Wednesday"),
    ("dev-ac-04", "First published 21 May 2024 / said on Tuesday / on Tuesday", "2024-05-21", "Tuesday"),
    ("dev-ac-04", "on Monday evening", "2024-05-20", "Monday"),
    ("dev-ac-04", "on Sunday night", "2024-05-19", "Sunday"),
    ("dev-ac-04", "on Saturday", "2024-05-18", "Saturday"),
]

# =============================================================================
# dev-ac-05  police command's media bulletin — Basra: the al-Dair district north of Basra, Basra city's Hayaniya area, the Qurna district (Thu 13 Feb 2025)
# =============================================================================
T05 = """Basra Police Command: three killed in tribal clash in al-Dair; 14 arrested and curfew imposed

Republic of Iraq | Ministry of Interior | Basra Police Command | Media and Public Relations Office | Bulletin No. 47 | Thursday 13 February 2025

1. At 7:15 pm yesterday, a dispute over the ownership of farmland between two clans in the al-Dair district, north of Basra, developed into an armed clash in which medium weapons and RPG launchers were used. The clash killed and wounded a number of people. The final toll received by the Command from the Basra Health Directorate is three dead, namely two members of one of the clans and a passer-by aged 15, and eight wounded, among them two policemen of the emergency regiment who were trying to separate the two parties.

2. Units of the Command, supported by army units, imposed a curfew on the area from 9:00 pm and, in raids carried out overnight and this morning, arrested 14 suspects involved in the clash and seized nine rifles, an RPG launcher and a quantity of ammunition.

3. At dawn today, unknown persons threw a hand grenade at the house of a police officer in the Hayaniya area of Basra city, causing material damage only. There were no human losses. Investigations are under way.

4. On Tuesday evening, an exchange of fire between two families in the Qurna district over an old blood debt left one man dead. The shooter has been identified and a warrant has been issued for his arrest.

5. Tribal elders and sheikhs of the province, meeting the Provincial Police Chief, Major General Ali Kadhim Hassan, agreed last night to a one-month truce ('atwa) between the two clans of al-Dair, to be followed by a full settlement.

6. The Command denies the rumours circulated on social media that police personnel opened fire on mourners at the funeral of one of the dead in al-Dair this morning, and affirms that the shots heard were fired into the air by the mourners themselves, in violation of the law.

7. The Command has recorded 27 tribal disputes in the province since the start of the year, which left 19 people dead, and calls on citizens to resolve their disputes through the courts.

8. A campaign to seize unlicensed medium and heavy weapons in the northern districts will begin on Sunday. Anyone who opens fire on the security forces will be dealt with under Article 4 of the Anti-Terrorism Law.
"""

CLANS05 = ["clans", "two clans", "clan members", "members of one of the clans", "tribesmen", "tribal gunmen",
           "Clan Militia"]
FAMILIES05 = ["two families", "families", "family members", "shooter", "Clan Militia", "tribesmen"]
IQPOL05 = ["Basra Police Command", "Basra police", "Iraqi police", "Police Forces of Iraq", "police",
           "Units of the Command", "police personnel", "emergency regiment", "army units", "security forces",
           "Iraqi security forces"]
AL_DAIR = L(["al-Dair", "al-Dair district", "al-Deir", "Al-Dayr", "north of Basra"], cc="IQ")
BASRA = L(["Basra", "Basra city", "Hayaniya", "Hayaniya area", "al-Hayyaniyah"], 30.51, 47.81, "IQ")
QURNA = L(["Qurna", "Qurna district", "al-Qurna"], cc="IQ")
BASRA_PROV = L(["Basra province", "the province", "Basra", "northern districts"], cc="IQ")
BPC = ["Basra Police Command", "Command", "Media and Public Relations Office", "Iraqi Ministry of Interior",
       "Ministry of Interior", "author"]
E05 = [
    # a land dispute turned armed clash between two clans -> Battles/Armed clash (identity militias); "At 7:15 pm
    # yesterday" -> Wednesday; "killed and wounded a number of people" (vague) -> a non-core copy with no number field;
    # the final toll a sentence later ("three dead ... and eight wounded") -> folded into the core, the toll a
    # non-core copy; a district -> names and country
    E(
        True,
        "a dispute over the ownership of farmland between two clans in the al-Dair district, north of Basra, developed into an armed clash in which medium weapons and RPG launchers were used",
        BAT,
        CLASH,
        actor1=CLANS05,
        actor2=CLANS05 + ["passer-by", "policemen"],
        location=AL_DAIR,
        date=D("2025-02-12"),
        killed=R(3),
        injured=R(8),
        source=BPC + ["Basra Health Directorate", "Health Directorate"],
    ),
    E(
        False,
        "The clash killed and wounded a number of people",
        BAT,
        CLASH,
        actor1=CLANS05,
        actor2=CLANS05,
        location=AL_DAIR,
        date=D("2025-02-12"),
        source=BPC,
    ),
    E(
        False,
        "three dead, namely two members of one of the clans and a passer-by aged 15, and eight wounded",
        BAT,
        CLASH,
        actor1=CLANS05,
        actor2=CLANS05 + ["passer-by", "policemen"],
        location=AL_DAIR,
        date=D("2025-02-12"),
        killed=R(3),
        injured=R(8),
        source=["Basra Health Directorate", "Health Directorate"] + BPC,
    ),
    E(False, "three killed in tribal clash in al-Dair", BAT, CLASH, actor1=CLANS05, actor2=CLANS05, location=AL_DAIR,
      date=D("2025-02-12"), killed=R(3), source=BPC),
    # raids "overnight and this morning" -> Wednesday and Thursday; the weapons seized are inside the raids (no
    # Disrupted weapons use of their own); the curfew -> no gold
    E(
        True,
        "in raids carried out overnight and this morning, arrested 14 suspects involved in the clash",
        STR,
        ARRESTS,
        actor1=IQPOL05,
        actor2=CLANS05 + ["14 suspects", "suspects"],
        location=AL_DAIR,
        date=D("2025-02-12", "2025-02-13"),
        source=BPC,
    ),
    E(False, "14 arrested", STR, ARRESTS, actor1=IQPOL05, actor2=CLANS05 + ["suspects"], location=AL_DAIR,
      date=D("2025-02-12", "2025-02-13"), source=BPC),
    # a grenade at an officer's house; "causing material damage only. There were no human losses" -> killed and
    # injured 0..0
    E(
        True,
        "unknown persons threw a hand grenade at the house of a police officer in the Hayaniya area of Basra city",
        EXP,
        GRENADE,
        actor1=UNK + ["unknown persons"],
        actor2=IQPOL05 + ["police officer", "house of a police officer", "house"],
        location=BASRA,
        date=D("2025-02-13"),
        killed=R(0),
        injured=R(0),
        source=BPC,
    ),
    # a family feud with one dead -> Battles/Armed clash between two families; "On Tuesday evening" in a Thursday
    # bulletin -> 11 February
    E(
        True,
        "an exchange of fire between two families in the Qurna district over an old blood debt left one man dead",
        BAT,
        CLASH,
        actor1=FAMILIES05,
        actor2=FAMILIES05,
        location=QURNA,
        date=D("2025-02-11"),
        killed=R(1),
        source=BPC,
    ),
    # a truce agreed "last night" -> Agreement, both days
    E(
        True,
        "Tribal elders and sheikhs of the province, meeting the Provincial Police Chief, Major General Ali Kadhim Hassan, agreed last night to a one-month truce ('atwa) between the two clans of al-Dair",
        STR,
        AGREE,
        actor1=["Tribal elders", "tribal elders", "sheikhs", "Provincial Police Chief", "Ali Kadhim Hassan"] + CLANS05,
        actor2=CLANS05,
        location=AL_DAIR,
        date=D("2025-02-12", "2025-02-13"),
        source=BPC,
    ),
    # the denied rumour -> non-core denied (shooting at mourners, unarmed -> Violence against civilians)
    E(
        False,
        "police personnel opened fire on mourners at the funeral of one of the dead in al-Dair this morning",
        VAC,
        ATTACK,
        actor1=IQPOL05,
        actor2=CIV + ["mourners"],
        location=AL_DAIR,
        date=D("2025-02-13"),
        source=BPC,
        status="denied",
    ),
    # the year's count -> aggregate
    E(
        False,
        "The Command has recorded 27 tribal disputes in the province since the start of the year, which left 19 people dead",
        BAT,
        CLASH,
        actor1=CLANS05,
        actor2=CLANS05,
        location=BASRA_PROV,
        date=D("2025-01-01", "2025-02-13"),
        killed=R(19),
        source=BPC,
        aggregate=True,
    ),
    # a campaign to seize weapons "will begin on Sunday" -> Disrupted weapons use, planned (no date: it lies after
    # publication); the legal threat -> Arrests, planned
    E(
        False,
        "A campaign to seize unlicensed medium and heavy weapons in the northern districts will begin on Sunday",
        STR,
        DISRUPT,
        actor1=IQPOL05,
        actor2=CLANS05,
        location=BASRA_PROV,
        source=BPC,
        status="planned",
    ),
    E(
        False,
        "Anyone who opens fire on the security forces will be dealt with under Article 4 of the Anti-Terrorism Law",
        STR,
        ARRESTS,
        actor1=IQPOL05,
        actor2=CLANS05 + ["Anyone who opens fire"],
        location=BASRA_PROV,
        source=BPC,
        status="planned",
    ),
    # no gold: the curfew, "Investigations are under way", the warrant for the Qurna shooter (no arrest yet), "to
    # be followed by a full settlement", the mourners' shots into the air (the Command's counter-claim), the call to
    # use the courts
]
DOCS.append(
    (
        "dev-ac-05",
        "Basra Police Command (media bulletin)",
        "2025-02-13",
        "police command's media bulletin",
        "Basra: a clan clash in al-Dair 'At 7:15 pm yesterday' with 'killed and wounded a number of people' and the "
        "final toll a sentence later ('three dead, namely ... a passer-by aged 15, and eight wounded'), 14 arrested in "
        "raids 'overnight and this morning', a grenade at an officer's house ('There were no human losses'), a family "
        "feud in Qurna 'On Tuesday evening', a truce agreed 'last night', a denied shooting at a funeral, a year's "
        "count, a planned weapons campaign and a legal threat",
        T05,
        E05,
    )
)
WEEKDAYS += [
    ("dev-ac-05", "Thursday 13 February 2025 / At dawn today / this morning", "2025-02-13", "Thursday"),
    ("dev-ac-05", "yesterday / last night / overnight (start)", "2025-02-12", "Wednesday"),
    ("dev-ac-05", "On Tuesday evening", "2025-02-11", "Tuesday"),
]

# =============================================================================
# dev-ac-06  armed forces general command statement — Jordan's north-eastern border: the sector north-east of al-Ruwaished, the desert north of al-Ruwaished; Arman in Syria's Suwayda countryside (Thu 21 Mar 2024)
# =============================================================================
T06 = """Armed Forces: five smugglers killed in clash on north-eastern border, drone carrying explosives downed

Jordanian Armed Forces - Arab Army | General Command | Military Media Directorate | Statement | Amman, Thursday 21 March 2024

A military source at the General Command of the Jordanian Armed Forces - Arab Army stated that at dawn today, Thursday, border guard forces in the Eastern Military Zone foiled an attempt by a group of armed smugglers to infiltrate from Syrian territory into the Kingdom with large quantities of narcotics, in the sector north-east of al-Ruwaished.

The source explained that the rules of engagement were applied and that an armed clash broke out and lasted about two hours, which resulted in the killing of five of the smugglers and the wounding of others, while the rest fled back into Syrian territory. One member of our forces was slightly wounded and was evacuated to hospital, and no member of our forces was killed. Large quantities of narcotic pills and crystal, three rifles and a number of hand grenades were seized and handed over to the competent authorities.

On Tuesday evening, forces of the Eastern Military Zone also detected a drone flying from Syrian territory towards the Kingdom and shot it down over the desert north of al-Ruwaished. It was found to be carrying two kilograms of explosives and a quantity of crystal meth.

The General Command categorically denies the reports circulated by some media outlets and pages claiming that Royal Jordanian Air Force aircraft struck residential houses in the Syrian village of Arman, in the Suwayda countryside, on Monday night, and stresses that these claims are baseless.

The General Command notes that since the beginning of this year its forces have foiled 58 infiltration and smuggling attempts on the northern and north-eastern borders, killing 31 smugglers and seizing more than three million narcotic pills. It recalls that a non-commissioned officer was martyred in similar clashes last December.

The Jordanian Armed Forces affirm that they will deal firmly and forcefully with any threat to the borders of the Kingdom, and that organised armed groups backed by external parties stand behind the escalation in smuggling operations. The eyes of our heroes on the borders do not sleep.
"""

JAF = ["Jordanian Armed Forces", "Jordanian Armed Forces - Arab Army", "Arab Army", "Jordanian army",
       "Military Forces of Jordan", "border guard forces", "border guards", "Eastern Military Zone",
       "forces of the Eastern Military Zone", "our forces", "Royal Jordanian Air Force", "Jordan"]
SMUG = ["armed smugglers", "smugglers", "group of armed smugglers", "drug smugglers", "smuggling gangs",
        "organised armed groups"]
# "in the sector north-east of al-Ruwaished" and "over the desert north of al-Ruwaished", no distances -> the town's
# point
RUWAISHED = L(["al-Ruwaished", "Ruwaished", "al-Rweished", "north-east of al-Ruwaished", "Eastern Military Zone",
               "north-eastern border"], 32.50, 38.20, "JO")
RUWAISHED_N = L(["al-Ruwaished", "Ruwaished", "north of al-Ruwaished", "desert north of al-Ruwaished",
                 "Eastern Military Zone"], 32.50, 38.20, "JO")
ARMAN = L(["Arman", "Orman", "village of Arman", "Suwayda countryside", "Suwayda"], cc="SY")
JO_BORDERS = L(["northern and north-eastern borders", "borders of the Kingdom", "Jordan", "the Kingdom"], cc="JO")
JAFSRC = ["Jordanian Armed Forces", "General Command", "military source", "Military Media Directorate",
          "Jordanian army", "author"]
E06 = [
    # an infiltration foiled, then "an armed clash broke out" -> Battles/Armed clash; both sides told: "the killing of
    # five of the smugglers" and "no member of our forces was killed" -> killed 5..5; "the wounding of others"
    # (unnumbered plural) -> 2..open, plus "One member of our forces was slightly wounded" -> injured 3..open; the
    # count sentence a non-core copy
    E(
        True,
        "border guard forces in the Eastern Military Zone foiled an attempt by a group of armed smugglers to infiltrate from Syrian territory into the Kingdom with large quantities of narcotics, in the sector north-east of al-Ruwaished",
        BAT,
        CLASH,
        actor1=JAF + SMUG,
        actor2=SMUG + JAF,
        location=RUWAISHED,
        date=D("2024-03-21"),
        killed=R(5),
        injured=R(3, None),
        source=JAFSRC,
    ),
    E(
        False,
        "an armed clash broke out and lasted about two hours, which resulted in the killing of five of the smugglers and the wounding of others",
        BAT,
        CLASH,
        actor1=JAF + SMUG,
        actor2=SMUG + JAF,
        location=RUWAISHED,
        date=D("2024-03-21"),
        killed=R(5),
        injured=R(2, None),
        source=JAFSRC,
    ),
    E(False, "five smugglers killed in clash on north-eastern border", BAT, CLASH, actor1=JAF + SMUG,
      actor2=SMUG + JAF, location=RUWAISHED, date=D("2024-03-21"), killed=R(5), source=JAFSRC),
    # a drone shot down -> Disrupted weapons use; "On Tuesday evening" -> 19 March; no launcher named -> the
    # smugglers (implied) plus unknown
    E(
        True,
        "detected a drone flying from Syrian territory towards the Kingdom and shot it down over the desert north of al-Ruwaished",
        STR,
        DISRUPT,
        actor1=JAF,
        actor2=SMUG + UNK + ["drone"],
        location=RUWAISHED_N,
        date=D("2024-03-19"),
        source=JAFSRC,
    ),
    E(False, "drone carrying explosives downed", STR, DISRUPT, actor1=JAF, actor2=SMUG + UNK + ["drone"],
      location=RUWAISHED_N, date=D("2024-03-19"), source=JAFSRC),
    # the reports the statement denies are their only telling -> non-core denied, the denier as source; "on Monday
    # night" -> both days
    E(
        False,
        "Royal Jordanian Air Force aircraft struck residential houses in the Syrian village of Arman, in the Suwayda countryside, on Monday night",
        EXP,
        AIR,
        actor1=JAF,
        actor2=CIV + ["residential houses", "houses"],
        location=ARMAN,
        date=D("2024-03-18", "2024-03-19"),
        source=JAFSRC,
        status="denied",
    ),
    # the year's count -> aggregate; "last December" in March 2024 -> December 2023, one side's dead -> 1..open
    E(
        False,
        "its forces have foiled 58 infiltration and smuggling attempts on the northern and north-eastern borders, killing 31 smugglers",
        BAT,
        CLASH,
        actor1=JAF,
        actor2=SMUG,
        location=JO_BORDERS,
        date=D("2024-01-01", "2024-03-21"),
        killed=R(31),
        source=JAFSRC,
        aggregate=True,
    ),
    E(
        False,
        "a non-commissioned officer was martyred in similar clashes last December",
        BAT,
        CLASH,
        actor1=SMUG + JAF,
        actor2=JAF + SMUG,
        location=JO_BORDERS,
        date=D("2023-12-01", "2023-12-31"),
        killed=R(1, None),
        source=JAFSRC,
    ),
    # the vow -> planned
    E(
        False,
        "they will deal firmly and forcefully with any threat to the borders of the Kingdom",
        BAT,
        CLASH,
        actor1=JAF,
        actor2=SMUG,
        location=JO_BORDERS,
        source=JAFSRC,
        status="planned",
    ),
    # no gold: the narcotics, rifles and grenades seized (inside the clash), "the rest fled back into Syrian
    # territory", the drone's load, "these claims are baseless" (inside the denial), the pills seized this year,
    # the blame on groups "backed by external parties" (generic), "The eyes of our heroes on the borders do not
    # sleep" (a slogan)
]
DOCS.append(
    (
        "dev-ac-06",
        "Jordanian Armed Forces - Arab Army, General Command (statement)",
        "2024-03-21",
        "armed forces general command statement",
        "Jordan's north-eastern border: an infiltration foiled 'at dawn today, Thursday' 'north-east of "
        "al-Ruwaished' and the clash told a paragraph later (five smugglers killed, 'the wounding of others', one "
        "soldier 'slightly wounded', 'no member of our forces was killed'), a drone downed 'On Tuesday evening', a "
        "denied air strike on a Syrian village 'on Monday night', a year's count, 'last December' background, a vow, "
        "a slogan",
        T06,
        E06,
    )
)
WEEKDAYS += [
    ("dev-ac-06", "Thursday 21 March 2024 / at dawn today, Thursday", "2024-03-21", "Thursday"),
    ("dev-ac-06", "On Tuesday evening", "2024-03-19", "Tuesday"),
    ("dev-ac-06", "on Monday night (start)", "2024-03-18", "Monday"),
]

# =============================================================================
# dev-ac-07  UN humanitarian flash update — Yemen's Hodeidah and the Red Sea: the Ras Isa fuel terminal some 55 km north-west of Hodeidah city, a bulk carrier about 70 nautical miles west of Hodeidah, the Red Sea, Hays and al-Durayhimi districts, Hodeidah city (Wed 10 Jul 2024)
# =============================================================================
T07 = """Yemen: Hodeidah Flash Update No. 5 (3-9 July 2024)

United Nations, Office of the Resident and Humanitarian Coordinator for Yemen | Hodeidah hub | Issued 10 July 2024

Figures are those of the named sources and have not been verified by the UN.

KEY POINTS
- Strikes on port facilities and continued hostilities in the south of the governorate caused civilian casualties.
- Fuel imports through Ras Isa were suspended for four days.

PORTS
On 5 July, airstrikes hit the Ras Isa fuel terminal, some 55 km north-west of Hodeidah city, killing at least nine port workers and injuring dozens, according to the health authorities in Sana'a. The de facto authorities attributed the strikes to the United States and the United Kingdom. The US Central Command (CENTCOM) said its forces had struck "Houthi fuel infrastructure used to finance and sustain attacks on shipping" on the same day, without giving casualty figures.

RED SEA
On 8 July, the United Kingdom Maritime Trade Operations (UKMTO) reported that a bulk carrier had been hit by a missile about 70 nautical miles west of Hodeidah, causing a fire on deck that the crew put out. No injuries were reported. The Houthis later said their naval forces had targeted the vessel, which they said belonged to a company "dealing with Israeli ports", with "a number of ballistic missiles". The following day, CENTCOM said a coalition warship had destroyed an uncrewed surface vessel launched by the Houthis in the Red Sea before it could reach any ship.

SOUTHERN HODEIDAH
On 6 July, shelling hit a residential area of Hays district, killing two children and injuring their mother, according to a partner health facility; the source of the fire could not be determined. In al-Durayhimi district, a landmine exploded under a car carrying a family back to their village on 7 July, killing four of them, among them a girl aged eight. Since January, partners have recorded 61 civilian casualties from landmines and explosive remnants of war in the governorate.

OTHER
On 5 July, tens of thousands of people rallied in Hodeidah city in solidarity with Gaza, as they have done every Friday since late 2023.

OUTLOOK
The Houthis have said they will keep attacking ships linked to Israel until the war in Gaza ends. Partners warn that further strikes on port infrastructure could interrupt the fuel and food imports on which the north of the country depends.
"""

HOUTHI07 = HOUTHI + ["de facto authorities", "their naval forces", "Houthi naval forces",
                     "health authorities in Sana'a"]
USUK07 = USA + UK + ["US Central Command", "CENTCOM", "coalition warship"]
CENTCOM = ["US Central Command", "CENTCOM", "U.S. Central Command"]
UKMTO = ["United Kingdom Maritime Trade Operations", "UKMTO"]
# "some 55 km north-west of Hodeidah city" -> LKM from Hodeidah
RAS_ISA = LKM(["Ras Isa", "Ras Isa fuel terminal", "Ras Issa", "north-west of Hodeidah", "Hodeidah"], 14.80, 42.95,
              55, 315, "YE")
# "about 70 nautical miles west of Hodeidah" -> 130 km west, a point at sea, no country
SEA70 = LKM(["70 nautical miles west of Hodeidah", "west of Hodeidah", "Red Sea", "Hodeidah"], 14.80, 42.95, 130, 270)
RED_SEA = L(["Red Sea"])
HAYS = L(["Hays", "Hays district", "Hais", "southern Hodeidah"], cc="YE")
DURAYHIMI = L(["al-Durayhimi", "al-Durayhimi district", "Durayhimi", "al-Duraihimi", "southern Hodeidah"], cc="YE")
HODEIDAH = L(["Hodeidah", "Hodeidah city", "Al Hudaydah", "Hudaydah"], 14.80, 42.95, "YE")
HOD_GOV = L(["Hodeidah governorate", "the governorate", "Hodeidah"], cc="YE")
UNRC = ["United Nations", "Office of the Resident and Humanitarian Coordinator for Yemen", "Resident Coordinator",
        "Hodeidah hub", "author"]
E07 = [
    # the week's key point -> a non-core aggregate
    E(
        False,
        "Strikes on port facilities and continued hostilities in the south of the governorate caused civilian casualties",
        EXP,
        AIR,
        actor1=USUK07 + HOUTHI07 + UNK,
        actor2=CIV + ["port facilities"],
        location=HOD_GOV,
        date=D("2024-07-03", "2024-07-09"),
        source=UNRC,
        aggregate=True,
    ),
    # "killing at least nine port workers and injuring dozens" -> 9..open and 24..open; the de facto authorities'
    # attribution -> a non-core copy; CENTCOM's "Houthi fuel infrastructure" tells the same terminal another way ->
    # a non-core copy
    E(
        True,
        "airstrikes hit the Ras Isa fuel terminal, some 55 km north-west of Hodeidah city, killing at least nine port workers and injuring dozens",
        EXP,
        AIR,
        actor1=USUK07,
        actor2=CIV + HOUTHI + ["Ras Isa fuel terminal", "fuel terminal", "port workers"],
        location=RAS_ISA,
        date=D("2024-07-05"),
        killed=R(9, None),
        injured=R(24, None),
        source=["health authorities in Sana'a", "health authorities", "de facto authorities"] + UNRC,
    ),
    E(
        False,
        "The de facto authorities attributed the strikes to the United States and the United Kingdom",
        EXP,
        AIR,
        actor1=USUK07,
        actor2=CIV + ["Ras Isa fuel terminal"],
        location=RAS_ISA,
        date=D("2024-07-05"),
        source=["de facto authorities"] + HOUTHI,
    ),
    E(
        False,
        'its forces had struck "Houthi fuel infrastructure used to finance and sustain attacks on shipping" on the same day',
        EXP,
        AIR,
        actor1=USUK07,
        actor2=HOUTHI + ["Houthi fuel infrastructure", "fuel infrastructure"],
        location=RAS_ISA,
        date=D("2024-07-05"),
        source=CENTCOM,
    ),
    # a missile on a ship at sea, told by UKMTO (no attacker named) and claimed by the Houthis (the same ship) ->
    # one core event (the Houthis plus unknown), the claim a non-core copy; a missile fired from land ->
    # Shelling/artillery/missile attack; "No injuries were reported" -> injured 0..0 only
    E(
        True,
        "a bulk carrier had been hit by a missile about 70 nautical miles west of Hodeidah, causing a fire on deck that the crew put out",
        EXP,
        SHELL,
        actor1=UNK + HOUTHI07,
        actor2=["bulk carrier", "vessel", "crew", "merchant vessel", "ship"] + CIV,
        location=SEA70,
        date=D("2024-07-08"),
        injured=R(0),
        source=UKMTO + UNRC,
    ),
    E(
        False,
        'their naval forces had targeted the vessel, which they said belonged to a company "dealing with Israeli ports", with "a number of ballistic missiles"',
        EXP,
        SHELL,
        actor1=HOUTHI07,
        actor2=["vessel", "bulk carrier", "ship"] + CIV,
        location=SEA70,
        date=D("2024-07-08"),
        source=HOUTHI,
    ),
    # "The following day, CENTCOM said ... had destroyed" -> 8-9 July; a drone boat destroyed -> Disrupted weapons
    # use; the Red Sea with no point -> names only
    E(
        True,
        "a coalition warship had destroyed an uncrewed surface vessel launched by the Houthis in the Red Sea",
        STR,
        DISRUPT,
        actor1=USUK07,
        actor2=HOUTHI07 + ["uncrewed surface vessel", "drone boat"],
        location=RED_SEA,
        date=D("2024-07-08", "2024-07-09"),
        source=CENTCOM,
    ),
    # shelling by no one established -> unknown only; "killing two children and injuring their mother" -> 2 and 1
    E(
        True,
        "shelling hit a residential area of Hays district, killing two children and injuring their mother",
        EXP,
        SHELL,
        actor1=UNK,
        actor2=CIV + ["residential area", "two children", "children", "mother"],
        location=HAYS,
        date=D("2024-07-06"),
        killed=R(2),
        injured=R(1),
        source=["partner health facility", "health facility"] + UNRC,
    ),
    # a landmine, no one named -> unknown; "killing four of them, among them a girl aged eight" -> 4
    E(
        True,
        "a landmine exploded under a car carrying a family back to their village on 7 July, killing four of them, among them a girl aged eight",
        EXP,
        IED,
        actor1=UNK,
        actor2=CIV + ["family", "car", "girl aged eight"],
        location=DURAYHIMI,
        date=D("2024-07-07"),
        killed=R(4),
        source=UNRC,
    ),
    # the year's count in casualties (killed and injured not split) -> casualties 61..61, aggregate
    E(
        False,
        "partners have recorded 61 civilian casualties from landmines and explosive remnants of war in the governorate",
        EXP,
        IED,
        actor1=UNK,
        actor2=CIV,
        location=HOD_GOV,
        date=D("2024-01-01", "2024-07-10"),
        casualties=R(61),
        source=["partners"] + UNRC,
        aggregate=True,
    ),
    # the rally -> Peaceful protest (a Friday); "every Friday since late 2023" -> an aggregate from 1 October 2023
    E(
        True,
        "tens of thousands of people rallied in Hodeidah city in solidarity with Gaza",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + ["tens of thousands of people", "people"] + HOUTHI,
        location=HODEIDAH,
        date=D("2024-07-05"),
        source=UNRC,
    ),
    E(
        False,
        "as they have done every Friday since late 2023",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + HOUTHI,
        location=HODEIDAH,
        date=D("2023-10-01", "2024-07-05"),
        source=UNRC,
        aggregate=True,
    ),
    # the Houthis' vow -> planned; the partners' conditional -> hypothetical
    E(
        False,
        "they will keep attacking ships linked to Israel until the war in Gaza ends",
        EXP,
        SHELL,
        actor1=HOUTHI07,
        actor2=["ships linked to Israel", "ships"] + ISRAEL,
        location=RED_SEA,
        source=HOUTHI,
        status="planned",
    ),
    E(
        False,
        "further strikes on port infrastructure could interrupt the fuel and food imports",
        EXP,
        AIR,
        actor1=USUK07 + UNK,
        actor2=HOUTHI + CIV + ["port infrastructure"],
        location=HOD_GOV,
        source=["Partners", "partners"],
        status="hypothetical",
    ),
    # no gold: the method note, the suspension of fuel imports, "without giving casualty figures", the crew putting
    # out the fire (inside the event), "before it could reach any ship", "the source of the fire could not be
    # determined"
]
DOCS.append(
    (
        "dev-ac-07",
        "UN Resident and Humanitarian Coordinator for Yemen (flash update)",
        "2024-07-10",
        "UN humanitarian flash update",
        "Yemen/Hodeidah and the Red Sea: a key point summing up the week, strikes on Ras Isa 'some 55 km north-west of "
        "Hodeidah city' ('at least nine', 'dozens') with the de facto authorities' attribution and CENTCOM's 'Houthi "
        "fuel infrastructure', a missile on a bulk carrier 'about 70 nautical miles west of Hodeidah' told by UKMTO "
        "('No injuries were reported') and claimed by the Houthis, a drone boat destroyed 'The following day', "
        "shelling by no one named, a landmine on a family ('a girl aged eight'), a count in casualties, a rally and "
        "its Friday series, a vow and a conditional",
        T07,
        E07,
    )
)
WEEKDAYS += [
    ("dev-ac-07", "Issued 10 July 2024", "2024-07-10", "Wednesday"),
    ("dev-ac-07", "3-9 July 2024 (end) / The following day (end)", "2024-07-09", "Tuesday"),
    ("dev-ac-07", "On 5 July ... every Friday", "2024-07-05", "Friday"),
    ("dev-ac-07", "3-9 July 2024 (start)", "2024-07-03", "Wednesday"),
]

# =============================================================================
# dev-ac-08  news site's live blog (newest first) — northern Gaza: Beit Lahia's project area and Kamal Adwan hospital, Jabalia and Jabalia camp; Sderot across the fence (Thu 24 Oct 2024)
# =============================================================================
T08 = """Live: Northern Gaza siege, day 19 - strike on Beit Lahia house, army raid on Kamal Adwan hospital

Levant Live | Live blog | Thursday 24 October 2024 | Newest first; all times Gaza (GMT+3)

16:40 - The Civil Defence has raised the toll from this morning's strike in Beit Lahia to 23, including nine children. Others are still missing under the rubble. (See 09:55.)

15:20 - The Israeli army says a soldier, Staff Sergeant Noam Peretz, 20, was killed in combat in the Jabalia area on Tuesday. A second soldier was seriously wounded in the same incident, the army says.

14:05 - Sirens in Sderot. The army says two projectiles were launched from northern Gaza; one was intercepted and the other fell in an open area. Magen David Adom reports no injuries.

12:30 - Witnesses tell us Israeli troops opened fire on people who had left a school shelter in Jabalia camp to look for flour this morning, killing three, among them a woman in her fifties. Update 13:10: the army says troops fired "warning shots" at "suspects who approached the forces" and that it is not aware of casualties.

11:15 - The army says it has detained "about 100 suspects", some of them Hamas members who were "hiding among patients", in its raid on the Kamal Adwan hospital in Beit Lahia, which began last night. The Health Ministry says the detainees include at least 30 medical staff and that troops forced patients and displaced people out into the courtyard.

09:55 - An Israeli strike hit a four-storey house in the Beit Lahia project area early this morning, killing at least 17 members of the al-Haddad family, the Civil Defence says. The army says it struck "a Hamas terrorist" operating from the building and is "reviewing" the reports of civilian casualties.

08:30 - Good morning and welcome to our live coverage. The army's operation in and around Jabalia enters its 19th day. Since 6 October, more than 770 people have been killed in northern Gaza, according to the Civil Defence. The army says it has killed "hundreds of terrorists" in the area.

08:30 - Israeli media report that the army is applying parts of the so-called "Generals' Plan", which would empty the north of its civilians; the government denies having adopted it.
"""

ISR08 = ISRAEL + ["Israeli strike", "troops", "army", "the army", "forces"]
HAMAS08 = HAMAS + ["Hamas terrorist", "Hamas members", "terrorists", "suspects"]
PALMIL08 = ["Palestinian militants", "Palestinian Islamic Jihad", "PIJ"] + HAMAS
GCD08 = ["Civil Defence", "Palestinian Civil Defence", "Gaza Civil Defence"]
IDF08 = ["Israeli army", "Israel Defense Forces", "IDF", "army", "the army"]
MOH08 = ["Health Ministry", "Gaza Health Ministry", "Palestinian Health Ministry", "Ministry of Health"]
BEIT_LAHIA = L(["Beit Lahia", "Beit Lahiya", "Beit Lahia project area", "project area", "four-storey house"], 31.55,
               34.50, "PS")
KAMAL_ADWAN = L(["Kamal Adwan hospital", "Kamal Adwan", "Beit Lahia", "Beit Lahiya"], 31.55, 34.50, "PS")
JABALIA = L(["Jabalia", "Jabalia area", "Jabaliya"], 31.53, 34.48, "PS")
JABALIA_CAMP = L(["Jabalia camp", "Jabalia refugee camp", "Jabalia", "school shelter"], 31.53, 34.49, "PS")
SDEROT = L(["Sderot", "northern Gaza", "open area"], 31.52, 34.60, "IL")
NGAZA = L(["northern Gaza", "north Gaza", "Jabalia", "Gaza Strip"], cc="PS")
LL = ["Levant Live", "live blog", "author"]
E08 = [
    # printed newest first: the first report (09:55, "at least 17") is the core -> 17..open; the raised toll above
    # it (16:40, 23, "Others are still missing") a non-core copy, 23..open; the army's "a Hamas terrorist" tells the
    # same strike another way -> a non-core copy
    E(
        True,
        "An Israeli strike hit a four-storey house in the Beit Lahia project area early this morning, killing at least 17 members of the al-Haddad family",
        EXP,
        AIR,
        actor1=ISR08,
        actor2=CIV + ["four-storey house", "house", "al-Haddad family", "family"],
        location=BEIT_LAHIA,
        date=D("2024-10-24"),
        killed=R(17, None),
        source=GCD08 + LL,
    ),
    E(
        False,
        "The Civil Defence has raised the toll from this morning's strike in Beit Lahia to 23, including nine children",
        EXP,
        AIR,
        actor1=ISR08,
        actor2=CIV + ["nine children"],
        location=BEIT_LAHIA,
        date=D("2024-10-24"),
        killed=R(23, None),
        source=GCD08,
    ),
    E(
        False,
        'it struck "a Hamas terrorist" operating from the building',
        EXP,
        AIR,
        actor1=ISR08,
        actor2=HAMAS08 + ["building"] + CIV,
        location=BEIT_LAHIA,
        date=D("2024-10-24"),
        source=IDF08,
    ),
    E(False, "strike on Beit Lahia house", EXP, AIR, actor1=ISR08, actor2=CIV + ["house"], location=BEIT_LAHIA,
      date=D("2024-10-24"), source=LL),
    # a soldier "killed in combat" -> Battles/Armed clash with Hamas implied; one side's count -> killed 1..open,
    # injured 1..open; "on Tuesday" -> 22 October
    E(
        True,
        "a soldier, Staff Sergeant Noam Peretz, 20, was killed in combat in the Jabalia area on Tuesday",
        BAT,
        CLASH,
        actor1=HAMAS08 + PALMIL08 + ISR08,
        actor2=ISR08 + ["soldier", "Staff Sergeant Noam Peretz"] + HAMAS08,
        location=JABALIA,
        date=D("2024-10-22"),
        killed=R(1, None),
        injured=R(1, None),
        source=IDF08,
    ),
    # projectiles towards Sderot, no launcher named -> unknown plus the Gaza groups; "Magen David Adom reports no
    # injuries" -> injured 0..0 only; the interception -> a core Disrupted weapons use of its own
    E(
        True,
        "two projectiles were launched from northern Gaza",
        EXP,
        SHELL,
        actor1=UNK + PALMIL08,
        actor2=ISRAEL + ["Sderot", "open area"],
        location=SDEROT,
        date=D("2024-10-24"),
        injured=R(0),
        source=IDF08 + ["Magen David Adom", "MDA"],
    ),
    E(
        True,
        "one was intercepted and the other fell in an open area",
        STR,
        DISRUPT,
        actor1=ISR08,
        actor2=PALMIL08 + UNK + ["projectiles"],
        location=SDEROT,
        date=D("2024-10-24"),
        source=IDF08,
    ),
    # troops firing on flour seekers -> Violence against civilians, killed 3 (witnesses); the army's "warning shots"
    # at "suspects" tells the same shooting another way -> a non-core copy ("not aware of casualties": no number)
    E(
        True,
        "Israeli troops opened fire on people who had left a school shelter in Jabalia camp to look for flour this morning, killing three, among them a woman in her fifties",
        VAC,
        ATTACK,
        actor1=ISR08,
        actor2=CIV + ["people", "woman in her fifties", "displaced people"],
        location=JABALIA_CAMP,
        date=D("2024-10-24"),
        killed=R(3),
        source=["Witnesses", "witnesses"] + LL,
    ),
    E(
        False,
        'troops fired "warning shots" at "suspects who approached the forces"',
        VAC,
        ATTACK,
        actor1=ISR08,
        actor2=CIV + ["suspects"],
        location=JABALIA_CAMP,
        date=D("2024-10-24"),
        source=IDF08,
    ),
    # detentions in a hospital raid "which began last night" -> both days; the same detainees told as suspects and
    # Hamas members (the army) and as medical staff (the ministry) -> one core event, the ministry's telling a
    # non-core copy; the raid itself and the courtyard -> no gold of their own
    E(
        True,
        'it has detained "about 100 suspects", some of them Hamas members who were "hiding among patients", in its raid on the Kamal Adwan hospital in Beit Lahia',
        STR,
        ARRESTS,
        actor1=ISR08,
        actor2=HAMAS08 + CIV + ["about 100 suspects", "medical staff", "patients"],
        location=KAMAL_ADWAN,
        date=D("2024-10-23", "2024-10-24"),
        source=IDF08,
    ),
    E(
        False,
        "the detainees include at least 30 medical staff",
        STR,
        ARRESTS,
        actor1=ISR08,
        actor2=CIV + ["medical staff", "detainees"],
        location=KAMAL_ADWAN,
        date=D("2024-10-23", "2024-10-24"),
        source=MOH08,
    ),
    E(False, "army raid on Kamal Adwan hospital", STR, ARRESTS, actor1=ISR08, actor2=HAMAS08 + CIV,
      location=KAMAL_ADWAN, date=D("2024-10-23", "2024-10-24"), source=LL),
    # the two counts since 6 October -> aggregates ("more than 770" -> 771..open; "hundreds of terrorists" ->
    # 200..open)
    E(
        False,
        "Since 6 October, more than 770 people have been killed in northern Gaza",
        EXP,
        AIR,
        actor1=ISR08,
        actor2=CIV + HAMAS08,
        location=NGAZA,
        date=D("2024-10-06", "2024-10-24"),
        killed=R(771, None),
        source=GCD08,
        aggregate=True,
    ),
    E(
        False,
        'The army says it has killed "hundreds of terrorists" in the area',
        BAT,
        CLASH,
        actor1=ISR08,
        actor2=HAMAS08 + PALMIL08,
        location=NGAZA,
        date=D("2024-10-06", "2024-10-24"),
        killed=R(200, None),
        source=IDF08,
        aggregate=True,
    ),
    # no gold: "Others are still missing under the rubble" (inside the raised toll), "is 'reviewing' the reports",
    # "The army's operation in and around Jabalia enters its 19th day" (a campaign, no act), "forced patients and
    # displaced people out into the courtyard", the "Generals' Plan" and its denial (displacement, no act of
    # violence), "Sirens in Sderot"
]
DOCS.append(
    (
        "dev-ac-08",
        "Levant Live (live blog)",
        "2024-10-24",
        "news site's live blog (newest first)",
        "northern Gaza: a strike on a family house in Beit Lahia ('at least 17' at 09:55, raised to 23 at 16:40 "
        "above it) with the army's 'a Hamas terrorist', a soldier 'killed in combat' 'on Tuesday' and a second "
        "wounded, projectiles towards Sderot ('no injuries') and the interception, fire on flour seekers in Jabalia "
        "camp with the army's 'warning shots', detentions at Kamal Adwan told by the army and the Health Ministry, two "
        "counts ('more than 770', 'hundreds of terrorists'), the 'Generals' Plan' (no gold)",
        T08,
        E08,
    )
)
WEEKDAYS += [
    ("dev-ac-08", "Thursday 24 October 2024 / this morning", "2024-10-24", "Thursday"),
    ("dev-ac-08", "last night", "2024-10-23", "Wednesday"),
    ("dev-ac-08", "on Tuesday", "2024-10-22", "Tuesday"),
    ("dev-ac-08", "Since 6 October (day 1 of 19)", "2024-10-06", "Sunday"),
]

# =============================================================================
# dev-ac-09  opinion column with some reporting — Lebanon's Bekaa: the Baalbek-Hermel road near al-Labweh, Baalbek's al-Sharawneh neighbourhood, the Hermel countryside, Hawsh al-Sayyed Ali on the Syrian border (Wed 19 Nov 2025)
# =============================================================================
T09 = """The Bekaa is being left to burn, one feud and one drone at a time

The Cedar Ledger | Opinion | Beirut | Wednesday 19 November 2025 | By Samer Haidar

Nobody in Beirut seems to notice when Baalbek bleeds. So let me set down, for the record, what happened in my corner of the country in the past week alone.

Last Thursday, an Israeli drone fired a missile at a car on the road between Baalbek and Hermel, near the town of al-Labweh, killing the two men inside. The Israeli army said it had killed "a Hezbollah operative responsible for smuggling weapons from Syria"; Hezbollah mourned both men as martyrs without saying what they did. I knew one of them, a father of four who sold diesel. Perhaps he smuggled weapons too. I do not know, and neither, I suspect, does anyone in Beirut.

On Sunday night, the old feud between two clans of Baalbek flared again in the al-Sharawneh neighbourhood. The feud has already cost more than a dozen lives since 2019. Gunmen fired rocket-propelled grenades and machine guns for three hours; a 30-year-old man was killed and four people were wounded, among them a girl of ten hit by a stray bullet on her balcony, according to the Red Cross. The army arrived when it was over.

On Monday, to be fair, the army did act. Its units raided a Captagon workshop in the Hermel countryside near the Syrian border, and a soldier was wounded in the firefight that followed, the army said. Four men were arrested.

Earlier this month, gunmen from the border villages around Hawsh al-Sayyed Ali traded fire with Syrian government forces across the Orontes river. Damascus said three of its soldiers were killed and accused Hezbollah; Hezbollah denied any role.

Since the ceasefire of November 2024, Israel has struck the Bekaa more than 30 times, by this newspaper's count.

None of this is new. The Bekaa has been a powder keg for as long as I have been alive. But if the state does not deploy here and stay, the next feud will not stop at one body, and the next drone will find a school bus. I am not predicting. I am warning.
"""

ISR09 = ISRAEL + ["Israeli drone"]
HEZ09 = HEZB + ["Hezbollah operative", "operative", "martyrs"]
CLANS09 = ["clans", "two clans", "clans of Baalbek", "Gunmen", "gunmen", "Clan Militia", "tribesmen"]
LAF = ["Lebanese army", "Lebanese Armed Forces", "LAF", "army", "Military Forces of Lebanon", "its units", "soldier"]
TRAFF09 = ["drug traffickers", "traffickers", "Captagon traffickers", "gunmen", "Four men", "smugglers"] + UNK
BORDER_GUNMEN = ["gunmen from the border villages", "gunmen", "clan gunmen", "Lebanese clans", "Clan Militia",
                 "tribesmen"]
SYGOV09 = SYGOV + ["Syrian government forces", "Damascus", "Syrian soldiers", "its soldiers"]
# "near the town of al-Labweh" -> al-Labweh's point
LABWEH = L(["al-Labweh", "Labweh", "al-Laboue", "road between Baalbek and Hermel", "Baalbek-Hermel"], 34.19, 36.35,
           "LB")
BAALBEK = L(["Baalbek", "al-Sharawneh", "al-Sharawneh neighbourhood", "Sharawneh"], 34.01, 36.21, "LB")
HERMEL_CS = L(["Hermel countryside", "Hermel", "near the Syrian border", "Captagon workshop"], cc="LB")
HAWSH = L(["Hawsh al-Sayyed Ali", "Hosh al-Sayyed Ali", "border villages", "Orontes river", "Orontes", "Hermel"],
          cc="LB")
BEKAA = L(["Bekaa", "Bekaa valley", "Baalbek-Hermel"], cc="LB")
CL = ["The Cedar Ledger", "Cedar Ledger", "Samer Haidar", "author"]
IDF09 = ["Israeli army", "Israel Defense Forces", "IDF"]
E09 = [
    # "Last Thursday" in a Wednesday column -> 13 November; "killing the two men inside" -> 2; the army's "a Hezbollah
    # operative" tells the same dead another way -> a non-core copy; "Hezbollah mourned both men as martyrs" ->
    # no gold (a eulogy)
    E(
        True,
        "an Israeli drone fired a missile at a car on the road between Baalbek and Hermel, near the town of al-Labweh, killing the two men inside",
        EXP,
        AIR,
        actor1=ISR09,
        actor2=CIV + HEZ09 + ["car", "two men", "father of four"],
        location=LABWEH,
        date=D("2025-11-13"),
        killed=R(2),
        source=CL,
    ),
    E(
        False,
        'it had killed "a Hezbollah operative responsible for smuggling weapons from Syria"',
        EXP,
        AIR,
        actor1=ISR09,
        actor2=HEZ09,
        location=LABWEH,
        date=D("2025-11-13"),
        source=IDF09,
    ),
    # a clan feud flaring -> Battles/Armed clash between clans; "On Sunday night" -> both days; the toll a sentence
    # later ("a 30-year-old man was killed and four people were wounded, among them a girl of ten") -> folded in,
    # the toll sentence a non-core copy; the feud's past dead -> a non-core aggregate ("more than a dozen" ->
    # 13..open)
    E(
        True,
        "the old feud between two clans of Baalbek flared again in the al-Sharawneh neighbourhood",
        BAT,
        CLASH,
        actor1=CLANS09,
        actor2=CLANS09 + CIV,
        location=BAALBEK,
        date=D("2025-11-16", "2025-11-17"),
        killed=R(1),
        injured=R(4),
        source=CL + ["Red Cross", "Lebanese Red Cross"],
    ),
    E(
        False,
        "Gunmen fired rocket-propelled grenades and machine guns for three hours; a 30-year-old man was killed and four people were wounded, among them a girl of ten hit by a stray bullet on her balcony",
        BAT,
        CLASH,
        actor1=CLANS09,
        actor2=CLANS09 + CIV + ["30-year-old man", "girl of ten"],
        location=BAALBEK,
        date=D("2025-11-16", "2025-11-17"),
        killed=R(1),
        injured=R(4),
        source=["Red Cross", "Lebanese Red Cross"] + CL,
    ),
    E(
        False,
        "The feud has already cost more than a dozen lives since 2019",
        BAT,
        CLASH,
        actor1=CLANS09,
        actor2=CLANS09,
        location=BAALBEK,
        date=D("2019-01-01", "2025-11-19"),
        killed=R(13, None),
        source=CL,
        aggregate=True,
    ),
    # a raid on a drug workshop with "the firefight that followed" -> Battles/Armed clash (the text stresses the
    # firefight), one side's wounded -> injured 1..open; the arrests -> a core event of their own; a countryside ->
    # names and country
    E(
        True,
        "Its units raided a Captagon workshop in the Hermel countryside near the Syrian border, and a soldier was wounded in the firefight that followed",
        BAT,
        CLASH,
        actor1=LAF + TRAFF09,
        actor2=TRAFF09 + LAF,
        location=HERMEL_CS,
        date=D("2025-11-17"),
        injured=R(1, None),
        source=LAF + CL,
    ),
    E(
        True,
        "Four men were arrested",
        STR,
        ARRESTS,
        actor1=LAF,
        actor2=TRAFF09,
        location=HERMEL_CS,
        date=D("2025-11-17"),
        source=LAF + CL,
    ),
    # fire across the border "Earlier this month" -> 1 to 18 November; Damascus's count of its own dead -> 3..open on
    # the core (one side), 3 in its copy; Damascus blames Hezbollah -> a non-core copy; Hezbollah's denial -> a
    # non-core denied copy
    E(
        True,
        "gunmen from the border villages around Hawsh al-Sayyed Ali traded fire with Syrian government forces across the Orontes river",
        BAT,
        CLASH,
        actor1=BORDER_GUNMEN + HEZB + SYGOV09,
        actor2=SYGOV09 + BORDER_GUNMEN,
        location=HAWSH,
        date=D("2025-11-01", "2025-11-18"),
        killed=R(3, None),
        source=CL + ["Damascus", "Syrian government"],
    ),
    E(
        False,
        "Damascus said three of its soldiers were killed and accused Hezbollah",
        BAT,
        CLASH,
        actor1=HEZB,
        actor2=SYGOV09,
        location=HAWSH,
        date=D("2025-11-01", "2025-11-18"),
        killed=R(3),
        source=["Damascus", "Syrian government"],
    ),
    E(
        False,
        "Hezbollah denied any role",
        BAT,
        CLASH,
        actor1=HEZB,
        actor2=SYGOV09,
        location=HAWSH,
        date=D("2025-11-01", "2025-11-18"),
        source=HEZB,
        status="denied",
    ),
    # the newspaper's count since the ceasefire of November 2024 -> aggregate
    E(
        False,
        "Israel has struck the Bekaa more than 30 times",
        EXP,
        AIR,
        actor1=ISR09,
        actor2=HEZ09 + CIV,
        location=BEKAA,
        date=D("2024-11-01", "2025-11-19"),
        source=CL,
        aggregate=True,
    ),
    # the columnist's conditional fears -> hypothetical
    E(
        False,
        "the next feud will not stop at one body",
        BAT,
        CLASH,
        actor1=CLANS09,
        actor2=CLANS09,
        location=BEKAA,
        source=CL,
        status="hypothetical",
    ),
    E(
        False,
        "the next drone will find a school bus",
        EXP,
        AIR,
        actor1=ISR09,
        actor2=CIV + ["school bus"],
        location=BEKAA,
        source=CL,
        status="hypothetical",
    ),
    # no gold: the headline's "left to burn" and "when Baalbek bleeds" (metaphors), "Perhaps he smuggled weapons too"
    # (speculation about a person, no act), "The army arrived when it was over", "a powder keg" (a metaphor), "I am
    # not predicting. I am warning."
]
DOCS.append(
    (
        "dev-ac-09",
        "The Cedar Ledger (opinion)",
        "2025-11-19",
        "opinion column with some reporting",
        "Lebanon's Bekaa: a drone on a car near al-Labweh 'Last Thursday' with the army's 'a Hezbollah operative', a "
        "clan feud in Baalbek 'On Sunday night' with the toll a sentence later ('a 30-year-old man', 'a girl of ten') "
        "and its past 'more than a dozen lives', a raid and firefight in the Hermel countryside, 'Four men were "
        "arrested', fire across the border 'Earlier this month' with Damascus's dead and blame and Hezbollah's denial, "
        "a count since the ceasefire, two conditional fears, metaphors",
        T09,
        E09,
    )
)
WEEKDAYS += [
    ("dev-ac-09", "Wednesday 19 November 2025", "2025-11-19", "Wednesday"),
    ("dev-ac-09", "On Monday", "2025-11-17", "Monday"),
    ("dev-ac-09", "On Sunday night", "2025-11-16", "Sunday"),
    ("dev-ac-09", "Last Thursday", "2025-11-13", "Thursday"),
]

# =============================================================================
# dev-ac-10  magazine interview (Q&A) — Burkina Faso: Djibo (the military camp, the Secteur 4 neighbourhood), a convoy near Gaskindé south of Djibo, the weekly market at Tongomayel north of Djibo (Wed 28 May 2025)
# =============================================================================
T10 = """"They came at dawn, from three sides": a Djibo teacher on the attack of 12 May

Sahel Voices | Interview | Ouagadougou | Wednesday 28 May 2025 | Interview by Aminata Kaboré

Hamidou D., 41, a teacher, fled Djibo, in Burkina Faso's Soum province, ten days after the attack. He spoke to us in Ouagadougou. We withhold his surname for his safety.

Where were you when it began?
At home, near the central mosque. At dawn on that Monday they attacked the military camp and the VDP positions from three sides, on motorbikes and in pick-ups. The fighting went on until the afternoon.

Who were they?
JNIM. They said so themselves, and the next day they put out videos. There were hundreds of them.

How many people died?
I helped bury the dead on the Tuesday. I counted at least 40 bodies myself: soldiers, VDP and civilians. People in town said more than 100, but I did not see that. The government said the attack had been repelled and that "about a hundred terrorists" were neutralised. It said nothing about our dead.

Did the attackers take anyone?
Yes. When they left, they took about 20 young men with them from the Secteur 4 neighbourhood. Two have come back. Nobody knows about the others.

Were there warnings before?
Many. In April they ambushed a supply convoy near Gaskindé, south of Djibo, and burned the trucks. Some drivers were killed; I don't know how many.

The government says its drones have killed many fighters around Djibo.
Yes, and sometimes they hit the wrong people. In March, a drone hit the weekly market at Tongomayel, north of Djibo. Relatives of mine said it killed more than 30 people, most of them traders. The army said it had struck a gathering of terrorists.

What do people fear now?
That they come back. In the videos, JNIM said they would "return and finish the job" if the VDP stayed. And if the road stays closed, hunger will kill more people than bullets. Djibo has been under blockade since 2022.

Has anyone tried to talk to the armed groups?
Last year some elders negotiated a truce for the town with a local JNIM commander. It held for three weeks.

What do you want to happen?
I want to go home. My mother is still there.
"""

JNIM10 = ["Group for the Support of Islam and Muslims", "JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "al-Qaeda",
          "attackers", "terrorists", "local JNIM commander", "armed groups"]
BFGOV = ["Burkinabe army", "Burkina Faso army", "Armed Forces of Burkina Faso", "Military Forces of Burkina Faso",
         "army", "the army", "government", "the government", "soldiers", "military camp", "its drones", "drone"]
VDP = ["Volunteers for the Defence of the Homeland", "VDP", "VDP positions", "Volontaires pour la défense de la patrie"]
DJIBO = L(["Djibo", "military camp", "Secteur 4", "Secteur 4 neighbourhood", "Soum province", "Soum"], 14.10, -1.63,
          "BF")
GASKINDE = L(["Gaskindé", "Gaskinde", "south of Djibo", "Soum"], cc="BF")
TONGOMAYEL = L(["Tongomayel", "weekly market at Tongomayel", "north of Djibo", "Soum"], cc="BF")
DJIBO_AREA = L(["around Djibo", "Djibo", "Soum"], 14.10, -1.63, "BF")
HAMIDOU = ["Hamidou D.", "Hamidou", "teacher", "witness", "Sahel Voices", "Aminata Kaboré"]
SV = ["Sahel Voices", "Aminata Kaboré", "author"]
BFSRC = ["government", "Burkinabe government", "army", "Burkinabe army"]
E10 = [
    # JNIM's attack on the camp and the VDP "At dawn on that Monday" (the attack of 12 May) -> Battles/Armed clash;
    # the witness's own count ("at least 40 bodies myself: soldiers, VDP and civilians") -> the core, 40..open; the
    # town's rumour he relays ("more than 100") -> a non-core copy, 101..open; the government's "about a hundred
    # terrorists" "neutralised" -> a core version of its own (the attackers' dead), no number field
    E(
        True,
        "At dawn on that Monday they attacked the military camp and the VDP positions from three sides, on motorbikes and in pick-ups",
        BAT,
        CLASH,
        actor1=JNIM10 + BFGOV + VDP,
        actor2=BFGOV + VDP + CIV + JNIM10,
        location=DJIBO,
        date=D("2025-05-12"),
        killed=R(40, None),
        source=HAMIDOU,
    ),
    E(
        False,
        "I counted at least 40 bodies myself: soldiers, VDP and civilians",
        BAT,
        CLASH,
        actor1=JNIM10,
        actor2=BFGOV + VDP + CIV,
        location=DJIBO,
        date=D("2025-05-12"),
        killed=R(40, None),
        source=HAMIDOU,
    ),
    E(
        False,
        "People in town said more than 100",
        BAT,
        CLASH,
        actor1=JNIM10,
        actor2=BFGOV + VDP + CIV,
        location=DJIBO,
        date=D("2025-05-12"),
        killed=R(101, None),
        source=["People in town", "residents"] + HAMIDOU,
    ),
    E(
        True,
        'the attack had been repelled and that "about a hundred terrorists" were neutralised',
        BAT,
        CLASH,
        actor1=JNIM10 + BFGOV,
        actor2=BFGOV + JNIM10,
        location=DJIBO,
        date=D("2025-05-12"),
        source=BFSRC,
    ),
    # "about 20 young men" taken -> an abduction (no number field); "Two have come back" -> no gold
    E(
        True,
        "When they left, they took about 20 young men with them from the Secteur 4 neighbourhood",
        VAC,
        ABDUCT,
        actor1=JNIM10,
        actor2=CIV + ["young men", "about 20 young men"],
        location=DJIBO,
        date=D("2025-05-12"),
        source=HAMIDOU,
    ),
    # a supply convoy with no escort told, drivers killed -> Violence against civilians; "In April" -> the month;
    # "Some drivers were killed; I don't know how many" -> 2..open; "near Gaskindé, south of Djibo" -> Gaskindé,
    # unpinned -> names and country
    E(
        True,
        "In April they ambushed a supply convoy near Gaskindé, south of Djibo, and burned the trucks",
        VAC,
        ATTACK,
        actor1=JNIM10,
        actor2=CIV + ["supply convoy", "convoy", "trucks", "drivers"],
        location=GASKINDE,
        date=D("2025-04-01", "2025-04-30"),
        killed=R(2, None),
        source=HAMIDOU,
    ),
    # the government's claim about its drones -> aggregate
    E(
        False,
        "The government says its drones have killed many fighters around Djibo",
        EXP,
        AIR,
        actor1=BFGOV,
        actor2=JNIM10 + ["fighters"],
        location=DJIBO_AREA,
        source=BFSRC,
        aggregate=True,
    ),
    # one drone strike, two objects (a market / "a gathering of terrorists") -> one core event per version; "In
    # March" -> the month; "more than 30" -> 31..open; the drone is the army's in both tellings
    E(
        True,
        "In March, a drone hit the weekly market at Tongomayel, north of Djibo",
        EXP,
        AIR,
        actor1=BFGOV,
        actor2=CIV + ["weekly market", "market", "traders"],
        location=TONGOMAYEL,
        date=D("2025-03-01", "2025-03-31"),
        killed=R(31, None),
        source=["Relatives", "relatives"] + HAMIDOU,
    ),
    E(
        True,
        "The army said it had struck a gathering of terrorists",
        EXP,
        AIR,
        actor1=BFGOV,
        actor2=JNIM10 + ["gathering of terrorists"],
        location=TONGOMAYEL,
        date=D("2025-03-01", "2025-03-31"),
        source=BFSRC,
    ),
    # JNIM's conditional threat (an actor's own) -> planned
    E(
        False,
        'JNIM said they would "return and finish the job" if the VDP stayed',
        BAT,
        CLASH,
        actor1=JNIM10,
        actor2=VDP + BFGOV,
        location=DJIBO,
        source=["JNIM"] + HAMIDOU,
        status="planned",
    ),
    # "Last year" a truce that "held for three weeks" -> a non-core Agreement, 2024
    E(
        False,
        "Last year some elders negotiated a truce for the town with a local JNIM commander",
        STR,
        AGREE,
        actor1=["elders", "some elders"] + CIV,
        actor2=JNIM10,
        location=DJIBO,
        date=D("2024-01-01", "2024-12-31"),
        source=HAMIDOU,
    ),
    # no gold: the headline and standfirst's "the attack of 12 May" (named twice, a back-reference), "The fighting
    # went on until the afternoon" (inside the attack), the videos, "Two have come back", "sometimes they hit the
    # wrong people" (generic), "hunger will kill more people than bullets" (a conditional with no act), the blockade
    # "since 2022" (a state, no dated act)
]
DOCS.append(
    (
        "dev-ac-10",
        "Sahel Voices (interview)",
        "2025-05-28",
        "magazine interview (Q&A)",
        "Burkina Faso/Djibo: a witness on JNIM's attack 'At dawn on that Monday' (12 May) with his own count ('at "
        "least 40 bodies myself'), the town's rumour ('more than 100') and the government's 'about a hundred "
        "terrorists' 'neutralised', 'about 20 young men' taken, a convoy ambush 'In April' ('Some drivers were "
        "killed; I don't know how many'), the government's drone claim, a drone on a market 'In March' told as a "
        "market and as 'a gathering of terrorists', a conditional threat, a past truce",
        T10,
        E10,
    )
)
WEEKDAYS += [
    ("dev-ac-10", "Wednesday 28 May 2025", "2025-05-28", "Wednesday"),
    ("dev-ac-10", "on the Tuesday (the burials)", "2025-05-13", "Tuesday"),
    ("dev-ac-10", "the attack of 12 May / on that Monday", "2025-05-12", "Monday"),
]

# =============================================================================
# dev-ac-11  wire service — Colombia's Catatumbo: rural Tibú and La Gabarra, El Tarra, Teorama, Ocaña (Tue 10 Jun 2025)
# =============================================================================
T11 = """Colombia: ELN and FARC dissidents clash in Catatumbo; drone hits army base in El Tarra

CÚCUTA, Colombia, June 10 (Andes Wire) - Fighting between the National Liberation Army (ELN) and the 33rd Front of the FARC dissidents in rural Tibú, in Colombia's Catatumbo region, has killed at least 12 people since Saturday, among them two civilians caught in the crossfire, the Ombudsman's Office said on Tuesday.

The ELN said in a statement that its fighters had "expelled" the dissidents from the area of La Gabarra and killed "more than 20" of them. The 33rd Front did not comment, and neither claim could be independently verified.

In El Tarra, a drone dropped explosives on an army base before dawn on Monday, wounding four soldiers, one of them seriously, the army's Second Division said, blaming the 33rd Front. It was the fourth drone attack on the base this year.

On Saturday night, gunmen on a motorcycle shot dead a community leader, Marleny Quintero, 47, outside her home in the municipality of Teorama. Local officials said the killing could have been carried out by either the ELN or the dissidents, each of whom accuses community leaders of working for its rival.

On Sunday, around 200 residents of a village in rural Tibú surrounded a platoon of 28 soldiers and held them for nearly 24 hours, the Defence Ministry said, calling the incident an "asonada" instigated by the ELN. The soldiers were released unharmed on Monday after mediation by the Ombudsman's Office and the Catholic Church.

Police in Ocaña said they had arrested a man carrying five kilograms of explosives and two drones at a checkpoint on Monday.

More than 5,000 people have been displaced in Catatumbo since the start of the month, according to local authorities, adding to the tens of thousands who fled the ELN's offensive in January, in which at least 80 people were killed.

The defence minister said on Monday that 3,000 more troops would be sent to the region. The government suspended peace talks with the ELN in January and has since declared a state of internal commotion in Catatumbo.

"The people of Catatumbo are caught between two fires," said Father Álvaro Rincón, a priest in Tibú. "Every family has someone who has fled."
"""

ELN = ["National Liberation Army", "ELN", "Ejército de Liberación Nacional", "its fighters"]
F33 = ["33rd Front", "Frente 33", "FARC dissidents", "dissidents", "33rd Front of the FARC dissidents",
       "FARC-EP dissidents", "Estado Mayor Central", "EMC"]
COLARMY = ["Colombian army", "army", "Military Forces of Colombia", "National Army of Colombia", "Second Division",
           "army's Second Division", "soldiers", "army base", "platoon", "platoon of 28 soldiers", "troops"]
COLPOL = ["Police", "police", "Colombian National Police", "Police Forces of Colombia", "Police in Ocaña"]
RURAL_TIBU = L(["rural Tibú", "Tibú", "Tibu", "Catatumbo", "Catatumbo region"], cc="CO")
LA_GABARRA = L(["La Gabarra", "area of La Gabarra", "Tibú", "Catatumbo"], cc="CO")
EL_TARRA = L(["El Tarra", "army base", "Catatumbo"], 8.58, -73.09, "CO")
TEORAMA = L(["Teorama", "municipality of Teorama", "Catatumbo"], cc="CO")
OCANA = L(["Ocaña", "Ocana", "checkpoint"], 8.24, -73.36, "CO")
CATATUMBO = L(["Catatumbo", "Catatumbo region", "the region", "Norte de Santander"], cc="CO")
AW = ["Andes Wire", "author"]
OMBUDS = ["Ombudsman's Office", "Defensoría del Pueblo", "Ombudsman"]
MINDEF = ["Defence Ministry", "Colombian Defence Ministry", "Ministry of Defence", "defence minister"]
E11 = [
    # fighting "since Saturday" said on Tuesday -> 7-10 June; "at least 12 people ... among them two civilians" ->
    # 12..open; rural Tibú -> names and country; the ELN's claim ("expelled" the dissidents, "more than 20" killed) ->
    # a core version of its own, Battles/Non-state actor overtakes territory, 21..open
    E(
        True,
        "Fighting between the National Liberation Army (ELN) and the 33rd Front of the FARC dissidents in rural Tibú, in Colombia's Catatumbo region, has killed at least 12 people since Saturday, among them two civilians caught in the crossfire",
        BAT,
        CLASH,
        actor1=ELN + F33,
        actor2=F33 + ELN,
        location=RURAL_TIBU,
        date=D("2025-06-07", "2025-06-10"),
        killed=R(12, None),
        source=OMBUDS + AW,
    ),
    E(
        True,
        'its fighters had "expelled" the dissidents from the area of La Gabarra and killed "more than 20" of them',
        BAT,
        NSAOVER,
        actor1=ELN,
        actor2=F33,
        location=LA_GABARRA,
        date=D("2025-06-07", "2025-06-10"),
        killed=R(21, None),
        source=["ELN", "National Liberation Army", "statement"],
    ),
    E(False, "ELN and FARC dissidents clash in Catatumbo", BAT, CLASH, actor1=ELN + F33, actor2=F33 + ELN,
      location=RURAL_TIBU, date=D("2025-06-07", "2025-06-10"), source=AW),
    # the army blames the 33rd Front (no claim) -> the 33rd Front plus unknown; "before dawn on Monday" -> 9 June;
    # "wounding four soldiers, one of them seriously" -> 4; the base's count this year -> aggregate
    E(
        True,
        "a drone dropped explosives on an army base before dawn on Monday, wounding four soldiers, one of them seriously",
        EXP,
        AIR,
        actor1=UNK + F33,
        actor2=COLARMY,
        location=EL_TARRA,
        date=D("2025-06-09"),
        injured=R(4),
        source=["Second Division", "army's Second Division"] + COLARMY + AW,
    ),
    E(False, "drone hits army base in El Tarra", EXP, AIR, actor1=UNK + F33, actor2=COLARMY, location=EL_TARRA,
      date=D("2025-06-09"), source=AW),
    E(
        False,
        "It was the fourth drone attack on the base this year",
        EXP,
        AIR,
        actor1=UNK + F33,
        actor2=COLARMY,
        location=EL_TARRA,
        date=D("2025-01-01", "2025-06-10"),
        source=AW,
        aggregate=True,
    ),
    # "either the ELN or the dissidents" -> both plus unknown; "On Saturday night" -> both days
    E(
        True,
        "gunmen on a motorcycle shot dead a community leader, Marleny Quintero, 47, outside her home in the municipality of Teorama",
        VAC,
        ATTACK,
        actor1=UNK + ["gunmen", "gunmen on a motorcycle"] + ELN + F33,
        actor2=CIV + ["community leader", "Marleny Quintero", "social leader"],
        location=TEORAMA,
        date=D("2025-06-07", "2025-06-08"),
        killed=R(1),
        source=AW + ["Local officials"],
    ),
    # a crowd holding a platoon "for nearly 24 hours" from Sunday, released on Monday -> Riots/Mob violence, Sunday
    # to Monday; "instigated by the ELN" (the ministry's frame) -> the ELN among actor1; "released unharmed" (one
    # group) -> no number field
    E(
        True,
        "around 200 residents of a village in rural Tibú surrounded a platoon of 28 soldiers and held them for nearly 24 hours",
        RIOT,
        MOB,
        actor1=["residents", "around 200 residents", "crowd", "rioters", "asonada"] + ELN,
        actor2=COLARMY,
        location=RURAL_TIBU,
        date=D("2025-06-08", "2025-06-09"),
        source=MINDEF,
    ),
    # "said they had arrested ... on Monday" -> Monday
    E(
        True,
        "Police in Ocaña said they had arrested a man carrying five kilograms of explosives and two drones at a checkpoint on Monday",
        STR,
        ARRESTS,
        actor1=COLPOL,
        actor2=["man", "suspect"] + UNK,
        location=OCANA,
        date=D("2025-06-09"),
        source=COLPOL,
    ),
    # January's offensive -> background, a non-core aggregate ("at least 80" -> 80..open)
    E(
        False,
        "the ELN's offensive in January, in which at least 80 people were killed",
        BAT,
        CLASH,
        actor1=ELN,
        actor2=F33 + CIV,
        location=CATATUMBO,
        date=D("2025-01-01", "2025-01-31"),
        killed=R(80, None),
        source=AW,
        aggregate=True,
    ),
    # a troop surge announced -> Headquarters or base established, planned (no date)
    E(
        False,
        "3,000 more troops would be sent to the region",
        STR,
        BASE,
        actor1=COLARMY + MINDEF,
        location=CATATUMBO,
        source=MINDEF,
        status="planned",
    ),
    # no gold: "neither claim could be independently verified", the accusation of working for a rival, the mediation
    # and release, the displacement figures, the suspended talks and the state of internal commotion (policy, no act),
    # the priest's "caught between two fires" (a metaphor)
]
DOCS.append(
    (
        "dev-ac-11",
        "Andes Wire",
        "2025-06-10",
        "wire service",
        "Colombia/Catatumbo: fighting in rural Tibú 'since Saturday' ('at least 12', two civilians) and the ELN's "
        "claim to have 'expelled' the dissidents from La Gabarra ('more than 20'), a drone on the El Tarra base "
        "'before dawn on Monday' blamed on the 33rd Front and the base's count, a community leader killed by 'either "
        "the ELN or the dissidents', an 'asonada' holding 28 soldiers, an arrest in Ocaña, January's offensive, a "
        "planned troop surge, displacement and policy (no gold)",
        T11,
        E11,
    )
)
WEEKDAYS += [
    ("dev-ac-11", "June 10 / on Tuesday", "2025-06-10", "Tuesday"),
    ("dev-ac-11", "before dawn on Monday / on Monday", "2025-06-09", "Monday"),
    ("dev-ac-11", "On Sunday", "2025-06-08", "Sunday"),
    ("dev-ac-11", "since Saturday / On Saturday night", "2025-06-07", "Saturday"),
]

# =============================================================================
# dev-ac-12  NGO incident report — Sudan's North Darfur: Abu Shouk camp and the Saudi Teaching Hospital in El Fasher, Zamzam camp about 15 km south of El Fasher, Kabkabiya, a checkpoint south of Mellit, a checkpoint west of El Fasher (Wed 4 Dec 2024)
# =============================================================================
T12 = """North Darfur: attacks on El Fasher's camps and hospitals, 25 November to 3 December 2024

Darfur Civilian Protection Monitor (DCPM) | Incident report No. 31 | Nairobi | Wednesday 4 December 2024

DCPM documents attacks on civilians through a network of monitors in North Darfur. Each incident below was confirmed by at least two sources unless marked "single source".

1. ABU SHOUK CAMP, EL FASHER (2 December). Artillery shells hit a water point and the camp's central market at about 10 am, killing 14 civilians, including five children, and injuring more than 30. Witnesses said the shells came from positions of the Rapid Support Forces (RSF) east of the city. An RSF adviser denied on social media that its forces had targeted the camp, and said the army and its allied "joint forces" had placed artillery inside it.

2. EL FASHER CITY (1 December). A drone struck the maternity ward of the Saudi Teaching Hospital, killing four patients and a nurse. Our monitors could not establish whose drone it was. The army blamed the RSF; the RSF did not comment.

3. ZAMZAM CAMP, ABOUT 15 KM SOUTH OF EL FASHER (night of 28 to 29 November). RSF fighters attacked the southern edge of the camp and fought for several hours with the Joint Force of armed movements, which said it had repelled the assault and killed "dozens" of the attackers. Camp volunteers told us that at least six displaced people, among them an elderly couple, were killed by stray fire (single source).

4. KABKABIYA (29 November). An air strike by the Sudanese Armed Forces (SAF) on the town's weekly market killed at least 25 people and wounded many more, according to the local emergency response room. SAF said it had struck "RSF mobilisation points" in the town.

5. MELLIT ROAD (26 November). RSF fighters detained 17 men at a checkpoint south of Mellit and took them to an unknown destination. Their families say the RSF has demanded a ransom for each.

6. WEST OF EL FASHER (single source). Three women told our monitors that men in RSF uniforms raped them at a checkpoint west of El Fasher as they fled towards Tawila last week.

TRENDS. Since the siege of El Fasher began in May, DCPM has documented at least 782 civilian deaths in the city and the camps around it.

RISK. If the RSF takes El Fasher, the killings that followed its capture of El Geneina in 2023 could be repeated on a larger scale.
"""

RSF = ["Rapid Support Forces", "RSF", "RSF fighters", "men in RSF uniforms", "attackers"]
SAF = ["Sudanese Armed Forces", "SAF", "Sudanese army", "army", "Military Forces of Sudan", "the army"]
JOINTF = ["Joint Force of armed movements", "Joint Force", "joint forces", "armed movements", "Darfur Joint Forces"]
DISPL12 = CIV + ["displaced people", "water point", "central market", "five children"]
ABU_SHOUK = L(["Abu Shouk", "Abu Shouk camp", "El Fasher", "Al Fashir", "water point"], 13.66, 25.34, "SD")
EL_FASHER = L(["El Fasher", "Al Fashir", "El Fasher city", "Saudi Teaching Hospital", "maternity ward"], 13.63, 25.35,
              "SD")
# "ABOUT 15 KM SOUTH OF EL FASHER" -> LKM from El Fasher
ZAMZAM = LKM(["Zamzam", "Zamzam camp", "south of El Fasher", "El Fasher"], 13.63, 25.35, 15, 180, "SD")
KABKABIYA = L(["Kabkabiya", "Kebkabiya", "town's weekly market"], 13.65, 24.09, "SD")
# "at a checkpoint south of Mellit" with no distance -> Mellit's point
MELLIT = L(["Mellit", "south of Mellit", "Mellit road", "checkpoint south of Mellit"], 14.13, 25.55, "SD")
# "a checkpoint west of El Fasher" with no distance -> El Fasher's point
WEST_FASHER = L(["west of El Fasher", "El Fasher", "Tawila", "checkpoint west of El Fasher"], 13.63, 25.35, "SD")
NDARFUR = L(["El Fasher", "North Darfur", "the camps"], 13.63, 25.35, "SD")
GENEINA = L(["El Geneina", "Geneina", "West Darfur"], 13.45, 22.45, "SD")
DCPM = ["Darfur Civilian Protection Monitor", "DCPM", "monitors", "our monitors", "author"]
E12 = [
    # "killing 14 civilians, including five children, and injuring more than 30" -> 14 and 31..open; witnesses place
    # the shells' origin with the RSF, the RSF denies -> the RSF plus unknown, the denial a non-core denied copy; its
    # counter-claim about artillery in the camp -> no gold
    E(
        True,
        "Artillery shells hit a water point and the camp's central market at about 10 am, killing 14 civilians, including five children, and injuring more than 30",
        EXP,
        SHELL,
        actor1=RSF + UNK,
        actor2=DISPL12,
        location=ABU_SHOUK,
        date=D("2024-12-02"),
        killed=R(14),
        injured=R(31, None),
        source=DCPM + ["Witnesses", "witnesses"],
    ),
    E(
        False,
        "An RSF adviser denied on social media that its forces had targeted the camp",
        EXP,
        SHELL,
        actor1=RSF,
        actor2=DISPL12,
        location=ABU_SHOUK,
        date=D("2024-12-02"),
        source=["RSF adviser"] + RSF,
        status="denied",
    ),
    # "Our monitors could not establish whose drone it was. The army blamed the RSF" -> the RSF plus unknown, the
    # blame a non-core copy; "four patients and a nurse" -> 5
    E(
        True,
        "A drone struck the maternity ward of the Saudi Teaching Hospital, killing four patients and a nurse",
        EXP,
        AIR,
        actor1=UNK + RSF,
        actor2=CIV + ["maternity ward", "Saudi Teaching Hospital", "patients", "nurse"],
        location=EL_FASHER,
        date=D("2024-12-01"),
        killed=R(5),
        source=DCPM,
    ),
    E(
        False,
        "The army blamed the RSF",
        EXP,
        AIR,
        actor1=RSF,
        actor2=CIV + ["Saudi Teaching Hospital"],
        location=EL_FASHER,
        date=D("2024-12-01"),
        source=SAF,
    ),
    # a night assault on a camp held by the Joint Force -> Battles/Armed clash; "night of 28 to 29 November" -> both
    # days; the defenders' "dozens" of attackers plus the volunteers' "at least six" displaced -> summed, 30..open;
    # each figure a non-core copy
    E(
        True,
        "RSF fighters attacked the southern edge of the camp and fought for several hours with the Joint Force of armed movements",
        BAT,
        CLASH,
        actor1=RSF + JOINTF,
        actor2=JOINTF + RSF + CIV,
        location=ZAMZAM,
        date=D("2024-11-28", "2024-11-29"),
        killed=R(30, None),
        source=DCPM + JOINTF + ["Camp volunteers", "volunteers"],
    ),
    E(
        False,
        'it had repelled the assault and killed "dozens" of the attackers',
        BAT,
        CLASH,
        actor1=JOINTF,
        actor2=RSF,
        location=ZAMZAM,
        date=D("2024-11-28", "2024-11-29"),
        killed=R(24, None),
        source=JOINTF,
    ),
    E(
        False,
        "at least six displaced people, among them an elderly couple, were killed by stray fire",
        BAT,
        CLASH,
        actor1=RSF + JOINTF,
        actor2=CIV + ["displaced people", "elderly couple"],
        location=ZAMZAM,
        date=D("2024-11-28", "2024-11-29"),
        killed=R(6, None),
        source=["Camp volunteers", "volunteers"],
    ),
    # a market struck by the SAF (the responders' version: "at least 25", "wounded many more" -> no injured field)
    # and SAF's "RSF mobilisation points" (another object) -> one core event per version
    E(
        True,
        "An air strike by the Sudanese Armed Forces (SAF) on the town's weekly market killed at least 25 people and wounded many more",
        EXP,
        AIR,
        actor1=SAF,
        actor2=CIV + ["town's weekly market", "weekly market", "market"],
        location=KABKABIYA,
        date=D("2024-11-29"),
        killed=R(25, None),
        source=["local emergency response room", "emergency response room"] + DCPM,
    ),
    E(
        True,
        'SAF said it had struck "RSF mobilisation points" in the town',
        EXP,
        AIR,
        actor1=SAF,
        actor2=RSF + ["RSF mobilisation points", "mobilisation points"],
        location=KABKABIYA,
        date=D("2024-11-29"),
        source=SAF,
    ),
    # a non-state group detaining men at a checkpoint and taking them "to an unknown destination" -> Abduction
    E(
        True,
        "RSF fighters detained 17 men at a checkpoint south of Mellit and took them to an unknown destination",
        VAC,
        ABDUCT,
        actor1=RSF,
        actor2=CIV + ["17 men", "men"],
        location=MELLIT,
        date=D("2024-11-26"),
        source=DCPM + ["Their families", "families"],
    ),
    # "men in RSF uniforms" -> the RSF plus unknown; "last week" in a Wednesday report -> 25 November to 1 December;
    # no number field for rape
    E(
        True,
        "men in RSF uniforms raped them at a checkpoint west of El Fasher as they fled towards Tawila last week",
        VAC,
        SEXUAL,
        actor1=RSF + UNK,
        actor2=CIV + ["Three women", "women"],
        location=WEST_FASHER,
        date=D("2024-11-25", "2024-12-01"),
        source=["Three women", "women"] + DCPM,
    ),
    # the count since May -> aggregate ("at least 782" -> 782..open)
    E(
        False,
        "DCPM has documented at least 782 civilian deaths in the city and the camps around it",
        EXP,
        SHELL,
        actor1=RSF + SAF + UNK,
        actor2=CIV,
        location=NDARFUR,
        date=D("2024-05-01", "2024-12-04"),
        killed=R(782, None),
        source=DCPM,
        aggregate=True,
    ),
    # the risk paragraph: the RSF taking El Fasher and the killings repeated -> hypothetical; the capture of El
    # Geneina in 2023 -> background
    E(
        False,
        "If the RSF takes El Fasher",
        BAT,
        NSAOVER,
        actor1=RSF,
        actor2=SAF + JOINTF,
        location=EL_FASHER,
        source=DCPM,
        status="hypothetical",
    ),
    E(
        False,
        "its capture of El Geneina in 2023",
        BAT,
        NSAOVER,
        actor1=RSF,
        actor2=SAF,
        location=GENEINA,
        date=D("2023-01-01", "2023-12-31"),
        source=DCPM,
    ),
    E(
        False,
        "the killings that followed its capture of El Geneina in 2023 could be repeated on a larger scale",
        VAC,
        ATTACK,
        actor1=RSF,
        actor2=CIV,
        location=EL_FASHER,
        source=DCPM,
        status="hypothetical",
    ),
    # no gold: the title (a report period, no act), the method note and "single source" marks, the RSF's claim that
    # artillery was placed in the camp, "the RSF did not comment", the ransom demand, the siege "since May" (a
    # state)
]
DOCS.append(
    (
        "dev-ac-12",
        "Darfur Civilian Protection Monitor (incident report)",
        "2024-12-04",
        "NGO incident report",
        "Sudan/North Darfur: shells on Abu Shouk camp ('more than 30' injured) placed by witnesses with the RSF and "
        "denied by it, a drone on a maternity ward whose owner 'could not' be established and the army's blame, a "
        "night attack on Zamzam 'ABOUT 15 KM SOUTH OF EL FASHER' with the defenders' 'dozens' and the volunteers' "
        "'at least six', an SAF strike on Kabkabiya's market ('wounded many more') and SAF's 'RSF mobilisation "
        "points', 17 men detained by the RSF 'south of Mellit', rapes by 'men in RSF uniforms' 'last week', a count, a "
        "conditional risk with 2023 background",
        T12,
        E12,
    )
)
WEEKDAYS += [
    ("dev-ac-12", "Wednesday 4 December 2024", "2024-12-04", "Wednesday"),
    ("dev-ac-12", "last week (end)", "2024-12-01", "Sunday"),
    ("dev-ac-12", "last week (start)", "2024-11-25", "Monday"),
]

# =============================================================================
# dev-ac-13  newspaper dateline story — Ukraine's Kharkiv oblast: Kharkiv's Kyivskyi district, central Kupiansk, Kivsharivka, Vovchansk, Kamianka north of Kupiansk (Wed 21 Jan 2026)
# =============================================================================
T13 = """Glide bombs and drones hit Kharkiv region as Russia claims village near Kupiansk

The Dnipro Herald | World | January 21, 2026 | By Olena Marchuk

KHARKIV, Ukraine — Russian forces dropped at least four guided aerial bombs on Kharkiv's Kyivskyi district overnight, killing three people and wounding 27, five of them children, the regional governor said Wednesday. One bomb struck a five-storey apartment building, collapsing two entrances; rescuers were still searching the rubble at midday, and officials warned that the toll could rise.

"It was a direct hit on people's homes. There is nothing military here," said Ihor Tkachenko, 58, who lives across the street. The Russian Defence Ministry said its forces had struck "a temporary deployment point of Ukrainian armed formations" in Kharkiv.

Earlier, on Tuesday afternoon, a Shahed-type drone hit a bus stop in central Kupiansk, about 100 km south-east of Kharkiv, killing two women, aged 64 and 71, the head of the town's military administration said. A day before, a Russian artillery strike on the village of Kivsharivka wounded a 40-year-old man, officials said.

In the north of the region, Russian troops attacked Ukrainian positions near Vovchansk 11 times over the past day, the General Staff said, adding that all the attacks had been repelled.

Russia's Defence Ministry said on Tuesday that its forces had "liberated" the village of Kamianka, north of Kupiansk. Ukraine's army rejected the claim, saying the village remained contested and that its troops had destroyed two Russian assault groups there on Tuesday.

The Security Service of Ukraine (SBU) said it had detained a 34-year-old Kharkiv woman who was allegedly sending the coordinates of power substations to Russian intelligence. If convicted, she faces life in prison.

Kharkiv, Ukraine's second-largest city, lies about 30 km from the Russian border and has been shelled almost daily since the full-scale invasion began in February 2022. Officials fear that Moscow is preparing a new offensive in the region for the spring. "They will try again, as they did in May 2024," a brigade commander said on condition of anonymity.
"""

RUS13 = RUSSIA + ["Russian troops", "Russian assault groups", "Moscow", "Shahed-type drone"]
UKR = ["Ukraine", "Ukrainian", "Ukrainian army", "Armed Forces of Ukraine", "Military Forces of Ukraine",
       "Ukrainian forces", "Ukrainian positions", "its troops", "General Staff"]
SBU = ["Security Service of Ukraine", "SBU"]
RUSMOD = ["Russian Defence Ministry", "Russia's Defence Ministry", "Russian Ministry of Defence",
          "Ministry of Defence of Russia"]
UKRARMY = ["Ukraine's army", "Ukrainian army", "General Staff", "Armed Forces of Ukraine",
           "General Staff of the Armed Forces of Ukraine"]
KHARKIV = L(["Kharkiv", "Kyivskyi district", "Kharkiv's Kyivskyi district", "apartment building"], 49.99, 36.23, "UA")
KUPIANSK = L(["Kupiansk", "Kupyansk", "central Kupiansk", "bus stop"], 49.71, 37.62, "UA")
KIVSHARIVKA = L(["Kivsharivka", "village of Kivsharivka", "Kupiansk district", "Kharkiv region"], cc="UA")
VOVCHANSK = L(["Vovchansk", "near Vovchansk", "north of the region"], 50.29, 36.94, "UA")
# "the village of Kamianka, north of Kupiansk" with no distance -> Kupiansk's point
KAMIANKA = L(["Kamianka", "Kamyanka", "north of Kupiansk", "Kupiansk"], 49.71, 37.62, "UA")
KH_REGION = L(["Kharkiv region", "Kharkiv oblast", "the region", "Kharkiv"], cc="UA")
DH = ["The Dnipro Herald", "Dnipro Herald", "Olena Marchuk", "author"]
GOV13 = ["regional governor", "governor", "Kharkiv regional governor", "Kharkiv regional military administration"]
E13 = [
    # the headline sums up several strikes -> a non-core aggregate; the village claim -> a non-core copy
    E(
        False,
        "Glide bombs and drones hit Kharkiv region",
        EXP,
        AIR,
        actor1=RUS13,
        actor2=CIV + UKR,
        location=KH_REGION,
        date=D("2026-01-19", "2026-01-21"),
        source=DH,
        aggregate=True,
    ),
    E(False, "Russia claims village near Kupiansk", BAT, NSAOVER, actor1=RUS13, actor2=UKR, location=KAMIANKA,
      date=D("2026-01-20"), source=RUSMOD + DH),
    # guided aerial bombs dropped by aircraft -> Air/drone strike; "overnight" in a Wednesday story -> Tuesday and
    # Wednesday; "killing three people and wounding 27, five of them children" -> 3 and 27 ("the toll could rise":
    # no change); Russia's "temporary deployment point" (another object) -> a core version of its own
    E(
        True,
        "Russian forces dropped at least four guided aerial bombs on Kharkiv's Kyivskyi district overnight, killing three people and wounding 27, five of them children",
        EXP,
        AIR,
        actor1=RUS13,
        actor2=CIV + ["apartment building", "people's homes", "children"],
        location=KHARKIV,
        date=D("2026-01-20", "2026-01-21"),
        killed=R(3),
        injured=R(27),
        source=GOV13 + DH,
    ),
    E(
        True,
        'its forces had struck "a temporary deployment point of Ukrainian armed formations" in Kharkiv',
        EXP,
        AIR,
        actor1=RUS13,
        actor2=UKR + ["temporary deployment point", "Ukrainian armed formations"],
        location=KHARKIV,
        date=D("2026-01-20", "2026-01-21"),
        source=RUSMOD,
    ),
    # a one-way attack drone -> Air/drone strike; "killing two women, aged 64 and 71" -> 2; "on Tuesday afternoon"
    # -> 20 January
    E(
        True,
        "a Shahed-type drone hit a bus stop in central Kupiansk, about 100 km south-east of Kharkiv, killing two women, aged 64 and 71",
        EXP,
        AIR,
        actor1=RUS13,
        actor2=CIV + ["bus stop", "two women"],
        location=KUPIANSK,
        date=D("2026-01-20"),
        killed=R(2),
        source=["head of the town's military administration", "military administration"] + DH,
    ),
    # "A day before" Tuesday -> Monday 19 January; an unpinned village -> names and country
    E(
        True,
        "A day before, a Russian artillery strike on the village of Kivsharivka wounded a 40-year-old man",
        EXP,
        SHELL,
        actor1=RUS13,
        actor2=CIV + ["40-year-old man", "village of Kivsharivka"],
        location=KIVSHARIVKA,
        date=D("2026-01-19"),
        injured=R(1),
        source=["officials"] + DH,
    ),
    # eleven assaults "over the past day" -> aggregate
    E(
        False,
        "Russian troops attacked Ukrainian positions near Vovchansk 11 times over the past day",
        BAT,
        CLASH,
        actor1=RUS13 + UKR,
        actor2=UKR + RUS13,
        location=VOVCHANSK,
        date=D("2026-01-20", "2026-01-21"),
        source=UKRARMY,
        aggregate=True,
    ),
    # a foreign state's forces' claim to have "liberated" a village -> Battles/Non-state actor overtakes territory,
    # core, sourced to them, dated the Tuesday they said it; Ukraine's rejection -> a non-core denied copy; its own
    # "destroyed two Russian assault groups there on Tuesday" -> a core clash
    E(
        True,
        'its forces had "liberated" the village of Kamianka, north of Kupiansk',
        BAT,
        NSAOVER,
        actor1=RUS13,
        actor2=UKR,
        location=KAMIANKA,
        date=D("2026-01-20"),
        source=RUSMOD,
    ),
    E(
        False,
        "Ukraine's army rejected the claim, saying the village remained contested",
        BAT,
        NSAOVER,
        actor1=RUS13,
        actor2=UKR,
        location=KAMIANKA,
        date=D("2026-01-20"),
        source=UKRARMY,
        status="denied",
    ),
    E(
        True,
        "its troops had destroyed two Russian assault groups there on Tuesday",
        BAT,
        CLASH,
        actor1=UKR + RUS13,
        actor2=RUS13 + ["two Russian assault groups"] + UKR,
        location=KAMIANKA,
        date=D("2026-01-20"),
        source=UKRARMY,
    ),
    # an arrest with nothing in the text dating it -> no date field
    E(
        True,
        "it had detained a 34-year-old Kharkiv woman who was allegedly sending the coordinates of power substations to Russian intelligence",
        STR,
        ARRESTS,
        actor1=SBU,
        actor2=["34-year-old Kharkiv woman", "woman", "Russian intelligence"] + CIV,
        location=KHARKIV,
        source=SBU,
    ),
    # shelling "almost daily since ... February 2022" -> aggregate; the feared offensive -> planned; May 2024 ->
    # background
    E(
        False,
        "has been shelled almost daily since the full-scale invasion began in February 2022",
        EXP,
        SHELL,
        actor1=RUS13,
        actor2=CIV + UKR,
        location=KHARKIV,
        date=D("2022-02-01", "2026-01-21"),
        source=DH,
        aggregate=True,
    ),
    E(
        False,
        "Moscow is preparing a new offensive in the region for the spring",
        BAT,
        CLASH,
        actor1=RUS13,
        actor2=UKR,
        location=KH_REGION,
        source=["Officials", "officials"],
        status="planned",
    ),
    E(
        False,
        "as they did in May 2024",
        BAT,
        CLASH,
        actor1=RUS13,
        actor2=UKR,
        location=KH_REGION,
        date=D("2024-05-01", "2024-05-31"),
        source=["brigade commander", "Ukrainian brigade commander"],
    ),
    # no gold: the collapsed entrances and the search (inside the strike), the resident's "There is nothing military
    # here", "all the attacks had been repelled" (inside the count), "If convicted, she faces life in prison", the
    # distance to the border, "They will try again" (the commander's words, inside the planned offensive)
]
DOCS.append(
    (
        "dev-ac-13",
        "The Dnipro Herald",
        "2026-01-21",
        "newspaper dateline story",
        "Ukraine/Kharkiv oblast: a headline summing up (aggregate), glide bombs on Kharkiv 'overnight' ('five of them "
        "children') told as homes and as 'a temporary deployment point', a Shahed on a Kupiansk bus stop 'on Tuesday "
        "afternoon' ('aged 64 and 71'), a shell on Kivsharivka 'A day before', eleven assaults near Vovchansk 'over "
        "the past day', Kamianka 'liberated' in Russia's telling, rejected by Ukraine with its own clash, an undated "
        "SBU arrest, a count since February 2022, a feared offensive, May 2024 background",
        T13,
        E13,
    )
)
WEEKDAYS += [
    ("dev-ac-13", "January 21, 2026 / said Wednesday", "2026-01-21", "Wednesday"),
    ("dev-ac-13", "overnight (start) / on Tuesday afternoon / on Tuesday", "2026-01-20", "Tuesday"),
    ("dev-ac-13", "A day before", "2026-01-19", "Monday"),
]

# =============================================================================
# dev-ac-14  weekly security digest for operators — Mozambique's Cabo Delgado: Mbau in Mocímboa da Praia district, the N380 between Macomia and Oasse, an RDF position about 10 km south of Mocímboa da Praia, Pemba, Miangalewa in Muidumbe, Ancuabe district, Ocua in Chiúre district (Wed 13 Nov 2024)
# =============================================================================
T14 = """Cabo Delgado weekly: 4-10 November 2024

Rovuma Risk Digest | Weekly security digest for operators in northern Mozambique | Issue 212 | Pemba | Wednesday 13 November 2024

SUMMARY: Islamic State Mozambique (ISM) activity rose in Mocímboa da Praia and Macomia districts, and post-election protests reached Pemba. Risk level for the N380 road: HIGH.

INCIDENTS
- 5 Nov, Mocímboa da Praia district: ISM insurgents beheaded four civilians, among them a 16-year-old boy, in the coastal village of Mbau, according to residents who fled to the district capital. Through its Amaq agency, the Islamic State claimed its fighters had killed "six Christians" in the area.
- 6 Nov, N380 between Macomia and Oasse: insurgents ambushed a Mozambican army (FADM) vehicle. A military source said two soldiers were killed; local sources said the troops killed at least three of the attackers.
- Night of 7 to 8 Nov, Mocímboa da Praia: insurgents attacked a Rwanda Defence Force (RDF) position about 10 km south of the town. The RDF said it had repelled the attack and killed nine insurgents.
- 7 Nov, Pemba: police fired tear gas and live rounds at several hundred opposition supporters marching on the city's main avenue to contest the election results, killing a 19-year-old student and wounding three others, according to a hospital source. Police said officers had only fired into the air at "vandals" who were burning tyres and throwing stones.
- 8 Nov, Muidumbe district: insurgents abducted at least seven children from the village of Miangalewa, local officials said.
- 8 Nov, Ancuabe district: Rwanda said it had deployed an additional battalion to the district to protect the main road and the graphite mine.
- 9 Nov, Chiúre district: a Força Local militia patrol clashed with insurgents near Ocua, with casualties on both sides, according to residents.

ANALYSIS
ISM has now struck on both banks of the Messalo river within a week, a pattern last seen before its raid on Macomia town in May. We assess that the group will keep targeting the N380 and coastal villages in the coming weeks, as it usually does before the rainy season. Our incident database counts 38 ISM-related incidents in Cabo Delgado in October, up from 24 in September.

ADVICE
Convoys on the N380 should travel only with escort and in daylight. Operators in Pemba should avoid the city centre during protests, which opposition leaders have called for every day this week.
"""

ISM = ["Islamic State Mozambique", "ISM", "Islamic State Mozambique Province", "Islamic State", "insurgents",
       "ISM insurgents", "al-Shabaab", "Ahlu Sunnah Wal Jamaa", "Amaq", "attackers", "its fighters"]
FADM = ["Mozambican army", "FADM", "Mozambique Armed Defence Forces", "Military Forces of Mozambique", "soldiers",
        "troops", "army vehicle"]
RDF = ["Rwanda Defence Force", "RDF", "Rwandan forces", "Rwandan troops", "Military Forces of Rwanda", "Rwanda"]
FORCA_LOCAL = ["Força Local", "Forca Local", "local militia", "Força Local militia", "militia patrol"]
MZPOL = ["police", "Mozambican police", "Police of the Republic of Mozambique", "PRM", "Police Forces of Mozambique",
         "officers"]
OPP = ["opposition supporters", "several hundred opposition supporters", "vandals"]
MBAU = L(["Mbau", "village of Mbau", "Mocímboa da Praia district", "Mocimboa da Praia"], cc="MZ")
N380 = L(["N380", "N380 road", "Macomia", "Oasse", "between Macomia and Oasse"], cc="MZ")
# "about 10 km south of the town" (Mocímboa da Praia) -> LKM
RDF_POS = LKM(["Mocímboa da Praia", "Mocimboa da Praia", "south of the town", "RDF position"], -11.35, 40.35, 10, 180,
              "MZ")
PEMBA = L(["Pemba", "city's main avenue", "main avenue", "city centre"], -12.97, 40.52, "MZ")
MIANGALEWA = L(["Miangalewa", "village of Miangalewa", "Muidumbe", "Muidumbe district"], cc="MZ")
ANCUABE = L(["Ancuabe", "Ancuabe district", "graphite mine", "main road"], cc="MZ")
OCUA = L(["Ocua", "near Ocua", "Chiúre", "Chiúre district", "Chiure"], cc="MZ")
MACOMIA = L(["Macomia", "Macomia town", "Macomia district"], cc="MZ")
CABO = L(["Cabo Delgado", "Cabo Delgado province", "Mocímboa da Praia and Macomia districts", "Messalo river"],
         cc="MZ")
RRD = ["Rovuma Risk Digest", "our incident database", "author"]
E14 = [
    # the summary sums up the week -> non-core aggregates (ISM's activity; the protests)
    E(
        False,
        "Islamic State Mozambique (ISM) activity rose in Mocímboa da Praia and Macomia districts",
        VAC,
        ATTACK,
        actor1=ISM,
        actor2=CIV + FADM + RDF,
        location=CABO,
        date=D("2024-11-04", "2024-11-10"),
        source=RRD,
        aggregate=True,
    ),
    E(
        False,
        "post-election protests reached Pemba",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + OPP,
        location=PEMBA,
        date=D("2024-11-04", "2024-11-10"),
        source=RRD,
        aggregate=True,
    ),
    # one killing told by two sources with two numbers (residents' four beheaded / the Islamic State's "six
    # Christians") -> one core event per version; a coastal village -> names and country
    E(
        True,
        "ISM insurgents beheaded four civilians, among them a 16-year-old boy, in the coastal village of Mbau",
        VAC,
        ATTACK,
        actor1=ISM,
        actor2=CIV + ["four civilians", "16-year-old boy"],
        location=MBAU,
        date=D("2024-11-05"),
        killed=R(4),
        source=["residents"] + RRD,
    ),
    E(
        True,
        'the Islamic State claimed its fighters had killed "six Christians" in the area',
        VAC,
        ATTACK,
        actor1=ISM,
        actor2=CIV + ["six Christians", "Christians"],
        location=MBAU,
        date=D("2024-11-05"),
        killed=R(6),
        source=["Islamic State", "Amaq", "Amaq agency"],
    ),
    # an ambush on an army vehicle; each side's dead from a different source (two soldiers / "at least three of the
    # attackers") -> summed, 5..open, each figure a non-core copy; a long road between two towns -> names and country
    E(
        True,
        "insurgents ambushed a Mozambican army (FADM) vehicle",
        BAT,
        CLASH,
        actor1=ISM + FADM,
        actor2=FADM + ISM,
        location=N380,
        date=D("2024-11-06"),
        killed=R(5, None),
        source=["military source", "local sources"] + RRD,
    ),
    E(
        False,
        "A military source said two soldiers were killed",
        BAT,
        CLASH,
        actor1=ISM,
        actor2=FADM,
        location=N380,
        date=D("2024-11-06"),
        killed=R(2),
        source=["military source"],
    ),
    E(
        False,
        "the troops killed at least three of the attackers",
        BAT,
        CLASH,
        actor1=FADM,
        actor2=ISM,
        location=N380,
        date=D("2024-11-06"),
        killed=R(3, None),
        source=["local sources"],
    ),
    # "about 10 km south of the town" -> LKM; "Night of 7 to 8 Nov" -> both days; the RDF's count of the attackers (one
    # side) a sentence later -> 9..open, the count a non-core copy
    E(
        True,
        "insurgents attacked a Rwanda Defence Force (RDF) position about 10 km south of the town",
        BAT,
        CLASH,
        actor1=ISM + RDF,
        actor2=RDF + ISM,
        location=RDF_POS,
        date=D("2024-11-07", "2024-11-08"),
        killed=R(9, None),
        source=RDF + RRD,
    ),
    E(
        False,
        "The RDF said it had repelled the attack and killed nine insurgents",
        BAT,
        CLASH,
        actor1=RDF,
        actor2=ISM,
        location=RDF_POS,
        date=D("2024-11-07", "2024-11-08"),
        killed=R(9),
        source=RDF,
    ),
    # live fire on marchers, one killed -> Excessive force against protesters ("killing a 19-year-old student and
    # wounding three others" -> 1 and 3); the police's "vandals" burning tyres -> a non-core Riots copy
    E(
        True,
        "police fired tear gas and live rounds at several hundred opposition supporters marching on the city's main avenue to contest the election results, killing a 19-year-old student and wounding three others",
        PRO,
        EXCESSIVE,
        **PROTEST_SIDES(MZPOL + OPP + ["19-year-old student"]),
        location=PEMBA,
        date=D("2024-11-07"),
        killed=R(1),
        injured=R(3),
        source=["hospital source"] + RRD,
    ),
    E(
        False,
        'officers had only fired into the air at "vandals" who were burning tyres and throwing stones',
        RIOT,
        VIOLENT,
        actor1=["vandals", "rioters"] + OPP + MZPOL,
        actor2=MZPOL + ["vandals", "rioters"],
        location=PEMBA,
        date=D("2024-11-07"),
        source=MZPOL,
    ),
    # "at least seven children" abducted -> no number field (abductees are no casualties)
    E(
        True,
        "insurgents abducted at least seven children from the village of Miangalewa",
        VAC,
        ABDUCT,
        actor1=ISM,
        actor2=CIV + ["seven children", "children"],
        location=MIANGALEWA,
        date=D("2024-11-08"),
        source=["local officials"] + RRD,
    ),
    # a battalion deployed -> Headquarters or base established
    E(
        True,
        "Rwanda said it had deployed an additional battalion to the district to protect the main road and the graphite mine",
        STR,
        BASE,
        actor1=RDF,
        location=ANCUABE,
        date=D("2024-11-08"),
        source=RDF,
    ),
    # "with casualties on both sides" -> casualties 2..open
    E(
        True,
        "a Força Local militia patrol clashed with insurgents near Ocua, with casualties on both sides",
        BAT,
        CLASH,
        actor1=FORCA_LOCAL + ISM,
        actor2=ISM + FORCA_LOCAL,
        location=OCUA,
        date=D("2024-11-09"),
        casualties=R(2, None),
        source=["residents"] + RRD,
    ),
    # analysis: a week's pattern (aggregate), May's raid on Macomia (background), the digest's forecast
    # (hypothetical), the month's counts (aggregate)
    E(
        False,
        "ISM has now struck on both banks of the Messalo river within a week",
        VAC,
        ATTACK,
        actor1=ISM,
        actor2=CIV + FADM,
        location=CABO,
        date=D("2024-11-04", "2024-11-10"),
        source=RRD,
        aggregate=True,
    ),
    E(
        False,
        "its raid on Macomia town in May",
        BAT,
        CLASH,
        actor1=ISM,
        actor2=FADM + CIV,
        location=MACOMIA,
        date=D("2024-05-01", "2024-05-31"),
        source=RRD,
    ),
    E(
        False,
        "the group will keep targeting the N380 and coastal villages in the coming weeks",
        VAC,
        ATTACK,
        actor1=ISM,
        actor2=CIV + ["coastal villages"],
        location=CABO,
        source=RRD,
        status="hypothetical",
    ),
    E(
        False,
        "Our incident database counts 38 ISM-related incidents in Cabo Delgado in October, up from 24 in September",
        VAC,
        ATTACK,
        actor1=ISM,
        actor2=CIV + FADM + RDF,
        location=CABO,
        date=D("2024-09-01", "2024-10-31"),
        source=RRD,
        aggregate=True,
    ),
    # protests called "every day this week" (ahead) -> planned
    E(
        False,
        "protests, which opposition leaders have called for every day this week",
        PRO,
        PEACEFUL,
        actor1=PROTESTERS + OPP + ["opposition leaders"],
        location=PEMBA,
        source=RRD,
        status="planned",
    ),
    # no gold: the risk level, "according to residents who fled to the district capital", the advice to convoys
]
DOCS.append(
    (
        "dev-ac-14",
        "Rovuma Risk Digest (weekly)",
        "2024-11-13",
        "weekly security digest for operators",
        "Mozambique/Cabo Delgado: a summary of the week (two aggregates), beheadings in Mbau told by residents (four, "
        "'a 16-year-old boy') and by the Islamic State ('six Christians'), an ambush on the N380 with each side's dead "
        "from a different source, an attack on an RDF position 'about 10 km south of the town' on the 'Night of 7 to "
        "8 Nov', lethal fire on marchers in Pemba and the police's 'vandals', children abducted, a battalion deployed, "
        "a militia clash 'with casualties on both sides', May's raid on Macomia, a forecast, counts, protests called",
        T14,
        E14,
    )
)
WEEKDAYS += [
    ("dev-ac-14", "Wednesday 13 November 2024", "2024-11-13", "Wednesday"),
    ("dev-ac-14", "4-10 November 2024 (end)", "2024-11-10", "Sunday"),
    ("dev-ac-14", "4-10 November 2024 (start)", "2024-11-04", "Monday"),
]

# ---------------------------------------------------------------- end of documents


def main():
    write_gold(__file__, DOCS, WEEKDAYS, "dev_ac", check_ac, strip_text=True)


if __name__ == "__main__":
    main()
