"""Writes dev_aj.gold.jsonl: fourteen development articles, nine from the Middle East - north-west Syria (Idlib city,
the outskirts of Jisr al-Shughur, Sarmin), eastern Syria (Deir ez-Zor city, al-Mayadin, the Conoco field, Hatla),
Iraq's Kirkuk and Hawija (the Wadi al-Shay valley, the Kirkuk-Hawija road, Kirkuk city), Iraq's Basra (the port of
Umm Qasr, Zubair, Basra city), Lebanon's Baalbek-Hermel (Baalbek, Douris, Hermel, the Qasr border area), the Golan and
northern Israel (Majdal Shams, Safed, Kiryat Shmona), Gaza's Rafah crossing area (the crossing, Tal al-Sultan, the
Kerem Shalom road, al-Mawasi), the Red Sea off Hodeidah (ships west and north-west of Hodeidah, Hodeidah port, Salif)
and Iran's Kurdistan province (Sanandaj, Marivan, the border heights near Marivan) - and five from elsewhere -
Nigeria's Kaduna and Katsina (Kajuru, Birnin Gwari, Safana, Jibia, Katsina city), Somalia's Lower Juba (Kismayo,
Afmadow, Jamame, Ras Kamboni), Sudan's Khartoum and Omdurman (Omdurman's markets, Karari, Khartoum North, central
Khartoum), Mozambique's Niassa (Mecula, Marrupa, the Niassa Special Reserve, Lichinga) and Colombia's Norte de
Santander (Tibú, El Tarra, Cúcuta) - published 2024-2026, written for this project in our own words, with hand-made
gold events in the format of SPEC.md section 6 and eval/gold/ANNOTATION.md.

It was written blind to the system: no run of sitrep on these texts, no import of it, no look at its output, its
source, its tests, its docs or the other sets' gold output. Only these files were read: /work/shared/SPEC.md,
/work/main/eval/gold/ANNOTATION.md, /work/main/eval/gold/dev/goldkit.py and /work/main/eval/gold/dev/build_dev_r.py
(whose structure, helpers, checks and conventions this file follows). goldkit.py is copied beside this file unchanged.

One voice per article, the outlet kinds and layouts varied (a monitor's daily log, a partisan "resistance" outlet, a
wire story, a local news site with a correction notice, a live blog, a feature with quotes, an NGO alert, a weekly
maritime brief, a state news agency, a weekly round-up, a regional ministry's statement, an interview, a radio
bulletin transcript, an opinion column), the set rich in what coders find hard - counts in words, ranges, "at least",
"dozens", "several", "killed or wounded", kin and ages; tolls told a sentence later or revised; relative dates and
places; attribution chains, claims, blame and denials; two versions of one event; uncertain perpetrators; aggregates;
and non-events (background, forecasts, threats, conditionals, metaphors, opinion). The incidents are invented or
composite, with invented names of people, outlets and some sites; the gold encodes what each TEXT says, including its
slant, hedges and sources, not what is true. Articles are 250-450 words (goldkit's check_article, kept unchanged,
caps a document at 450); check_aj below adds the 250-word floor and the 2024-01-01..2026-11-30 window to goldkit's
check_article.

Run:  python3 build_dev_aj.py   (stdlib + goldkit only; checks every evidence string occurs exactly once in its text,
word counts, weekday arithmetic, dates not after publication, type/sub-type/status values and number ranges, then
writes the JSONL beside this file).

Conventions: those of build_dev_r.py's docstring, kept unchanged - among them "No one was hurt" -> killed and injured
0..0, "causing no injuries" -> injured 0..0 only, "no civilians were hurt" (one group) -> no number field; "dozens"
24..open; "several" 3..open; "at least N" N..open; "more than N" N+1..open; "killed or wounded some 45" -> casualties
45..45; one side's count in a clash -> N..open, both sides told -> exact; a toll told later or revised -> folded into
the core event, the other figures non-core copies; "N km <direction> of X" -> LKM; "on the outskirts of Y" -> Y's
point; districts, regions, valleys, reserves and long roads -> names and country; "overnight" / "last night" -> both
days; "last week" -> Monday to Sunday; uncertain or blamed perpetrators -> every alternative plus unknown; a party's
claim -> core, occurred, sourced to it; another object or toll named by the other side -> one core event per version;
the same object told two ways -> one core event, the other telling a non-core copy; headlines that state an event ->
non-core copies; denials, plans, threats, conditionals, aggregates and background -> non-core.
Added or made explicit here:
- A correction notice that revises a toll ("said four people were killed ... Police later said two people were
  killed") -> the corrected figure on the core event, the body's first figure kept as a non-core copy with the
  original number, the correction's sentence another non-core copy.
- A live blog's entries under times of day -> the blog's date; a toll raised in a later entry -> folded in.
- A ship attacked "N nautical miles <direction> of Hodeidah" -> LKM with 1.852 km a mile, no country (at sea).
- A missile or drone "intercepted" / "shot down" -> Strategic developments/Disrupted weapons use, the interceptor as
  actor1; the launch itself, when told as an attack on a place, a separate Explosions event.
- A kolbar (porter) shot by border guards -> Violence against civilians/Attack (here told only through a denial).
- A drone boat (uncrewed surface vessel) striking a ship -> Remote explosive/landmine/IED.
- An ombudsman's or opinion writer's "could", "if", "will" -> hypothetical or planned, never core."""

import math

from goldkit import (
    ABDUCT,
    AGREE,
    AIR,
    ARRESTS,
    ATTACK,
    BAT,
    CHANGE,
    CIV,
    CLASH,
    DISRUPT,
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
check_aj = windowed_check("2024-01-01", "2026-11-30", min_words=250)

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


# Actor name lists are declared beside each article (the shared ones here). Tokens shorter than three letters are
# left out on purpose: the scorer matches by case-insensitive containment either way. Each list holds the canonical
# name, abbreviations and the surface forms the text uses, loaded labels too. Coordinates only for towns, cities,
# ports and crossings we can pin to ~0.05 degrees from our own knowledge; villages, districts, valleys, reserves and
# sites we cannot pin get names and a country only, unless the text places them by a distance and a direction.
ISIS = ["Islamic State", "ISIS", "ISIL", "Daesh", "Islamic State militants", "Islamic State group"]
USA = ["United States", "US forces", "U.S. forces", "US military", "U.S. military", "American",
       "Military Forces of the United States", "CENTCOM", "US Central Command"]
ISRAEL = ["Israel", "Israeli", "Israel Defense Forces", "IDF", "Israeli military", "Israeli army", "Israeli troops",
          "Israeli forces", "Military Forces of Israel"]
HEZB = ["Hezbollah", "Hizbullah", "Hizballah", "Islamic Resistance"]
HAMAS = ["Hamas", "Izz ad-Din al-Qassam Brigades", "Qassam Brigades", "al-Qassam Brigades"]
HOUTHI = ["Houthis", "Houthi", "Ansar Allah", "Ansarallah", "Houthi movement", "Houthi forces", "Yemeni Armed Forces"]
RUSSIA = ["Russia", "Russian", "Russian forces", "Russian aircraft", "Russian warplanes", "Military Forces of Russia"]
SYGOV = ["Syrian government", "Government of Syria", "Syrian army", "Military Forces of Syria", "Syrian regime",
         "regime forces", "regime", "Syrian Arab Army"]
HTS = ["Hay'at Tahrir al-Sham", "HTS", "Tahrir al-Sham"]
SDF = ["Syrian Democratic Forces", "SDF", "Kurdish-led forces", "SDF fighters"]
IRQARMY = ["Iraqi army", "Iraqi security forces", "Military Forces of Iraq", "Iraqi forces", "Iraqi troops", "army"]
SHABAAB = ["al-Shabaab", "Al-Shabaab", "al-Shabab", "Harakat al-Shabaab al-Mujahideen", "Shabaab"]
RSF = ["Rapid Support Forces", "RSF", "Janjaweed", "militia"]
SAF = ["Sudanese Armed Forces", "SAF", "Sudanese army", "army", "Military Forces of Sudan"]
DOCS, WEEKDAYS = [], []

# ---------------------------------------------------------------- documents

# =============================================================================
# dev-aj-01  monitor's daily log - north-west Syria: the western outskirts of Jisr al-Shughur, Idlib city, the Sarmin front, the Sarmin-Idlib road (Tue 24 Sep 2024)
# =============================================================================
T01 = """Daily log, 23 September: Russian jets return to Jisr al-Shughur's outskirts; rockets kill a mother and two girls in Idlib

Levant Monitoring Network | Daily field log | Published 24 September 2024

Entries are compiled from the network's correspondents and medical contacts in north-west Syria. Times are local. Figures are preliminary and may change.

MONDAY, 23 SEPTEMBER

06:40 - Russian warplanes carried out at least four raids on hills on the western outskirts of Jisr al-Shughur. Our correspondent saw smoke rising from a disused quarry that fighters had used as a depot. No casualties were reported.

09:15 - Regime forces fired rockets at the eastern neighbourhoods of Idlib city, killing a woman and her two daughters, aged seven and nine, inside their home. Eleven people were wounded, a doctor at the city's main hospital told us.

11:30 - Update on the Idlib city shelling: one of the wounded, a 40-year-old street vendor, died in surgery, raising the number of dead to four.

13:05 - Hay'at Tahrir al-Sham (HTS) said on its Telegram channel that its snipers had killed two regime soldiers on the Sarmin front, east of Idlib city. The network could not confirm the claim.

15:20 - A kamikaze drone launched from regime-held areas hit a car on the road between Sarmin and Idlib city, wounding both men inside, one of them a Civil Defence volunteer.

17:45 - About 200 people gathered in Idlib city's clock square to protest against the detention of critics by HTS's General Security Service. Security men fired into the air to disperse them and detained at least five protesters, witnesses said.

21:10 - Unknown gunmen on a motorcycle shot dead a money changer in the main market of Jisr al-Shughur. Relatives said he had received threats from a group they did not name.

NOTES

Civilian deaths recorded today: five. Since 1 September the network has documented 68 civilian deaths in Idlib and western Aleppo.

Pro-government websites said a ground operation to retake Jisr al-Shughur would begin "once the weather allows". The town fell to opposition factions in April 2015 and has been bombed regularly since.

Residents describe the front as "a slow fire that never goes out".
"""

RUS01 = RUSSIA + ["Russian warplanes"]
SYGOV01 = SYGOV + ["regime-held areas"]
HTS01 = HTS + ["its snipers", "General Security Service", "Security men", "security men"]
LMN = ["Levant Monitoring Network", "the network", "our correspondent", "author"]
JISR01 = L(["Jisr al-Shughur", "Jisr ash-Shughur", "Jisr al-Shugur", "western outskirts of Jisr al-Shughur"], 35.81,
           36.32, "SY")
IDLIB01 = L(["Idlib city", "Idlib", "Idleb", "eastern neighbourhoods of Idlib city"], 35.93, 36.63, "SY")
SARMIN = L(["Sarmin", "Sarmin front", "east of Idlib city"], 35.90, 36.72, "SY")
SARMIN_RD = L(["road between Sarmin and Idlib city", "Sarmin", "Idlib city"], 35.90, 36.72, "SY")
NWS01 = L(["Idlib and western Aleppo", "north-west Syria", "Idlib"], cc="SY")
E01 = [
    # "at least four raids" on one area in one morning -> one event; "on the western outskirts of" -> the town's
    # point; "No casualties were reported" -> killed and injured 0..0
    E(True, "Russian warplanes carried out at least four raids on hills on the western outskirts of Jisr al-Shughur",
      EXP, AIR, actor1=RUS01, actor2=HTS + ["fighters", "quarry", "depot"], location=JISR01, date=D("2024-09-23"),
      killed=R(0), injured=R(0), source=LMN),
    # a mother and her two daughters (kin and ages) -> 3, raised to four two hours later by a wounded man's death ->
    # killed 3..4 and injured 10..11 (revised) folded into the core; the update a non-core copy
    E(True, "Regime forces fired rockets at the eastern neighbourhoods of Idlib city, killing a woman and her two "
      "daughters, aged seven and nine, inside their home", EXP, SHELL, actor1=SYGOV01,
      actor2=CIV + ["woman", "two daughters", "home"], location=IDLIB01, date=D("2024-09-23"), killed=R(3, 4),
      injured=R(10, 11), source=LMN + ["doctor", "main hospital"]),
    E(False, "one of the wounded, a 40-year-old street vendor, died in surgery, raising the number of dead to four",
      EXP, SHELL, actor1=SYGOV01, actor2=CIV + ["street vendor"], location=IDLIB01, date=D("2024-09-23"),
      killed=R(4), source=LMN),
    # the group's own claim, unconfirmed by the monitor -> core, occurred, sourced to HTS; snipers against soldiers
    # -> Battles; one side's dead -> 2..open
    E(True, "its snipers had killed two regime soldiers on the Sarmin front, east of Idlib city", BAT, CLASH,
      actor1=HTS01, actor2=SYGOV01 + ["regime soldiers", "soldiers"], location=SARMIN, date=D("2024-09-23"),
      killed=R(2, None), source=HTS + ["Telegram"]),
    # "launched from regime-held areas" -> the regime plus unknown; a short road between two towns -> Sarmin's point;
    # "both men inside" -> 2
    E(True, "A kamikaze drone launched from regime-held areas hit a car on the road between Sarmin and Idlib city, "
      "wounding both men inside", EXP, AIR, actor1=SYGOV01 + UNK,
      actor2=CIV + ["car", "Civil Defence volunteer", "Civil Defence", "men"], location=SARMIN_RD,
      date=D("2024-09-23"), injured=R(2), source=LMN),
    # shots in the air and detentions -> Protest with intervention (the arrests inside the protest event)
    E(True, "About 200 people gathered in Idlib city's clock square to protest against the detention of critics by "
      "HTS's General Security Service", PRO, INTERVENTION, **PROTEST_SIDES(HTS01 + ["About 200 people"]),
      location=IDLIB01, date=D("2024-09-23"), source=["witnesses"] + LMN),
    # "Unknown gunmen" -> unknown; "a group they did not name" is no actor
    E(True, "Unknown gunmen on a motorcycle shot dead a money changer in the main market of Jisr al-Shughur", VAC,
      ATTACK, actor1=UNK + ["Unknown gunmen", "gunmen"], actor2=CIV + ["money changer"], location=JISR01,
      date=D("2024-09-23"), killed=R(1), source=LMN),
    # tallies -> aggregates (the day's five across the region; the month's 68)
    E(False, "Civilian deaths recorded today: five", EXP, SHELL, actor1=SYGOV01 + RUS01 + UNK, actor2=CIV,
      location=NWS01, date=D("2024-09-23"), killed=R(5), source=LMN, aggregate=True),
    E(False, "Since 1 September the network has documented 68 civilian deaths in Idlib and western Aleppo", EXP, SHELL,
      actor1=SYGOV01 + RUS01 + UNK, actor2=CIV, location=NWS01, date=D("2024-09-01", "2024-09-24"), killed=R(68),
      source=LMN, aggregate=True),
    # a forecast by pro-government websites -> planned
    E(False, 'a ground operation to retake Jisr al-Shughur would begin "once the weather allows"', BAT, GOVREGAIN,
      actor1=SYGOV01 + RUS01, actor2=HTS, location=JISR01, source=["Pro-government websites"], status="planned"),
    # background: the 2015 takeover
    E(False, "The town fell to opposition factions in April 2015", BAT, NSAOVER,
      actor1=["opposition factions", "opposition"] + HTS, actor2=SYGOV01, location=JISR01,
      date=D("2015-04-01", "2015-04-30"), source=LMN),
    E(False, "has been bombed regularly since", EXP, AIR, actor1=RUS01 + SYGOV01, actor2=CIV + HTS, location=JISR01,
      date=D("2015-04-01", "2024-09-24"), source=LMN, aggregate=True),
    # the headline's copies
    E(False, "Russian jets return to Jisr al-Shughur's outskirts", EXP, AIR, actor1=RUS01, location=JISR01,
      date=D("2024-09-23"), source=LMN),
    E(False, "rockets kill a mother and two girls in Idlib", EXP, SHELL, actor1=SYGOV01 + UNK, actor2=CIV,
      location=IDLIB01, date=D("2024-09-23"), killed=R(3), source=LMN),
    # no gold: the quarry's smoke, "The network could not confirm the claim" (a hedge, not a denial), the threats
    # to the money changer, "a slow fire that never goes out" (a metaphor)
]
DOCS.append(
    (
        "dev-aj-01",
        "Levant Monitoring Network (daily log)",
        "2024-09-24",
        "monitor's daily log",
        "north-west Syria: Russian raids on Jisr al-Shughur's outskirts ('No casualties were reported'), regime "
        "rockets on Idlib city (a mother and two daughters 'aged seven and nine', revised to four dead two hours "
        "later), an HTS sniper claim, a drone 'launched from regime-held areas', a protest dispersed with detentions, "
        "a money changer shot by unknown gunmen, a day's and a month's tallies, a forecast, 2015 background, a metaphor",
        T01,
        E01,
    )
)
WEEKDAYS += [
    ("dev-aj-01", "MONDAY, 23 SEPTEMBER", "2024-09-23", "Monday"),
]

# =============================================================================
# dev-aj-02  partisan "resistance" outlet - eastern Syria: the Conoco field, al-Mayadin, Hatla, Deir ez-Zor city (Thu 15 Aug 2024)
# =============================================================================
T02 = """Resistance rockets rock the occupiers' Conoco base as American aggression kills children in al-Mayadin

Al-Furat Resistance Media | Deir ez-Zor | 15 August 2024

In a fresh blow to the American occupation of Syria's east, the Islamic Resistance in Iraq said its fighters fired "a barrage of Grad rockets" late on Tuesday at the occupiers' base in the Conoco gas field, north-east of Deir ez-Zor city, achieving "direct hits". Sources in nearby Khasham told our correspondent that ambulances raced into the base and that no fewer than eight American soldiers were killed or wounded.

Washington, as usual, hid the truth. A US defence official, speaking to Western media, claimed that only two rockets landed near the base, causing "minor damage" and no injuries.

Hours later, the occupier took its revenge on the innocent. American warplanes bombed a house on the edge of al-Mayadin, killing five people, among them two brothers aged 14 and 16, residents said. The so-called Central Command claimed it had hit "a weapons storage facility used by Iran-backed militia groups" and killed "several militants".

On Wednesday, sons of the Arab tribes clashed with the SDF militia, the occupation's separatist tool, in the village of Hatla, east of Deir ez-Zor city across the Euphrates. Tribal sources said three SDF gunmen were killed. The SDF admitted the loss of one fighter and claimed it had "repelled an infiltration by regime-backed gunmen".

In Deir ez-Zor city itself, the Syrian Arab Army's air defences shot down a hostile drone as it approached the military airport on Wednesday evening, a military source told the official news agency.

Since October, the resistance has carried out more than 200 operations against occupation bases in Syria and Iraq. The resistance warned that "every base will be a target" if the aggression on al-Mayadin is repeated.

The Euphrates has become a river of fire for the occupiers. Their days on Syrian soil are numbered, and they will leave as they left Kabul: at night, and in disgrace.
"""

IRI = ["Islamic Resistance in Iraq", "the resistance", "resistance", "its fighters"]
USA02 = USA + ["American occupation", "occupiers", "occupier", "American warplanes", "American soldiers",
               "Central Command", "Washington", "occupiers' base", "Conoco gas field"]
IRMIL = ["Iran-backed militia groups", "Iran-backed militias", "militants", "militia groups"] + IRI
TRIBES = ["Arab tribes", "sons of the Arab tribes", "tribal fighters", "tribes", "Arab tribal forces",
          "regime-backed gunmen"]
SDF02 = SDF + ["SDF militia", "SDF gunmen"]
CONOCO = L(["Conoco gas field", "Conoco field", "Conoco", "north-east of Deir ez-Zor city", "Khasham"], cc="SY")
MAYADIN = L(["al-Mayadin", "Mayadin", "Al Mayadin", "edge of al-Mayadin"], 35.02, 40.45, "SY")
HATLA = L(["Hatla", "village of Hatla", "east of Deir ez-Zor city"], 35.35, 40.18, "SY")
DEZ = L(["Deir ez-Zor", "Deir ez-Zor city", "Deir al-Zor", "military airport", "Deir ez-Zor airport"], 35.33, 40.15,
        "SY")
FRM = ["Al-Furat Resistance Media", "our correspondent", "author"]
E02 = [
    # one salvo, two tellings: the claimant's with the Khasham sources' "no fewer than eight ... killed or wounded"
    # (casualties 8..open), the US official's "no injuries" (injured 0..0 only) -> one core event per version
    E(True, 'its fighters fired "a barrage of Grad rockets" late on Tuesday at the occupiers\' base in the Conoco gas '
      'field', EXP, SHELL, actor1=IRI, actor2=USA02, location=CONOCO, date=D("2024-08-13"), casualties=R(8, None),
      source=IRI + ["Islamic Resistance in Iraq", "Sources in nearby Khasham"] + FRM),
    E(False, "no fewer than eight American soldiers were killed or wounded", EXP, SHELL, actor1=IRI, actor2=USA02,
      location=CONOCO, date=D("2024-08-13"), casualties=R(8, None), source=["Sources in nearby Khasham", "sources"]),
    E(True, 'only two rockets landed near the base, causing "minor damage" and no injuries', EXP, SHELL,
      actor1=IRI + UNK, actor2=USA02 + ["base"], location=CONOCO, date=D("2024-08-13"), injured=R(0),
      source=["US defence official", "Western media"]),
    # one strike, two objects (a house with five dead / a storage site with "several militants") -> two core
    # events; "Hours later" after late Tuesday -> Tuesday or Wednesday; "on the edge of" -> the town's point
    E(True, "American warplanes bombed a house on the edge of al-Mayadin, killing five people, among them two brothers "
      "aged 14 and 16", EXP, AIR, actor1=USA02, actor2=CIV + ["house", "two brothers", "innocent"], location=MAYADIN,
      date=D("2024-08-13", "2024-08-14"), killed=R(5), source=["residents"] + FRM),
    E(True, 'it had hit "a weapons storage facility used by Iran-backed militia groups" and killed "several militants"',
      EXP, AIR, actor1=USA02, actor2=IRMIL, location=MAYADIN, date=D("2024-08-13", "2024-08-14"),
      killed=R(3, None), source=["Central Command", "CENTCOM", "US Central Command"]),
    # one clash, two tellings: tribal sources' three SDF dead (one side -> 3..open) and the SDF's own one dead
    E(True, "sons of the Arab tribes clashed with the SDF militia, the occupation's separatist tool, in the village "
      "of Hatla", BAT, CLASH, actor1=TRIBES + SDF02, actor2=SDF02 + TRIBES, location=HATLA, date=D("2024-08-14"),
      killed=R(3, None), source=["Tribal sources"] + FRM),
    E(True, 'The SDF admitted the loss of one fighter and claimed it had "repelled an infiltration by regime-backed '
      'gunmen"', BAT, CLASH, actor1=TRIBES + SDF02, actor2=SDF02 + TRIBES, location=HATLA, date=D("2024-08-14"),
      killed=R(1, None), source=SDF),
    # a drone shot down -> Disrupted weapons use; the drone's owner unnamed ("hostile")
    E(True, "the Syrian Arab Army's air defences shot down a hostile drone as it approached the military airport on "
      "Wednesday evening", STR, DISRUPT, actor1=SYGOV + ["air defences"],
      actor2=UNK + ["hostile drone", "drone"], location=DEZ, date=D("2024-08-14"),
      source=["military source", "official news agency", "SANA"]),
    # a ten-month count -> aggregate; a conditional threat by the actor -> planned
    E(False, "the resistance has carried out more than 200 operations against occupation bases in Syria and Iraq",
      EXP, SHELL, actor1=IRI, actor2=USA02, location=L(["Syria and Iraq", "Syria", "Iraq"]),
      date=D("2023-10-01", "2024-08-15"), source=FRM, aggregate=True),
    E(False, '"every base will be a target" if the aggression on al-Mayadin is repeated', EXP, SHELL, actor1=IRI,
      actor2=USA02, location=L(["Syria", "eastern Syria"], cc="SY"), source=IRI, status="planned"),
    # the headline's copies
    E(False, "Resistance rockets rock the occupiers' Conoco base", EXP, SHELL, actor1=IRI, actor2=USA02,
      location=CONOCO, date=D("2024-08-13"), source=FRM),
    E(False, "American aggression kills children in al-Mayadin", EXP, AIR, actor1=USA02, actor2=CIV,
      location=MAYADIN, date=D("2024-08-13", "2024-08-14"), source=FRM),
    # no gold: "hid the truth", "took its revenge on the innocent" (loaded frame of the strike already coded), "a
    # river of fire" (a metaphor), "they will leave as they left Kabul" (opinion, a forecast with no act)
]
DOCS.append(
    (
        "dev-aj-02",
        "Al-Furat Resistance Media",
        "2024-08-15",
        "partisan 'resistance' outlet",
        "eastern Syria: rockets on the Conoco base in two versions (the claim with 'no fewer than eight ... killed or "
        "wounded' / a US official's 'no injuries'), a US strike in al-Mayadin in two versions (five dead 'among them "
        "two brothers aged 14 and 16' / 'several militants'), a tribal-SDF clash in two tolls, a drone shot down, a "
        "count, a conditional threat, a metaphor and a forecast",
        T02,
        E02,
    )
)
WEEKDAYS += [
    ("dev-aj-02", "late on Tuesday", "2024-08-13", "Tuesday"),
    ("dev-aj-02", "On Wednesday / on Wednesday evening", "2024-08-14", "Wednesday"),
]

# =============================================================================
# dev-aj-03  wire story - Iraq's Kirkuk: the Wadi al-Shay valley, near Hawija, Kirkuk city's Wahid Huzairan and Tisin (Tue 11 Mar 2025)
# =============================================================================
T03 = """Roadside bomb kills Iraqi soldiers near Kirkuk; air strike near Hawija disputed

KIRKUK, Iraq, March 11 (Tigris Wire) - Three Iraqi soldiers were killed and two wounded when a roadside bomb struck their patrol in the Wadi al-Shay valley south of Kirkuk on Monday, security sources said, in one of the deadliest attacks in the province this year.

An army officer said the device had been buried in a dirt track used by patrols hunting Islamic State hideouts. One of the wounded men died in hospital overnight, a medical source said on Tuesday, bringing the death toll to four.

No group claimed the attack. Officials blamed Islamic State remnants who still move between the valley and the Hamrin mountains, though a local commander did not rule out "smugglers with their own scores to settle".

Hours after the bombing, Iraqi F-16 jets struck what the military's Security Media Cell described as an Islamic State hideout near Hawija, west of Kirkuk, killing four militants. A tribal elder from the area, speaking on condition of anonymity, disputed that account, saying the jets had hit a shepherds' shelter and killed three members of one family, among them a 15-year-old boy.

In Kirkuk city, police arrested two suspected Islamic State members in the Wahid Huzairan neighbourhood on Sunday, the provincial police command said.

Late on Saturday, someone threw a hand grenade at the home of a Turkmen provincial council member in the Tisin neighbourhood, damaging the front gate. No one was hurt, police said.

At least 11 members of the security forces have been killed in Kirkuk province since January, according to a tally by Tigris Wire based on official statements.

Islamic State fighters overran Hawija in 2014 and held it until Iraqi forces and allied paramilitaries drove them out in October 2017. Security analysts warn that attacks could rise again if joint patrols with Kurdish Peshmerga forces, suspended since late last year, are not resumed.

(Reporting by Tigris Wire's Kirkuk bureau; editing by the Baghdad desk)
"""

IRQ03 = IRQARMY + ["Iraqi soldiers", "soldiers", "patrol", "Iraqi F-16 jets", "F-16 jets", "Iraqi Air Force",
                   "Security Media Cell", "military"]
ISIS03 = ISIS + ["Islamic State remnants", "Islamic State members", "Islamic State hideout", "militants",
                 "Islamic State fighters", "smugglers"]
KRKPOL = ["police", "Kirkuk police", "provincial police command", "Police Forces of Iraq"]
WADI_SHAY = L(["Wadi al-Shay", "Wadi al-Shay valley", "south of Kirkuk", "Kirkuk"], cc="IQ")
HAWIJA = L(["Hawija", "near Hawija", "west of Kirkuk"], 35.32, 43.76, "IQ")
KIRKUK = L(["Kirkuk", "Kirkuk city", "Wahid Huzairan", "Tisin", "Tisin neighbourhood"], 35.47, 44.39, "IQ")
KRKPROV = L(["Kirkuk province", "Kirkuk"], cc="IQ")
TW = ["Tigris Wire", "security sources", "author"]
E03 = [
    # the toll told, then revised a sentence later ("One of the wounded men died ... bringing the death toll to
    # four") -> killed 3..4, injured 1..2 folded in; blamed on IS remnants, "smugglers" not ruled out -> both plus
    # unknown; the valley -> names and country
    E(True, "Three Iraqi soldiers were killed and two wounded when a roadside bomb struck their patrol in the Wadi "
      "al-Shay valley south of Kirkuk on Monday", EXP, IED, actor1=ISIS03 + UNK, actor2=IRQ03, location=WADI_SHAY,
      date=D("2025-03-10"), killed=R(3, 4), injured=R(1, 2), source=TW + ["army officer", "medical source"]),
    E(False, "One of the wounded men died in hospital overnight", EXP, IED, actor1=ISIS03 + UNK, actor2=IRQ03,
      location=WADI_SHAY, date=D("2025-03-10", "2025-03-11"), killed=R(4), source=["medical source"]),
    # the headline's copy
    E(False, "Roadside bomb kills Iraqi soldiers near Kirkuk", EXP, IED, actor1=UNK + ISIS03, actor2=IRQ03,
      location=WADI_SHAY, date=D("2025-03-10"), source=TW),
    # one strike, two objects and two tolls -> one core event per version; "Hours after the bombing" on Monday ->
    # Monday or Tuesday; "near Hawija" -> Hawija's point
    E(True, "Iraqi F-16 jets struck what the military's Security Media Cell described as an Islamic State hideout "
      "near Hawija, west of Kirkuk, killing four militants", EXP, AIR, actor1=IRQ03, actor2=ISIS03,
      location=HAWIJA, date=D("2025-03-10", "2025-03-11"), killed=R(4),
      source=["Security Media Cell", "Iraqi military", "military"]),
    E(True, "the jets had hit a shepherds' shelter and killed three members of one family, among them a 15-year-old "
      "boy", EXP, AIR, actor1=IRQ03, actor2=CIV + ["shepherds", "shepherds' shelter", "family"], location=HAWIJA,
      date=D("2025-03-10", "2025-03-11"), killed=R(3), source=["tribal elder", "elder"]),
    E(True, "police arrested two suspected Islamic State members in the Wahid Huzairan neighbourhood on Sunday",
      STR, ARRESTS, actor1=KRKPOL, actor2=ISIS03 + ["suspects", "two suspected Islamic State members"],
      location=KIRKUK, date=D("2025-03-09"), source=KRKPOL + TW),
    # "No one was hurt" -> killed and injured 0..0; "someone" -> unknown; "Late on Saturday" -> Saturday
    E(True, "someone threw a hand grenade at the home of a Turkmen provincial council member in the Tisin "
      "neighbourhood", EXP, GRENADE, actor1=UNK, actor2=CIV + ["Turkmen provincial council member",
                                                                  "council member", "home"],
      location=KIRKUK, date=D("2025-03-08"), killed=R(0), injured=R(0), source=["police"] + TW),
    # the province's count -> aggregate
    E(False, "At least 11 members of the security forces have been killed in Kirkuk province since January", EXP,
      IED, actor1=ISIS03 + UNK, actor2=IRQ03 + ["security forces"], location=KRKPROV,
      date=D("2025-01-01", "2025-03-11"), killed=R(11, None), source=TW, aggregate=True),
    # background: 2014 and 2017
    E(False, "Islamic State fighters overran Hawija in 2014", BAT, NSAOVER, actor1=ISIS03, actor2=IRQ03,
      location=HAWIJA, date=D("2014-01-01", "2014-12-31"), source=TW),
    E(False, "held it until Iraqi forces and allied paramilitaries drove them out in October 2017", BAT, GOVREGAIN,
      actor1=IRQ03 + ["allied paramilitaries", "Popular Mobilisation Forces", "PMF"], actor2=ISIS03,
      location=HAWIJA, date=D("2017-10-01", "2017-10-31"), source=TW),
    # the analysts' conditional -> hypothetical
    E(False, "attacks could rise again if joint patrols with Kurdish Peshmerga forces", EXP, IED, actor1=ISIS03,
      actor2=IRQ03, location=KRKPROV, source=["Security analysts", "analysts"], status="hypothetical"),
    # no gold: "the deadliest attacks in the province this year" (a comparison), "No group claimed the attack", the
    # suspension of joint patrols (no act in the taxonomy told with a date)
]
DOCS.append(
    (
        "dev-aj-03",
        "Tigris Wire",
        "2025-03-11",
        "wire story",
        "Iraq/Kirkuk: a roadside bomb in the Wadi al-Shay valley whose toll is revised a sentence later, blamed on IS "
        "'remnants' or 'smugglers', an air strike near Hawija in two versions (four militants / three of one family, "
        "'a 15-year-old boy'), arrests on 'Sunday', a grenade 'Late on Saturday' ('No one was hurt'), a count, 2014 "
        "and 2017 background, a conditional",
        T03,
        E03,
    )
)
WEEKDAYS += [
    ("dev-aj-03", "on Monday", "2025-03-10", "Monday"),
    ("dev-aj-03", "on Tuesday / March 11", "2025-03-11", "Tuesday"),
    ("dev-aj-03", "on Sunday", "2025-03-09", "Sunday"),
    ("dev-aj-03", "Late on Saturday", "2025-03-08", "Saturday"),
]

# =============================================================================
# dev-aj-04  local news site with a correction notice - southern Iraq: Zubair's al-Shuaiba area, central Basra, the port of Umm Qasr (Thu 17 Jul 2025)
# =============================================================================
T04 = """Tribal gunfight in Zubair leaves two dead; grenade hits Basra phone shop; dockers' sit-in broken up at Umm Qasr

Basra Now | Local news | First published July 16, 2025 | Updated July 17, 2025

BASRA - A long-running quarrel between two clans over farmland erupted into a gunfight in the al-Shuaiba area of Zubair district on Tuesday evening, leaving four people dead and several wounded, a police source told Basra Now. Rifles and rocket-propelled grenades were used for nearly two hours before an army unit moved in to separate the sides.

The army said on Wednesday morning that it had arrested seven gunmen from both clans and seized a truckload of weapons.

Early on Wednesday, an unidentified man threw a hand grenade at a mobile phone shop on Algeria Street in central Basra, wounding the owner's brother and a passer-by. The owner told Basra Now he had refused to pay "protection money" to an armed faction he would not name.

At the port of Umm Qasr, south of Basra, hundreds of contract dock workers staged a sit-in at the main gate on Wednesday to demand permanent jobs. Riot police pushed them back with batons, and at least three workers were hurt, the workers' committee said. The port company insisted that loading "continued normally throughout the day".

Basra police recorded 38 tribal clashes across the province in the first half of the year, according to figures seen by Basra Now. Elders from the two Zubair clans warned that more blood could be spilled if compensation is not agreed within days.

Many residents still remember September 2018, when angry crowds set fire to government buildings and the Iranian consulate in the city during protests over polluted water.

"Every summer the same story: heat, no electricity, and guns," said a shopkeeper in Zubair.

CORRECTION (July 17): An earlier version of this article said four people were killed in the Zubair clash. Police later said two people were killed and two others remain in critical condition. The headline has been updated.
"""

CLANS04 = ["clans", "two clans", "clan", "tribes", "tribal gunmen", "gunmen", "Zubair clans"]
IQARMY04 = IRQARMY + ["army unit"]
SHUAIBA = L(["al-Shuaiba", "Zubair", "Zubair district", "al-Zubair"], 30.39, 47.70, "IQ")
BASRA = L(["Basra", "central Basra", "Algeria Street"], 30.51, 47.81, "IQ")
UMMQASR = L(["Umm Qasr", "port of Umm Qasr", "south of Basra"], 30.03, 47.95, "IQ")
BASRAPROV = L(["Basra province", "Basra"], cc="IQ")
BN = ["Basra Now", "police source", "author"]
E04 = [
    # two clans' gunmen -> Battles between identity militias; the correction's two dead -> killed 2 on the core,
    # "several wounded" -> injured 3..open; the first version's four -> a non-core copy with its own number
    E(True, "A long-running quarrel between two clans over farmland erupted into a gunfight in the al-Shuaiba area "
      "of Zubair district on Tuesday evening", BAT, CLASH, actor1=CLANS04, actor2=CLANS04, location=SHUAIBA,
      date=D("2025-07-15"), killed=R(2), injured=R(3, None), source=BN + ["police", "Police"]),
    E(False, "leaving four people dead and several wounded", BAT, CLASH, actor1=CLANS04, actor2=CLANS04,
      location=SHUAIBA, date=D("2025-07-15"), killed=R(4), injured=R(3, None), source=BN),
    E(False, "Police later said two people were killed and two others remain in critical condition", BAT, CLASH,
      actor1=CLANS04, actor2=CLANS04, location=SHUAIBA, date=D("2025-07-15"), killed=R(2), injured=R(2, None),
      source=["Police", "police"] + BN),
    E(False, "Tribal gunfight in Zubair leaves two dead", BAT, CLASH, actor1=CLANS04, actor2=CLANS04,
      location=SHUAIBA, date=D("2025-07-15"), killed=R(2), source=BN),
    # arrests "said on Wednesday morning" -> by Wednesday (the night after the clash or that morning)
    E(True, "it had arrested seven gunmen from both clans and seized a truckload of weapons", STR, ARRESTS,
      actor1=IQARMY04, actor2=CLANS04 + ["seven gunmen"], location=SHUAIBA, date=D("2025-07-15", "2025-07-16"),
      source=IQARMY04),
    # "an unidentified man" with an unnamed "armed faction" behind him (the owner's suspicion) -> unknown plus the
    # faction
    E(True, "an unidentified man threw a hand grenade at a mobile phone shop on Algeria Street in central Basra, "
      "wounding the owner's brother and a passer-by", EXP, GRENADE,
      actor1=UNK + ["unidentified man", "armed faction"], actor2=CIV + ["mobile phone shop", "owner's brother",
                                                                       "passer-by", "shop"],
      location=BASRA, date=D("2025-07-16"), injured=R(2), source=BN),
    E(False, "grenade hits Basra phone shop", EXP, GRENADE, actor1=UNK, actor2=CIV + ["phone shop"],
      location=BASRA, date=D("2025-07-16"), source=BN),
    # a sit-in pushed back with batons, three hurt -> Protest with intervention (no lethal force); "at least three"
    # -> 3..open
    E(True, "hundreds of contract dock workers staged a sit-in at the main gate on Wednesday to demand permanent jobs",
      PRO, INTERVENTION, **PROTEST_SIDES(["Riot police", "police", "Police Forces of Iraq"] +
                                         ["dock workers", "contract dock workers", "workers"]),
      location=UMMQASR, date=D("2025-07-16"), injured=R(3, None), source=["workers' committee"] + BN),
    E(False, "dockers' sit-in broken up at Umm Qasr", PRO, INTERVENTION,
      **PROTEST_SIDES(["police"] + ["dockers"]), location=UMMQASR, date=D("2025-07-16"), source=BN),
    # a half-year count -> aggregate; the elders' conditional -> hypothetical; 2018 background
    E(False, "Basra police recorded 38 tribal clashes across the province in the first half of the year", BAT, CLASH,
      actor1=CLANS04, actor2=CLANS04, location=BASRAPROV, date=D("2025-01-01", "2025-06-30"),
      source=["Basra police"] + BN, aggregate=True),
    E(False, "more blood could be spilled if compensation is not agreed within days", BAT, CLASH, actor1=CLANS04,
      actor2=CLANS04, location=SHUAIBA, source=["Elders", "elders"], status="hypothetical"),
    E(False, "angry crowds set fire to government buildings and the Iranian consulate in the city", RIOT,
      VIOLENT, actor1=["angry crowds", "rioters", "crowds"] + PROTESTERS,
      actor2=["Iranian consulate", "government buildings", "Iran"], location=BASRA,
      date=D("2018-09-01", "2018-09-30"), source=BN),
    # no gold: the "protection money" (no act told), the port company's denial of disruption (no event denied),
    # "Every summer the same story" (opinion)
]
DOCS.append(
    (
        "dev-aj-04",
        "Basra Now",
        "2025-07-17",
        "local news site with a correction notice",
        "Iraq/Basra: a clan gunfight in Zubair first told as four dead and corrected to two in a notice, arrests, a "
        "grenade on a phone shop by 'an unidentified man' tied to an unnamed faction, a dockers' sit-in pushed back "
        "with batons ('at least three'), a half-year count, a conditional, 2018 background, opinion",
        T04,
        E04,
    )
)
WEEKDAYS += [
    ("dev-aj-04", "on Tuesday evening", "2025-07-15", "Tuesday"),
    ("dev-aj-04", "on Wednesday morning / Early on Wednesday / on Wednesday / July 16, 2025", "2025-07-16",
     "Wednesday"),
    ("dev-aj-04", "July 17, 2025", "2025-07-17", "Thursday"),
]

# =============================================================================
# dev-aj-05  live blog - Lebanon's Baalbek-Hermel: Baalbek city and its citadel, Douris, a road near Hermel, the Qasr border area (Wed 30 Oct 2024)
# =============================================================================
T05 = """Live: Israeli strikes hit Baalbek-Hermel after evacuation order for Baalbek city

Cedar Daily Live | Last updated 30 October 2024, 22:10 Beirut time

22:10 - The health ministry has updated its toll for today's Israeli strikes in Baalbek-Hermel governorate: at least 60 people killed and 58 wounded across 16 towns and villages.

20:15 - Rescuers in Douris have recovered two more bodies from the rubble of the house hit this afternoon (see 17:50), raising the toll there to seven, the town's mayor says.

19:35 - Hezbollah says its air defence unit shot down an Israeli Hermes 450 drone over the Hermel area. The Israeli military said it was "looking into" the report.

17:50 - A strike on a house in Douris, on the southern edge of Baalbek, has killed a couple and their three children, the mayor tells our reporter. Neighbours are digging with their hands.

15:20 - The Israeli army says it has struck "dozens of Hezbollah weapons depots, launchers and command centres" in the Baalbek area since the morning.

13:05 - A strike on a car on the road near Hermel killed two people, the state-run National News Agency reports, naming them as a farmer and his nephew, both in their twenties. The Israeli army later said it had killed "a Hezbollah terrorist who smuggled weapons from Syria" in the Qasr area, near the border, without giving a number.

11:40 - A missile landed around 500 metres from the Roman temples of Baalbek's citadel, destroying a car park and damaging a hotel that had been empty since the morning, the governor's office says. No one was hurt.

"If they hit the citadel, they will be striking the heritage of all humanity," Governor Bachir Khodr told local television.

09:30 - Israeli army spokesman Avichay Adraee has ordered all residents of Baalbek city and the nearby villages of Ain Bourday and Douris to leave immediately, warning that the army will strike Hezbollah targets there "with force". Traffic jams are building on the road towards Zahle.

Background - The Bekaa valley has been struck almost daily since late September, when Israel widened its campaign against Hezbollah; the ministry says more than 2,800 people have been killed across Lebanon since October 2023.
"""

ISR05 = ISRAEL + ["Israeli strikes", "Israeli drone", "Avichay Adraee"]
HEZB05 = HEZB + ["Hezbollah terrorist", "its air defence unit", "Hezbollah weapons depots", "Hezbollah targets"]
BAALBEK = L(["Baalbek", "Baalbek city", "Baalbek area", "citadel", "Baalbek's citadel"], 34.00, 36.21, "LB")
DOURIS = L(["Douris", "southern edge of Baalbek", "Baalbek"], 33.99, 36.20, "LB")
HERMEL = L(["Hermel", "road near Hermel", "Hermel area"], 34.39, 36.38, "LB")
QASR = L(["Qasr", "Qasr area", "Hermel", "near the border"], cc="LB")
BHGOV = L(["Baalbek-Hermel governorate", "Baalbek-Hermel", "Bekaa valley", "Bekaa"], cc="LB")
CDL = ["Cedar Daily", "Cedar Daily Live", "our reporter", "author"]
MOH05 = ["health ministry", "ministry", "Lebanese health ministry", "Ministry of Public Health"]
E05 = [
    # the day's toll across 16 places -> aggregate
    E(False, "at least 60 people killed and 58 wounded across 16 towns and villages", EXP, AIR, actor1=ISR05,
      actor2=CIV + HEZB05, location=BHGOV, date=D("2024-10-30"), killed=R(60, None), injured=R(58), source=MOH05,
      aggregate=True),
    # "a couple and their three children" -> 5, raised to seven in a later entry -> killed 5..7 on the core, the
    # update a non-core copy
    E(True, "A strike on a house in Douris, on the southern edge of Baalbek, has killed a couple and their three "
      "children", EXP, AIR, actor1=ISR05, actor2=CIV + ["house", "couple", "three children"], location=DOURIS,
      date=D("2024-10-30"), killed=R(5, 7), source=["mayor", "the town's mayor"] + CDL),
    E(False, "raising the toll there to seven", EXP, AIR, actor1=ISR05, actor2=CIV, location=DOURIS,
      date=D("2024-10-30"), killed=R(7), source=["mayor", "the town's mayor"]),
    # a drone downed, claimed -> Disrupted weapons use, core, sourced to Hezbollah
    E(True, "its air defence unit shot down an Israeli Hermes 450 drone over the Hermel area", STR, DISRUPT,
      actor1=HEZB05, actor2=ISR05 + ["Hermes 450"], location=HERMEL, date=D("2024-10-30"), source=HEZB),
    # "dozens of ... depots" over a day -> aggregate (no single place or toll)
    E(False, 'it has struck "dozens of Hezbollah weapons depots, launchers and command centres" in the Baalbek area',
      EXP, AIR, actor1=ISR05, actor2=HEZB05, location=BAALBEK, date=D("2024-10-30"),
      source=["Israeli army", "Israeli military"], aggregate=True),
    # one car strike, two victims' identities: NNA's farmer and nephew (2 killed) / the army's "Hezbollah
    # terrorist" near the border (no number) -> one core event per version
    E(True, "A strike on a car on the road near Hermel killed two people", EXP, AIR, actor1=ISR05 + UNK,
      actor2=CIV + ["car", "farmer", "nephew"], location=HERMEL, date=D("2024-10-30"), killed=R(2),
      source=["National News Agency", "NNA", "state-run National News Agency"]),
    E(True, 'it had killed "a Hezbollah terrorist who smuggled weapons from Syria" in the Qasr area, near the border',
      EXP, AIR, actor1=ISR05, actor2=HEZB05, location=QASR, date=D("2024-10-30"),
      source=["Israeli army", "Israeli military"]),
    # "No one was hurt" -> 0..0; the missile is unattributed in the entry but the blog's frame is Israel's strikes
    E(True, "A missile landed around 500 metres from the Roman temples of Baalbek's citadel, destroying a car park "
      "and damaging a hotel", EXP, AIR, actor1=ISR05 + UNK, actor2=CIV + ["car park", "hotel", "citadel"],
      location=BAALBEK, date=D("2024-10-30"), killed=R(0), injured=R(0), source=["governor's office"] + CDL),
    # the governor's conditional -> hypothetical; the evacuation warning -> planned
    E(False, "If they hit the citadel, they will be striking the heritage of all humanity", EXP, AIR, actor1=ISR05,
      actor2=["citadel", "Roman temples"], location=BAALBEK, source=["Bachir Khodr", "Governor"],
      status="hypothetical"),
    E(False, 'the army will strike Hezbollah targets there "with force"', EXP, AIR, actor1=ISR05, actor2=HEZB05,
      location=BAALBEK, source=["Avichay Adraee", "Israeli army spokesman", "Israeli army"], status="planned"),
    # background tallies
    E(False, "The Bekaa valley has been struck almost daily since late September", EXP, AIR, actor1=ISR05,
      actor2=HEZB05 + CIV, location=BHGOV, date=D("2024-09-20", "2024-10-30"), source=CDL, aggregate=True),
    E(False, "more than 2,800 people have been killed across Lebanon since October 2023", EXP, AIR, actor1=ISR05,
      actor2=CIV + HEZB05, location=L(["Lebanon"], cc="LB"), date=D("2023-10-01", "2024-10-30"),
      killed=R(2801, None), source=MOH05, aggregate=True),
    E(False, "Israeli strikes hit Baalbek-Hermel", EXP, AIR, actor1=ISR05, location=BHGOV, date=D("2024-10-30"),
      source=CDL, aggregate=True),
    # no gold: "Neighbours are digging with their hands", the army "looking into" the drone report (no denial),
    # the traffic jams (displacement)
]
DOCS.append(
    (
        "dev-aj-05",
        "Cedar Daily (live blog)",
        "2024-10-30",
        "live blog",
        "Lebanon/Baalbek-Hermel: entries in reverse order under times of day - an evacuation order (planned), a "
        "missile near the citadel ('No one was hurt'), a car strike near Hermel in two versions (a farmer and his "
        "nephew / 'a Hezbollah terrorist'), the army's 'dozens of' depots, a house in Douris ('a couple and their three "
        "children', raised to seven in a later entry), a drone shot down (a claim), the day's toll, a conditional, "
        "background tallies",
        T05,
        E05,
    )
)
WEEKDAYS += [
    ("dev-aj-05", "30 October 2024", "2024-10-30", "Wednesday"),
]

# =============================================================================
# dev-aj-06  feature with quotes - the Golan and northern Israel: Majdal Shams, Safed, Kiryat Shmona (Fri 20 Sep 2024)
# =============================================================================
T06 = """In Majdal Shams, the pitch is silent. In Safed, the sirens are not

Galilee & Golan Weekly | Feature | September 20, 2024 | By Noa Adler

MAJDAL SHAMS, Golan Heights - The artificial grass is still scorched where the rocket hit. On July 27, a rocket struck this football pitch in the Druze town and killed 12 children and teenagers aged 10 to 16. Israel blamed Hezbollah, which denied firing at the town.

"Since that Saturday, every siren feels like it is for my son," says Wafaa, whose 12-year-old survived with shrapnel in his legs. "We live on the edge of a volcano."

The sirens kept sounding this week. On Tuesday afternoon a rocket fired from Lebanon landed in an orchard on the eastern edge of Majdal Shams and set the dry grass alight, the local council said. No one was hurt.

Forty kilometres to the south-west, the hill city of Safed had its own night. On Wednesday night Hezbollah said it had fired "a salvo of Katyusha rockets" at the Northern Command headquarters in Safed "in response to the enemy's massacres". The army said about ten rockets were launched and that most were intercepted.

Magen David Adom paramedics treated a man in his fifties who was lightly hurt by shrapnel in a residential street, and two women were treated for shock. A shopkeeper, Avi, showed us the hole in his awning. "The interceptors did their job," he said. "Mostly."

On Thursday morning, an explosive drone launched from Lebanon hit an empty parking lot in an industrial zone in Kiryat Shmona. The army said the drone was one of two; the second was shot down over the Hula valley. There were no injuries.

The army says more than 8,000 rockets, missiles and drones have been fired from Lebanon at Israel since last October.

Residents on both sides of the old ceasefire line say they want the same thing. "If the government does not push Hezbollah back from the border, the north will empty for good," said Yossi, a member of Safed's city council, who believes a ground operation in Lebanon is only weeks away.

In Majdal Shams, the coach of the youth team is trying to restart practice. "The children need to run," he said. "They cannot grow up in a shelter."
"""

HEZB06 = HEZB + ["from Lebanon", "launched from Lebanon"]
ISR06 = ISRAEL + ["army", "the army", "interceptors", "Iron Dome"]
MAJDAL = L(["Majdal Shams", "eastern edge of Majdal Shams", "Golan Heights", "football pitch"], 33.27, 35.77, "IL")
SAFED = L(["Safed", "Tzfat", "Northern Command headquarters", "residential street"], 32.96, 35.50, "IL")
KSHMONA = L(["Kiryat Shmona", "industrial zone"], 33.21, 35.57, "IL")
HULA = L(["Hula valley", "Hula"], cc="IL")
GGW = ["Galilee & Golan Weekly", "Noa Adler", "author"]
E06 = [
    # background: the July 27 strike (a brief reference), Israel's blame and Hezbollah's denial -> non-core;
    # Majdal Shams is coded with Israel's country code as most datasets code the occupied Golan (names carry the
    # Golan Heights)
    E(False, "a rocket struck this football pitch in the Druze town and killed 12 children and teenagers aged 10 to "
      "16", EXP, SHELL, actor1=HEZB06 + UNK, actor2=CIV + ["children", "teenagers", "football pitch"],
      location=MAJDAL, date=D("2024-07-27"), killed=R(12), source=GGW),
    E(False, "Israel blamed Hezbollah", EXP, SHELL, actor1=HEZB, actor2=CIV, location=MAJDAL, date=D("2024-07-27"),
      source=ISRAEL),
    E(False, "which denied firing at the town", EXP, SHELL, actor1=HEZB, actor2=CIV, location=MAJDAL,
      date=D("2024-07-27"), source=HEZB, status="denied"),
    # "a rocket fired from Lebanon" with no group named -> unknown plus Hezbollah; "No one was hurt" -> 0..0
    E(True, "a rocket fired from Lebanon landed in an orchard on the eastern edge of Majdal Shams and set the dry "
      "grass alight", EXP, SHELL, actor1=UNK + HEZB06, actor2=CIV + ["orchard"], location=MAJDAL,
      date=D("2024-09-17"), killed=R(0), injured=R(0), source=["local council"] + GGW),
    # one salvo, two objects: Hezbollah's headquarters / MDA's residential street with one hurt -> one core event
    # per version; "On Wednesday night" -> both days; the shock cases are not wounds -> injured 1
    E(True, 'it had fired "a salvo of Katyusha rockets" at the Northern Command headquarters in Safed', EXP, SHELL,
      actor1=HEZB06, actor2=ISR06 + ["Northern Command headquarters", "Northern Command"], location=SAFED,
      date=D("2024-09-18", "2024-09-19"), source=HEZB),
    E(True, "Magen David Adom paramedics treated a man in his fifties who was lightly hurt by shrapnel in a "
      "residential street", EXP, SHELL, actor1=HEZB06 + UNK, actor2=CIV + ["man in his fifties", "residential street"],
      location=SAFED, date=D("2024-09-18", "2024-09-19"), injured=R(1), source=["Magen David Adom", "MDA"] + GGW),
    # the interceptions -> Disrupted weapons use; "about ten ... most were intercepted" -> no number field
    E(True, "The army said about ten rockets were launched and that most were intercepted", STR, DISRUPT,
      actor1=ISR06, actor2=HEZB06 + ["rockets"], location=SAFED, date=D("2024-09-18", "2024-09-19"),
      source=["army", "Israeli army", "IDF"]),
    # a drone on a car park, "There were no injuries" -> injured 0..0 only; the second drone shot down -> its own
    # Disrupted weapons use event
    E(True, "an explosive drone launched from Lebanon hit an empty parking lot in an industrial zone in Kiryat Shmona",
      EXP, AIR, actor1=HEZB06 + UNK, actor2=CIV + ["parking lot", "industrial zone"], location=KSHMONA,
      date=D("2024-09-19"), injured=R(0), source=["army"] + GGW),
    E(True, "the second was shot down over the Hula valley", STR, DISRUPT, actor1=ISR06,
      actor2=HEZB06 + UNK + ["drone"], location=HULA, date=D("2024-09-19"), source=["army", "Israeli army", "IDF"]),
    E(False, "more than 8,000 rockets, missiles and drones have been fired from Lebanon at Israel since last October",
      EXP, SHELL, actor1=HEZB06, actor2=ISR06 + CIV, location=L(["northern Israel", "Israel"], cc="IL"),
      date=D("2023-10-01", "2024-09-20"), source=["army", "Israeli army", "IDF"], aggregate=True),
    # the councillor's conditional and his belief in a coming ground operation -> hypothetical / possible
    E(False, "If the government does not push Hezbollah back from the border, the north will empty for good", BAT,
      CLASH, actor1=ISR06, actor2=HEZB, location=L(["Lebanon", "border"], cc="LB"), source=["Yossi"],
      status="hypothetical"),
    E(False, "a ground operation in Lebanon is only weeks away", BAT, CLASH, actor1=ISR06, actor2=HEZB,
      location=L(["Lebanon"], cc="LB"), source=["Yossi"], status="possible"),
    # no gold: "every siren feels like it is for my son", "We live on the edge of a volcano" (a metaphor), the
    # awning, "The interceptors did their job", the coach's words
]
DOCS.append(
    (
        "dev-aj-06",
        "Galilee & Golan Weekly",
        "2024-09-20",
        "feature with quotes",
        "the Golan and northern Israel: the July 27 Majdal Shams strike as background with Israel's blame and "
        "Hezbollah's denial, a rocket 'fired from Lebanon' on an orchard ('No one was hurt'), a salvo on Safed in two "
        "versions (Hezbollah's headquarters / MDA's wounded man) and its interception, a drone on Kiryat Shmona ('no "
        "injuries') and a second shot down, a count, a conditional, a belief, metaphors and quotes",
        T06,
        E06,
    )
)
WEEKDAYS += [
    ("dev-aj-06", "that Saturday (July 27)", "2024-07-27", "Saturday"),
    ("dev-aj-06", "On Tuesday afternoon", "2024-09-17", "Tuesday"),
    ("dev-aj-06", "On Wednesday night (start)", "2024-09-18", "Wednesday"),
    ("dev-aj-06", "On Thursday morning / Wednesday night (end)", "2024-09-19", "Thursday"),
    ("dev-aj-06", "September 20, 2024", "2024-09-20", "Friday"),
]

# =============================================================================
# dev-aj-07  NGO flash alert with graded sources - Gaza's Rafah crossing area: Tal al-Sultan, the Shaboura area, the crossing road, the Kerem Shalom crossing (Fri 10 May 2024)
# =============================================================================
T07 = """FLASH ALERT 7 - Rafah: crossing shut, shelling near shelters, partner driver hurt

Mediterranean Relief Coalition | Flash alert for partners and donors | 10 May 2024

Source grading: A = confirmed by our own staff; B = reported by a partner clinic or agency; C = unverified.

1. ACCESS
The Rafah crossing has been shut since Israeli forces took control of its Palestinian side on Tuesday morning. The Kerem Shalom crossing has been closed to most traffic since Sunday, when a rocket and mortar attack claimed by Hamas's armed wing killed four Israeli soldiers near it. No fuel has entered the Strip for four days.

2. INCIDENTS
- On Wednesday night, tank shells landed near a tent encampment in Tal al-Sultan, in western Rafah, killing a woman and her three-year-old grandson and wounding six other people. (B: partner clinic)
- On Thursday, an air strike flattened a two-storey house in the Shaboura area of Rafah, killing at least seven members of one family, according to the Civil Defence. The Israeli army said it had struck "a Hamas military compound" in the area. (B)
- On Thursday afternoon, dozens of Israeli protesters blocked the road to Kerem Shalom, stopped two aid trucks and threw food parcels onto the road, drivers told us. (B)
- Our partner's driver, a 34-year-old father of four, was reportedly wounded by gunfire on the road leading to the crossing on Wednesday. Where the fire came from is unclear. (C)

3. FIGURES
The Ministry of Health in Gaza reports that more than 34,900 people have been killed in the Strip since 7 October. Around 110,000 people have left Rafah since Monday, the UN says.

4. OUTLOOK
A full-scale ground offensive into Rafah's crowded centre would put more than a million people at extreme risk. Our teams could be forced to suspend all work in the south within days if fuel does not arrive.

5. ASKS
We call on all parties to reopen both crossings, to protect aid workers and to allow fuel in without delay. Humanitarian operations in Rafah are hanging by a thread.

Contact: emergency desk, Mediterranean Relief Coalition.
"""

ISR07 = ISRAEL + ["tank", "tank shells", "Israeli army"]
HAMAS07 = HAMAS + ["Hamas's armed wing", "Hamas military compound"]
RAFXING = L(["Rafah crossing", "Palestinian side", "Rafah"], 31.25, 34.26, "PS")
TALSULTAN = L(["Tal al-Sultan", "western Rafah", "Rafah", "tent encampment"], 31.31, 34.23, "PS")
RAFAH07 = L(["Rafah", "Shaboura", "Shaboura area"], 31.29, 34.25, "PS")
KSHALOM = L(["Kerem Shalom", "Kerem Shalom crossing", "road to Kerem Shalom"], 31.23, 34.28, "IL")
XROAD = L(["road leading to the crossing", "Rafah crossing", "Rafah"], 31.25, 34.26, "PS")
MRC = ["Mediterranean Relief Coalition", "author"]
E07 = [
    # background of the alert's "Since ..." clauses -> non-core; the seizure has no ACLED sub-type of its own here
    # -> Strategic developments/Other
    E(False, "Israeli forces took control of its Palestinian side on Tuesday morning", STR, OTHER, actor1=ISR07,
      actor2=HAMAS + ["Palestinian side"], location=RAFXING, date=D("2024-05-07"), source=MRC),
    E(False, "a rocket and mortar attack claimed by Hamas's armed wing killed four Israeli soldiers near it", EXP,
      SHELL, actor1=HAMAS07, actor2=ISR07 + ["Israeli soldiers"], location=KSHALOM, date=D("2024-05-05"),
      killed=R(4), source=MRC + HAMAS),
    # grade B; a grandmother and grandson by age -> 2 killed, 6 wounded; "On Wednesday night" -> both days; "in
    # western Rafah" -> Tal al-Sultan's point
    E(True, "tank shells landed near a tent encampment in Tal al-Sultan, in western Rafah, killing a woman and her "
      "three-year-old grandson and wounding six other people", EXP, SHELL, actor1=ISR07,
      actor2=CIV + ["tent encampment", "woman", "grandson"], location=TALSULTAN, date=D("2024-05-08", "2024-05-09"),
      killed=R(2), injured=R(6), source=["partner clinic"] + MRC),
    # one strike, two objects -> one core event per version; "at least seven" -> 7..open
    E(True, "an air strike flattened a two-storey house in the Shaboura area of Rafah, killing at least seven members "
      "of one family", EXP, AIR, actor1=ISR07 + UNK, actor2=CIV + ["house", "family"], location=RAFAH07,
      date=D("2024-05-09"), killed=R(7, None), source=["Civil Defence", "Palestinian Civil Defence"] + MRC),
    E(True, 'The Israeli army said it had struck "a Hamas military compound" in the area', EXP, AIR, actor1=ISR07,
      actor2=HAMAS07, location=RAFAH07, date=D("2024-05-09"), source=["Israeli army", "IDF"]),
    # protesters blocking trucks and throwing aid onto the road -> Riots/Violent demonstration (property damaged)
    E(True, "dozens of Israeli protesters blocked the road to Kerem Shalom, stopped two aid trucks and threw food "
      "parcels onto the road", RIOT, VIOLENT,
      actor1=["Israeli protesters", "protesters", "rioters"], actor2=["aid trucks", "trucks", "drivers"],
      location=KSHALOM, date=D("2024-05-09"), source=["drivers"] + MRC),
    # grade C, "reportedly", the shooter unknown -> core, status possible; a driver -> civilian; the road to the
    # crossing -> the crossing's point
    E(True, "Our partner's driver, a 34-year-old father of four, was reportedly wounded by gunfire on the road leading "
      "to the crossing on Wednesday", VAC, ATTACK, actor1=UNK, actor2=CIV + ["driver", "partner's driver"],
      location=XROAD, date=D("2024-05-08"), injured=R(1), source=MRC, status="possible"),
    # tallies -> aggregate
    E(False, "more than 34,900 people have been killed in the Strip since 7 October", EXP, AIR, actor1=ISR07,
      actor2=CIV, location=L(["Gaza Strip", "Gaza", "the Strip"], cc="PS"), date=D("2023-10-07", "2024-05-10"),
      killed=R(34901, None), source=["Ministry of Health in Gaza", "Ministry of Health", "Gaza health ministry"],
      aggregate=True),
    # the outlook's conditional -> hypothetical
    E(False, "A full-scale ground offensive into Rafah's crowded centre would put more than a million people at "
      "extreme risk", BAT, CLASH, actor1=ISR07, actor2=HAMAS, location=RAFAH07, source=MRC, status="hypothetical"),
    # no gold: the crossings' closure and the fuel (no act), the displacement figure, the asks, "hanging by a thread"
    # (a metaphor), the headline's fragments
]
DOCS.append(
    (
        "dev-aj-07",
        "Mediterranean Relief Coalition (flash alert)",
        "2024-05-10",
        "NGO flash alert with graded sources",
        "Gaza/Rafah: the crossing's seizure and a Hamas attack near Kerem Shalom as background ('since Tuesday', "
        "'since Sunday'), tank shells near tents 'On Wednesday night' ('a woman and her three-year-old grandson'), a "
        "strike in two versions ('at least seven members of one family' / 'a Hamas military compound'), protesters "
        "dumping aid, a grade-C shooting of a driver ('reportedly', unknown fire), a tally, a conditional, a metaphor",
        T07,
        E07,
    )
)
WEEKDAYS += [
    ("dev-aj-07", "on Tuesday morning", "2024-05-07", "Tuesday"),
    ("dev-aj-07", "since Sunday", "2024-05-05", "Sunday"),
    ("dev-aj-07", "since Monday", "2024-05-06", "Monday"),
    ("dev-aj-07", "On Wednesday night (start) / on Wednesday", "2024-05-08", "Wednesday"),
    ("dev-aj-07", "On Thursday / On Thursday afternoon", "2024-05-09", "Thursday"),
]

# =============================================================================
# dev-aj-08  weekly maritime security brief - the Red Sea off Hodeidah: ships west and north-west of Hodeidah, Hodeidah port, Salif (Fri 14 Jun 2024)
# =============================================================================
T08 = """Red Sea weekly brief, 7-13 June: bulk carrier hit off Hodeidah; strikes on port; drone boats destroyed

Bab el-Mandeb Risk Desk | Weekly maritime security brief | Issued 14 June 2024

KEY JUDGEMENT: The threat to merchant shipping in the southern Red Sea remains HIGH. The week saw the first successful use of an uncrewed surface vessel against a merchant ship since the campaign began.

INCIDENTS

Wed 12 Jun - A Greek-owned bulk carrier was struck by an explosive-laden uncrewed surface vessel approximately 66 nautical miles west of Hodeidah, followed by an unidentified aerial projectile. The engine room flooded and the crew of 22 abandoned ship; one crew member, a Filipino engineer, is missing and presumed dead. The Houthis' military spokesman, Yahya Saree, claimed the attack.

Thu 13 Jun - A vessel reported two explosions in the water about 40 nautical miles north-west of Hodeidah. No damage or injuries were reported; the master could not say what caused them.

Mon 10 Jun - US and UK aircraft struck targets at Hodeidah port and near the Salif port, according to Houthi-run media, which said 16 people were killed and 41 wounded, among them port workers. US Central Command said the strikes destroyed radar sites and drone storage facilities and made no mention of casualties.

Sun 9 Jun - CENTCOM said its forces destroyed three uncrewed surface vessels and an anti-ship missile launcher in Houthi-controlled areas of Yemen "that presented an imminent threat". We assess this was most likely in the Hodeidah area.

ASSESSMENT
Since November, the Houthis have attacked or harassed more than 60 merchant vessels. Saree has vowed to extend operations to "any ship" heading to Israeli ports, and we judge that further surface-vessel attacks are likely within the next two weeks. Should the group acquire more capable boats, insurers may halt cover for the route altogether.

Guidance: vessels should keep AIS on only where necessary, maintain a 24-hour lookout and report any approach to UKMTO.
"""

HOUTHI08 = HOUTHI + ["Yahya Saree", "Houthi military spokesman"]
USUK = USA + ["United Kingdom", "British", "US and UK aircraft", "Military Forces of the United Kingdom"]
HOD = (14.80, 42.95)
SHIP1 = LKM(["66 nautical miles west of Hodeidah", "Red Sea", "west of Hodeidah", "Hodeidah"], *HOD, 66 * NM, 270)
SHIP2 = LKM(["40 nautical miles north-west of Hodeidah", "Red Sea", "north-west of Hodeidah", "Hodeidah"], *HOD,
            40 * NM, 315)
HODPORT = L(["Hodeidah port", "Hodeidah", "Hudaydah", "Salif", "Salif port"], 14.83, 42.93, "YE")
HODAREA = L(["Hodeidah area", "Hodeidah", "Houthi-controlled areas of Yemen", "Yemen"], 14.80, 42.95, "YE")
BMRD = ["Bab el-Mandeb Risk Desk", "author"]
E08 = [
    # a drone boat is a remote explosive -> Remote explosive/landmine/IED (ACLED codes waterborne IEDs so); the
    # aerial projectile follows in the same attack; "missing and presumed dead" -> killed 0..1; the claim folded in
    E(True, "A Greek-owned bulk carrier was struck by an explosive-laden uncrewed surface vessel approximately 66 "
      "nautical miles west of Hodeidah", EXP, IED, actor1=HOUTHI08,
      actor2=CIV + ["Greek-owned bulk carrier", "bulk carrier", "crew"], location=SHIP1, date=D("2024-06-12"),
      killed=R(0, 1), source=BMRD + ["Yahya Saree"] + HOUTHI),
    E(False, "The Houthis' military spokesman, Yahya Saree, claimed the attack", EXP, IED, actor1=HOUTHI08,
      actor2=CIV + ["bulk carrier"], location=SHIP1, date=D("2024-06-12"), source=["Yahya Saree"] + HOUTHI),
    E(False, "bulk carrier hit off Hodeidah", EXP, IED, actor1=HOUTHI08 + UNK, actor2=CIV + ["bulk carrier"],
      location=SHIP1, date=D("2024-06-12"), source=BMRD),
    # explosions with no cause known (no act, no type the text allows) -> non-core, unknown, status possible;
    # "No damage or injuries were reported" -> injured 0..0
    E(False, "A vessel reported two explosions in the water about 40 nautical miles north-west of Hodeidah", EXP,
      SHELL, actor1=UNK + HOUTHI08, actor2=CIV + ["vessel"], location=SHIP2, date=D("2024-06-13"), injured=R(0),
      source=["master", "vessel"] + BMRD, status="possible"),
    # one raid, two tellings (port workers among 16 dead / radar and drone sites, casualties unmentioned) -> one core
    # event per version
    E(True, "US and UK aircraft struck targets at Hodeidah port and near the Salif port, according to Houthi-run "
      "media", EXP, AIR, actor1=USUK, actor2=HOUTHI08 + CIV + ["port workers", "targets"], location=HODPORT,
      date=D("2024-06-10"), killed=R(16), injured=R(41), source=["Houthi-run media", "Houthi media"] + HOUTHI),
    E(True, "US Central Command said the strikes destroyed radar sites and drone storage facilities", EXP, AIR,
      actor1=USUK, actor2=HOUTHI08 + ["radar sites", "drone storage facilities"], location=HODPORT,
      date=D("2024-06-10"), source=["US Central Command", "CENTCOM"]),
    # boats and a launcher destroyed pre-emptively -> Disrupted weapons use; the place only assessed -> Hodeidah
    # area
    E(True, "CENTCOM said its forces destroyed three uncrewed surface vessels and an anti-ship missile launcher in "
      "Houthi-controlled areas of Yemen", STR, DISRUPT, actor1=USA, actor2=HOUTHI08 + ["uncrewed surface vessels"],
      location=HODAREA, date=D("2024-06-09"), source=["CENTCOM", "US Central Command"]),
    E(False, "drone boats destroyed", STR, DISRUPT, actor1=USA, actor2=HOUTHI08, location=HODAREA,
      date=D("2024-06-09"), source=BMRD),
    # the campaign's count -> aggregate; the vow -> planned; the desk's forecast -> possible; insurers' conditional
    # has no event
    E(False, "the Houthis have attacked or harassed more than 60 merchant vessels", EXP, SHELL, actor1=HOUTHI08,
      actor2=CIV + ["merchant vessels"], location=L(["Red Sea", "southern Red Sea"]),
      date=D("2023-11-01", "2024-06-14"), source=BMRD, aggregate=True),
    E(False, 'Saree has vowed to extend operations to "any ship" heading to Israeli ports', EXP, SHELL,
      actor1=HOUTHI08, actor2=CIV + ["any ship"], location=L(["Red Sea"]), source=["Yahya Saree"] + HOUTHI,
      status="planned"),
    E(False, "further surface-vessel attacks are likely within the next two weeks", EXP, IED, actor1=HOUTHI08,
      actor2=CIV, location=L(["Red Sea", "southern Red Sea"]), source=BMRD, status="possible"),
    # no gold: the key judgement's "first successful use" (a characterisation of the 12 June attack), the
    # guidance, the insurers' conditional
]
DOCS.append(
    (
        "dev-aj-08",
        "Bab el-Mandeb Risk Desk (weekly brief)",
        "2024-06-14",
        "weekly maritime security brief",
        "the Red Sea off Hodeidah: a drone-boat attack '66 nautical miles west of Hodeidah' ('missing and presumed "
        "dead') with the Houthi claim, unexplained explosions at sea, US-UK strikes on Hodeidah and Salif ports in two "
        "versions, drone boats destroyed in an assessed place, a campaign count, a vow, a forecast, a conditional",
        T08,
        E08,
    )
)
WEEKDAYS += [
    ("dev-aj-08", "Wed 12 Jun", "2024-06-12", "Wednesday"),
    ("dev-aj-08", "Thu 13 Jun", "2024-06-13", "Thursday"),
    ("dev-aj-08", "Mon 10 Jun", "2024-06-10", "Monday"),
    ("dev-aj-08", "Sun 9 Jun", "2024-06-09", "Sunday"),
    ("dev-aj-08", "Issued 14 June 2024", "2024-06-14", "Friday"),
]

# =============================================================================
# dev-aj-09  state news agency - Iran's Kurdistan province: the heights near Marivan, Sanandaj (Tue 4 Nov 2025)
# =============================================================================
T09 = """Two border guards martyred in terrorist attack near Marivan; terrorist team dismantled in Sanandaj

Kurdistan Province News Agency | Sanandaj | 4 November 2025

SANANDAJ - Two members of the border guard were martyred and a third was wounded on Sunday night when a terrorist team linked to the counter-revolutionary PJAK group opened fire on their post on the heights near Marivan, the provincial police commander announced on Monday.

"In the exchange of fire that followed, one of the terrorists was sent to hell and the others fled towards the Iraqi border," the commander said.

The terrorist group, in a statement on a website run from abroad, claimed that its fighters had killed at least five members of the "occupying regime's forces" in the operation, a claim the commander called "a ridiculous lie".

In a separate operation in Sanandaj on Saturday, the intelligence forces of the province arrested four members of a team which, according to the provincial intelligence department, had planned to carry out bomb attacks on public places during religious ceremonies. Explosives, detonators and two pistols were seized.

On Monday afternoon, thousands of the faithful people of Sanandaj gathered in the city's main square to condemn the cowardly crime and to honour the martyrs of the border guard.

A border guard official also rejected as "fabricated" reports by foreign-based so-called human rights outlets that guards had shot dead two kolbars near Marivan last week. "No shooting at civilians took place," he said.

Since the start of the Iranian year in March, eleven border guards have been martyred in the province, according to the police.

The commander of the IRGC Ground Force warned that his forces would strike the terrorists' bases in northern Iraq "if the Kurdistan Regional Government fails to disarm them". In 2022, he recalled, rioters directed by foreign enemies set fire to banks and public property in Sanandaj, and the province will not allow such sedition to return.

The enemies of the Islamic Republic, the official added, dream of turning the border into an open wound, but the vigilance of the people will defeat them.
"""

IRAN09 = ["Iran", "Iranian", "border guard", "border guards", "Iranian border guards", "Military Forces of Iran",
          "Police Forces of Iran", "police", "occupying regime's forces", "guards", "post"]
PJAK = ["PJAK", "Party of Free Life of Kurdistan", "Kurdistan Free Life Party", "terrorist team", "terrorist group",
        "terrorists", "counter-revolutionary PJAK group", "its fighters"]
INTEL09 = ["intelligence forces", "provincial intelligence department", "Ministry of Intelligence", "intelligence"]
IRGC = ["IRGC", "Islamic Revolutionary Guard Corps", "IRGC Ground Force", "Revolutionary Guards"]
MARIVAN = L(["Marivan", "heights near Marivan", "near Marivan"], 35.52, 46.18, "IR")
SANANDAJ = L(["Sanandaj", "main square", "Sanandaj's main square"], 35.31, 47.00, "IR")
KPNA = ["Kurdistan Province News Agency", "KPNA", "author"]
POLCMD = ["provincial police commander", "police commander", "commander", "police"]
E09 = [
    # an armed team against a border post -> Battles; both sides told (two guards and one attacker dead, one guard
    # wounded) -> killed 3, injured 1; "on Sunday night" -> both days; "on the heights near" -> Marivan's point
    E(True, "Two members of the border guard were martyred and a third was wounded on Sunday night when a terrorist "
      "team linked to the counter-revolutionary PJAK group opened fire on their post on the heights near Marivan",
      BAT, CLASH, actor1=PJAK + IRAN09, actor2=IRAN09 + PJAK, location=MARIVAN, date=D("2025-11-02", "2025-11-03"),
      killed=R(3), injured=R(1), source=POLCMD + KPNA),
    E(False, "one of the terrorists was sent to hell and the others fled towards the Iraqi border", BAT, CLASH,
      actor1=IRAN09, actor2=PJAK, location=MARIVAN, date=D("2025-11-02", "2025-11-03"), killed=R(1),
      source=POLCMD),
    # the group's own version with its own number -> core, sourced to it ("at least five" -> 5..open); the
    # commander's "a ridiculous lie" -> a non-core denied copy
    E(True, 'its fighters had killed at least five members of the "occupying regime\'s forces" in the operation', BAT,
      CLASH, actor1=PJAK, actor2=IRAN09, location=MARIVAN, date=D("2025-11-02", "2025-11-03"), killed=R(5, None),
      source=["PJAK", "terrorist group", "website"]),
    E(False, 'a claim the commander called "a ridiculous lie"', BAT, CLASH, actor1=PJAK, actor2=IRAN09,
      location=MARIVAN, date=D("2025-11-02", "2025-11-03"), killed=R(5, None), source=POLCMD, status="denied"),
    E(False, "Two border guards martyred in terrorist attack near Marivan", BAT, CLASH, actor1=PJAK, actor2=IRAN09,
      location=MARIVAN, date=D("2025-11-02", "2025-11-03"), killed=R(2), source=KPNA),
    # arrests -> core; the plot they were accused of -> planned
    E(True, "the intelligence forces of the province arrested four members of a team", STR, ARRESTS, actor1=INTEL09,
      actor2=["four members", "team", "terrorist team"] + PJAK, location=SANANDAJ, date=D("2025-11-01"),
      source=INTEL09 + KPNA),
    E(False, "had planned to carry out bomb attacks on public places during religious ceremonies", EXP, IED,
      actor1=["team", "four members"] + PJAK, actor2=CIV + ["public places"], location=SANANDAJ,
      source=INTEL09, status="planned"),
    E(False, "terrorist team dismantled in Sanandaj", STR, ARRESTS, actor1=INTEL09, actor2=["terrorist team"],
      location=SANANDAJ, date=D("2025-11-01"), source=KPNA),
    # a state-backed rally -> Peaceful protest ("thousands")
    E(True, "thousands of the faithful people of Sanandaj gathered in the city's main square to condemn the cowardly "
      "crime", PRO, PEACEFUL, actor1=PROTESTERS + ["faithful people of Sanandaj", "people of Sanandaj"],
      location=SANANDAJ, date=D("2025-11-03"), source=KPNA),
    # the rights outlets' kolbar report, told only through its rejection -> a non-core denied event; "last week" ->
    # Monday to Sunday
    E(False, "guards had shot dead two kolbars near Marivan last week", VAC, ATTACK, actor1=IRAN09,
      actor2=CIV + ["kolbars", "porters"], location=MARIVAN, date=D("2025-10-27", "2025-11-02"), killed=R(2),
      source=["border guard official"] + IRAN09, status="denied"),
    # the year's count -> aggregate; the IRGC's conditional threat -> planned; 2022 background
    E(False, "eleven border guards have been martyred in the province", BAT, CLASH, actor1=PJAK + UNK, actor2=IRAN09,
      location=L(["Kurdistan province", "the province"], cc="IR"), date=D("2025-03-21", "2025-11-04"), killed=R(11),
      source=["police"] + KPNA, aggregate=True),
    E(False, "his forces would strike the terrorists' bases in northern Iraq", EXP, SHELL, actor1=IRGC,
      actor2=PJAK + ["terrorists' bases"], location=L(["northern Iraq", "Iraq"], cc="IQ"), source=IRGC,
      status="planned"),
    E(False, "rioters directed by foreign enemies set fire to banks and public property in Sanandaj", RIOT, VIOLENT,
      actor1=["rioters", "protesters"], actor2=["banks", "public property"], location=SANANDAJ,
      date=D("2022-01-01", "2022-12-31"), source=IRGC + KPNA),
    # no gold: the seized weapons, "such sedition" (generic), "an open wound" (a metaphor), "the vigilance of the
    # people will defeat them" (opinion)
]
DOCS.append(
    (
        "dev-aj-09",
        "Kurdistan Province News Agency",
        "2025-11-04",
        "state news agency",
        "Iran/Kurdistan province: a PJAK attack on a border post near Marivan 'on Sunday night' in the agency's words "
        "(both sides' dead) and the group's 'at least five' with the commander's 'ridiculous lie', arrests in "
        "Sanandaj with a plot (planned), a state rally, a kolbar shooting told only through its denial ('last week'), "
        "a count, a conditional threat, 2022 background in loaded words, a metaphor",
        T09,
        E09,
    )
)
WEEKDAYS += [
    ("dev-aj-09", "on Sunday night (start)", "2025-11-02", "Sunday"),
    ("dev-aj-09", "on Monday / On Monday afternoon", "2025-11-03", "Monday"),
    ("dev-aj-09", "on Saturday", "2025-11-01", "Saturday"),
    ("dev-aj-09", "last week (Monday)", "2025-10-27", "Monday"),
]

# =============================================================================
# dev-aj-10  weekly round-up - north-west Nigeria: Kajuru in Kaduna, Safana, Jibia and Katsina city in Katsina (Sun 18 May 2025)
# =============================================================================
T10 = """Week in review: kidnappings in Kajuru, disputed air strike in Safana, village head killed in Jibia

North-West Monitor | Weekly round-up | Sunday, May 18, 2025

Our weekly look at insecurity in Kaduna and Katsina states.

KADUNA
Armed bandits stormed a farming village in Kajuru local government area late on Monday and abducted at least 27 people, most of them women and children, residents told the Monitor. A local vigilante leader said two of the attackers were killed when his men fought back. The state police spokesman confirmed the attack but put the number of those abducted at eleven, adding that eight had already been rescued.

KATSINA
Nigerian Air Force jets struck what the Air Force called a bandit enclave in the forest near Safana on Tuesday, killing dozens of terrorists, including a commander known as Dan Karami, it said in a statement on Wednesday. Residents of a neighbouring hamlet told the Monitor the jets also hit a group of herders, killing four people, among them a nursing mother. The Air Force has not responded to the claim.

In Jibia, close to the border with Niger, gunmen shot dead a village head on Thursday night and abducted his two wives, a relative said. No group has claimed the attack.

On Friday, hundreds of women marched through Katsina city, blocking the Kano road for about two hours to protest against the killings. The march ended peacefully.

ACROSS THE REGION
The military's Operation Fansan Yamma said its troops had neutralised 13 bandits and rescued 30 kidnapped people across the North-West during the week.

A peace accord signed in April between community leaders in Safana and a bandit faction appears to have collapsed, residents say.

OUTLOOK
Analysts expect attacks on farming communities to rise once the rainy season begins and the bush thickens. "If the government does not fund the vigilantes, the villages will arm themselves," a Kajuru community leader warned.

Correspondents in Kaduna and Katsina contributed to this round-up.
"""

BANDITS = ["bandits", "armed bandits", "gunmen", "attackers", "bandit faction", "terrorists", "bandit enclave",
           "Dan Karami"]
NAF = ["Nigerian Air Force", "Air Force", "NAF", "Military Forces of Nigeria", "Nigerian military"]
VIGIL = ["vigilantes", "vigilante", "local vigilante", "his men", "Kajuru vigilantes"]
KAJURU = L(["Kajuru", "Kajuru local government area", "farming village", "Kaduna"], 10.32, 7.68, "NG")
SAFANA = L(["Safana", "forest near Safana", "neighbouring hamlet"], 12.41, 7.41, "NG")
JIBIA = L(["Jibia", "close to the border with Niger"], 13.09, 7.23, "NG")
KATSINA = L(["Katsina", "Katsina city", "Kano road"], 12.99, 7.60, "NG")
NWM = ["North-West Monitor", "the Monitor", "author"]
E10 = [
    # "late on Monday" -> Monday; "at least 27" abductees are not casualties -> no number field; the police's other
    # count of the same abduction -> a non-core copy
    E(True, "Armed bandits stormed a farming village in Kajuru local government area late on Monday and abducted at "
      "least 27 people", VAC, ABDUCT, actor1=BANDITS, actor2=CIV + ["women and children", "27 people"],
      location=KAJURU, date=D("2025-05-12"), source=["residents"] + NWM),
    E(False, "put the number of those abducted at eleven", VAC, ABDUCT, actor1=BANDITS, actor2=CIV, location=KAJURU,
      date=D("2025-05-12"), source=["state police spokesman", "police", "Kaduna State police"]),
    E(False, "kidnappings in Kajuru", VAC, ABDUCT, actor1=BANDITS, actor2=CIV, location=KAJURU,
      date=D("2025-05-12"), source=NWM),
    # the vigilantes' fight -> Battles; one side's dead -> 2..open
    E(True, "two of the attackers were killed when his men fought back", BAT, CLASH, actor1=VIGIL + BANDITS,
      actor2=BANDITS + VIGIL, location=KAJURU, date=D("2025-05-12"), killed=R(2, None),
      source=["vigilante leader", "local vigilante leader"]),
    # one strike, two objects (a bandit enclave with "dozens" / herders, four dead) -> one core event per version
    E(True, "Nigerian Air Force jets struck what the Air Force called a bandit enclave in the forest near Safana on "
      "Tuesday, killing dozens of terrorists", EXP, AIR, actor1=NAF, actor2=BANDITS, location=SAFANA,
      date=D("2025-05-13"), killed=R(24, None), source=NAF),
    E(True, "the jets also hit a group of herders, killing four people, among them a nursing mother", EXP, AIR,
      actor1=NAF, actor2=CIV + ["herders", "nursing mother"], location=SAFANA, date=D("2025-05-13"), killed=R(4),
      source=["Residents", "residents"] + NWM),
    E(False, "disputed air strike in Safana", EXP, AIR, actor1=NAF, location=SAFANA, date=D("2025-05-13"),
      source=NWM),
    # one raid, two acts -> an attack (the killing) and an abduction; "on Thursday night" -> both days
    E(True, "gunmen shot dead a village head on Thursday night", VAC, ATTACK, actor1=UNK + BANDITS,
      actor2=CIV + ["village head"], location=JIBIA, date=D("2025-05-15", "2025-05-16"), killed=R(1),
      source=["relative"] + NWM),
    E(True, "abducted his two wives", VAC, ABDUCT, actor1=UNK + BANDITS, actor2=CIV + ["two wives", "wives"],
      location=JIBIA, date=D("2025-05-15", "2025-05-16"), source=["relative"] + NWM),
    E(False, "village head killed in Jibia", VAC, ATTACK, actor1=UNK + BANDITS, actor2=CIV, location=JIBIA,
      date=D("2025-05-15", "2025-05-16"), killed=R(1), source=NWM),
    # a road blocked, "ended peacefully" -> Peaceful protest
    E(True, "hundreds of women marched through Katsina city, blocking the Kano road for about two hours to protest "
      "against the killings", PRO, PEACEFUL, actor1=PROTESTERS + ["women", "hundreds of women"], location=KATSINA,
      date=D("2025-05-16"), source=NWM),
    # the operation's weekly count -> aggregate ("neutralised" -> no number field); the April accord -> background
    # agreement; the analysts' forecast -> possible; the leader's conditional -> hypothetical
    E(False, "its troops had neutralised 13 bandits and rescued 30 kidnapped people across the North-West during the "
      "week", BAT, CLASH, actor1=["Operation Fansan Yamma", "troops", "Nigerian military", "Military Forces of Nigeria"],
      actor2=BANDITS, location=L(["North-West", "north-west Nigeria"], cc="NG"), date=D("2025-05-12", "2025-05-18"),
      source=["Operation Fansan Yamma", "military"], aggregate=True),
    E(False, "A peace accord signed in April between community leaders in Safana and a bandit faction", STR, AGREE,
      actor1=["community leaders"], actor2=BANDITS, location=SAFANA, date=D("2025-04-01", "2025-04-30"),
      source=["residents"] + NWM),
    E(False, "Analysts expect attacks on farming communities to rise", VAC, ATTACK, actor1=BANDITS, actor2=CIV,
      location=L(["Kaduna and Katsina", "Kaduna", "Katsina"], cc="NG"), source=["Analysts", "analysts"],
      status="possible"),
    E(False, "the villages will arm themselves", STR, CHANGE, actor1=["villages", "villagers"],
      location=KAJURU, source=["Kajuru community leader", "community leader"], status="hypothetical"),
    # no gold: the rescue of eight (no act with a place and time of its own), "The Air Force has not responded"
    # (no denial), "No group has claimed the attack", the accord's collapse (no act told)
]
DOCS.append(
    (
        "dev-aj-10",
        "North-West Monitor",
        "2025-05-18",
        "weekly round-up",
        "north-west Nigeria: an abduction in Kajuru told as 'at least 27' and as 'eleven', vigilantes killing two "
        "attackers, an air strike near Safana in two versions ('dozens of terrorists' / four herders 'among them a "
        "nursing mother'), a village head killed and his two wives abducted 'on Thursday night', a women's march, "
        "the military's weekly count, an April accord, a forecast and a conditional",
        T10,
        E10,
    )
)
WEEKDAYS += [
    ("dev-aj-10", "Sunday, May 18, 2025", "2025-05-18", "Sunday"),
    ("dev-aj-10", "late on Monday", "2025-05-12", "Monday"),
    ("dev-aj-10", "on Tuesday", "2025-05-13", "Tuesday"),
    ("dev-aj-10", "on Wednesday", "2025-05-14", "Wednesday"),
    ("dev-aj-10", "on Thursday night (start)", "2025-05-15", "Thursday"),
    ("dev-aj-10", "On Friday", "2025-05-16", "Friday"),
]

# =============================================================================
# dev-aj-11  regional ministry's press statement - Somalia's Lower Juba: Ras Kamboni, Kismayo airport, Kismayo, near Afmadow, the Jamame-Kismayo road (Thu 12 Dec 2024)
# =============================================================================
T11 = """Jubaland forces repel federal attack on Ras Kamboni, Ministry of Security says

JUBALAND STATE OF SOMALIA - MINISTRY OF SECURITY
PRESS STATEMENT | Kismayo, 12 December 2024

1. On Wednesday 11 December, troops of the Federal Government airlifted to Ras Kamboni attacked the positions of the Jubaland Darawiish forces in the town without provocation. Our forces defended themselves with courage. After several hours of heavy fighting, our forces killed or wounded more than 50 of the attackers, and three of our soldiers were martyred. Dozens of federal troops surrendered and several hundred fled across the border into Kenya.

2. The Ministry rejects the claim by officials in Mogadishu that Jubaland forces opened fire first. The federal troops came with the intention of overthrowing the elected administration of Jubaland.

3. On Monday, the al-Shabaab terrorists fired three mortar shells towards Kismayo airport. The shells landed in an empty field, causing no casualties.

4. On the night of Sunday to Monday, our forces repulsed an al-Shabaab attack on a base near Afmadow, killing seven terrorists. Our forces seized two PK machine guns.

5. On Tuesday, the explosives unit of the Jubaland police defused a roadside bomb planted on the road between Jamame and Kismayo, shortly before a convoy of the regional administration was due to pass.

6. Also on Tuesday, Jubaland security forces arrested fourteen individuals in Kismayo on suspicion of links to al-Shabaab and to elements sent by Mogadishu to destabilise the State. Investigations are continuing.

7. Since January, Jubaland forces have killed more than 300 al-Shabaab fighters across Lower Juba, Middle Juba and Gedo.

8. The Ministry warns that any further aggression against Jubaland will be met with force, and calls on the international partners to use their influence to stop the Federal Government from using the national army in political disputes instead of fighting al-Shabaab.

9. The people of Jubaland have stood like a wall. They will not be divided.

Issued by the Office of the Minister of Security, Kismayo.
"""

JUB = ["Jubaland", "Jubaland forces", "Jubaland Darawiish forces", "Darawiish", "Jubaland security forces",
       "Jubaland police", "explosives unit", "our forces", "Military Forces of Jubaland"]
FGS = ["Federal Government", "Federal Government of Somalia", "federal troops", "Somali National Army",
       "Military Forces of Somalia", "national army", "Mogadishu", "attackers"]
SHAB11 = SHABAAB + ["al-Shabaab terrorists", "terrorists"]
RASKAMBONI = L(["Ras Kamboni", "Raas Kaambooni"], -1.63, 41.59, "SO")
KISMAYO = L(["Kismayo", "Kismaayo", "Kismayo airport"], -0.36, 42.54, "SO")
AFMADOW = L(["Afmadow", "near Afmadow", "base near Afmadow"], 0.51, 42.07, "SO")
JAMAME_RD = L(["road between Jamame and Kismayo", "Jamame", "Kismayo"], cc="SO")
JUBMIN = ["Jubaland Ministry of Security", "Ministry of Security", "Ministry", "Jubaland", "author"]
E11 = [
    # two state forces fighting -> Battles; an unsplit count for one side plus a split count for the other ("killed
    # or wounded more than 50", "three ... martyred") -> killed 3..open, casualties 51 + 3 = 54..open
    E(True, "troops of the Federal Government airlifted to Ras Kamboni attacked the positions of the Jubaland "
      "Darawiish forces in the town without provocation", BAT, CLASH, actor1=FGS + JUB, actor2=JUB + FGS,
      location=RASKAMBONI, date=D("2024-12-11"), killed=R(3, None), casualties=R(54, None), source=JUBMIN),
    E(False, "our forces killed or wounded more than 50 of the attackers, and three of our soldiers were martyred",
      BAT, CLASH, actor1=JUB, actor2=FGS, location=RASKAMBONI, date=D("2024-12-11"), killed=R(3, None),
      casualties=R(54, None), source=JUBMIN),
    E(False, "Jubaland forces repel federal attack on Ras Kamboni", BAT, CLASH, actor1=FGS + JUB, actor2=JUB + FGS,
      location=RASKAMBONI, date=D("2024-12-11"), source=JUBMIN),
    # the other side's version, told only through the ministry's rejection -> non-core denied
    E(False, "Jubaland forces opened fire first", BAT, CLASH, actor1=JUB, actor2=FGS, location=RASKAMBONI,
      date=D("2024-12-11"), source=JUBMIN, status="denied"),
    # "causing no casualties" -> killed and injured 0..0
    E(True, "the al-Shabaab terrorists fired three mortar shells towards Kismayo airport", EXP, SHELL, actor1=SHAB11,
      actor2=JUB + ["Kismayo airport", "airport"], location=KISMAYO, date=D("2024-12-09"), killed=R(0), injured=R(0),
      source=JUBMIN),
    # "On the night of Sunday to Monday" -> both days; one side's dead -> 7..open
    E(True, "our forces repulsed an al-Shabaab attack on a base near Afmadow, killing seven terrorists", BAT, CLASH,
      actor1=SHAB11 + JUB, actor2=JUB + SHAB11, location=AFMADOW, date=D("2024-12-08", "2024-12-09"),
      killed=R(7, None), source=JUBMIN),
    # a bomb defused -> Disrupted weapons use; the planter not named -> al-Shabaab plus unknown as actor2
    E(True, "the explosives unit of the Jubaland police defused a roadside bomb planted on the road between Jamame and "
      "Kismayo", STR, DISRUPT, actor1=JUB, actor2=UNK + SHAB11 + ["roadside bomb"], location=JAMAME_RD,
      date=D("2024-12-10"), source=JUBMIN),
    E(True, "Jubaland security forces arrested fourteen individuals in Kismayo", STR, ARRESTS, actor1=JUB,
      actor2=SHAB11 + ["fourteen individuals", "individuals", "elements sent by Mogadishu"], location=KISMAYO,
      date=D("2024-12-10"), source=JUBMIN),
    # the year's count -> aggregate; the warning -> planned
    E(False, "Jubaland forces have killed more than 300 al-Shabaab fighters across Lower Juba, Middle Juba and Gedo",
      BAT, CLASH, actor1=JUB, actor2=SHAB11, location=L(["Lower Juba, Middle Juba and Gedo", "Lower Juba", "Jubaland"],
                                                        cc="SO"),
      date=D("2024-01-01", "2024-12-12"), killed=R(301, None), source=JUBMIN, aggregate=True),
    E(False, "any further aggression against Jubaland will be met with force", BAT, CLASH, actor1=JUB, actor2=FGS,
      location=L(["Jubaland"], cc="SO"), source=JUBMIN, status="planned"),
    # no gold: the surrender and the flight into Kenya (no sub-type beyond the clash), "came with the intention of
    # overthrowing" (an accusation of intent), the appeal, "stood like a wall" (a metaphor)
]
DOCS.append(
    (
        "dev-aj-11",
        "Jubaland Ministry of Security (press statement)",
        "2024-12-12",
        "regional ministry's press statement",
        "Somalia/Lower Juba: a federal-Jubaland battle at Ras Kamboni with 'killed or wounded more than 50' and three "
        "'martyred', Mogadishu's version only as rejected, mortar shells at Kismayo airport ('causing no casualties'), "
        "an attack repulsed near Afmadow 'On the night of Sunday to Monday', a bomb defused on a road, fourteen "
        "arrests, a year's count, a warning, a metaphor",
        T11,
        E11,
    )
)
WEEKDAYS += [
    ("dev-aj-11", "On Wednesday 11 December", "2024-12-11", "Wednesday"),
    ("dev-aj-11", "On Monday / the night of Sunday to Monday (end)", "2024-12-09", "Monday"),
    ("dev-aj-11", "the night of Sunday to Monday (start)", "2024-12-08", "Sunday"),
    ("dev-aj-11", "On Tuesday / Also on Tuesday", "2024-12-10", "Tuesday"),
    ("dev-aj-11", "12 December 2024", "2024-12-12", "Thursday"),
]

# =============================================================================
# dev-aj-12  interview (Q&A) - Sudan's capital: Omdurman's Souq Libya market, Karari, a market in Khartoum North, central Khartoum (Wed 5 Feb 2025)
# =============================================================================
T12 = """"The market was full when the shells came": an Omdurman volunteer on a week under fire

Nile Dispatch | Interview | 5 February 2025

Amna, 29, coordinates an Emergency Response Room, one of the neighbourhood volunteer groups that run kitchens and clinics in Omdurman. We spoke to her by phone on Wednesday. The interview has been shortened.

What happened on Saturday?
Shells fell on the Souq Libya market in the morning, when it was full of women buying vegetables. By the evening we had counted 54 bodies. The next day the health ministry said 56 people were killed and more than 150 wounded. The shells came from the east, from the RSF positions in Khartoum North. Everyone here knows who fires them.

The RSF says it did not shell the market.
They said on Telegram that they never target civilians and that the army shelled the market "to frame us". Nobody in Omdurman believes that.

Has the army also hit civilians?
On Thursday an army warplane bombed a market in Khartoum North, in an area the RSF holds. Volunteers there told us dozens were killed. The army said it had struck "RSF gatherings". I believe the volunteers.

Is the fighting close to you?
On Sunday night the RSF attacked army positions in Karari, in the north of Omdurman. We heard heavy gunfire until dawn, and the army said it repelled them.

Are volunteers themselves at risk?
On Monday, two of our volunteers were detained by army military intelligence in Omdurman, accused of collaborating with the RSF. They were released this morning. In central Khartoum, fighters looted the last pharmacies last week. We don't know which side.

What do you expect?
If the army crosses the bridges into Khartoum North, the RSF will shell Omdurman even harder. Since April 2023 our room has buried more than 1,200 people.

And yourself?
Omdurman is a city holding its breath. We cook, we bury, we cook again.
"""

RSF12 = RSF + ["RSF positions"]
SAF12 = SAF + ["army warplane", "army military intelligence", "military intelligence"]
ERR = ["Emergency Response Room", "volunteers", "Amna"]
OMDURMAN = L(["Omdurman", "Souq Libya", "Souq Libya market"], 15.64, 32.48, "SD")
KARARI = L(["Karari", "north of Omdurman", "Omdurman"], 15.72, 32.47, "SD")
BAHRI = L(["Khartoum North", "Bahri", "market in Khartoum North"], 15.64, 32.55, "SD")
KHARTOUM = L(["central Khartoum", "Khartoum"], 15.59, 32.53, "SD")
ND = ["Nile Dispatch", "Amna", "author"]
E12 = [
    # "54 bodies" then the ministry's 56 "the next day" -> killed 54..56 folded in, "more than 150 wounded" ->
    # 151..open; the shells "from the RSF positions" (her inference) -> the RSF plus unknown
    E(True, "Shells fell on the Souq Libya market in the morning, when it was full of women buying vegetables", EXP,
      SHELL, actor1=RSF12 + UNK, actor2=CIV + ["Souq Libya market", "market", "women"], location=OMDURMAN,
      date=D("2025-02-01"), killed=R(54, 56), injured=R(151, None),
      source=["Amna", "Emergency Response Room", "health ministry"] + ND),
    E(False, "the health ministry said 56 people were killed and more than 150 wounded", EXP, SHELL,
      actor1=RSF12 + UNK, actor2=CIV, location=OMDURMAN, date=D("2025-02-01"), killed=R(56), injured=R(151, None),
      source=["health ministry", "Sudanese health ministry"]),
    # the RSF's denial and its counter-blame -> non-core copies (denied / the army as actor1)
    E(False, "they never target civilians", EXP, SHELL, actor1=RSF12, actor2=CIV, location=OMDURMAN,
      date=D("2025-02-01"), source=RSF, status="denied"),
    E(False, 'the army shelled the market "to frame us"', EXP, SHELL, actor1=SAF12, actor2=CIV, location=OMDURMAN,
      date=D("2025-02-01"), source=RSF),
    # one bombing, two objects (a market with "dozens" dead / "RSF gatherings") -> one core event per version
    E(True, "On Thursday an army warplane bombed a market in Khartoum North, in an area the RSF holds", EXP, AIR,
      actor1=SAF12, actor2=CIV + ["market"], location=BAHRI, date=D("2025-01-30"), killed=R(24, None),
      source=["Volunteers", "volunteers"] + ND),
    E(True, 'The army said it had struck "RSF gatherings"', EXP, AIR, actor1=SAF12, actor2=RSF12 + ["RSF gatherings"],
      location=BAHRI, date=D("2025-01-30"), source=SAF),
    # "On Sunday night ... until dawn" -> Sunday and Monday
    E(True, "On Sunday night the RSF attacked army positions in Karari", BAT, CLASH, actor1=RSF12 + SAF12,
      actor2=SAF12 + RSF12, location=KARARI, date=D("2025-02-02", "2025-02-03"), source=ND + SAF),
    E(True, "two of our volunteers were detained by army military intelligence in Omdurman", STR, ARRESTS,
      actor1=SAF12, actor2=CIV + ERR + ["two of our volunteers"], location=OMDURMAN, date=D("2025-02-03"),
      source=ND),
    # "last week" -> Monday to Sunday; "We don't know which side" -> both plus unknown
    E(True, "In central Khartoum, fighters looted the last pharmacies last week", STR, LOOT,
      actor1=UNK + RSF12 + SAF12 + ["fighters"], actor2=CIV + ["pharmacies"], location=KHARTOUM,
      date=D("2025-01-27", "2025-02-02"), source=ND),
    # her conditional -> hypothetical; the room's count -> aggregate
    E(False, "If the army crosses the bridges into Khartoum North, the RSF will shell Omdurman even harder", EXP, SHELL,
      actor1=RSF12, actor2=CIV, location=OMDURMAN, source=ND, status="hypothetical"),
    E(False, "Since April 2023 our room has buried more than 1,200 people", EXP, SHELL, actor1=RSF12 + SAF12 + UNK,
      actor2=CIV, location=OMDURMAN, date=D("2023-04-01", "2025-02-05"), killed=R(1201, None), source=ND,
      aggregate=True),
    # no gold: "Everyone here knows who fires them" and "I believe the volunteers" (opinion), the release this
    # morning, "a city holding its breath" (a metaphor)
]
DOCS.append(
    (
        "dev-aj-12",
        "Nile Dispatch",
        "2025-02-05",
        "interview (Q&A)",
        "Sudan/Khartoum and Omdurman: shells on an Omdurman market (54 bodies, the ministry's 56 'The next day') "
        "blamed on the RSF with its denial and counter-blame, an army bombing in Khartoum North in two versions "
        "('dozens' / 'RSF gatherings'), an RSF attack in Karari 'On Sunday night', volunteers detained, looting by "
        "'fighters' of either side 'last week', a conditional, a count, opinion and a metaphor",
        T12,
        E12,
    )
)
WEEKDAYS += [
    ("dev-aj-12", "on Wednesday / 5 February 2025", "2025-02-05", "Wednesday"),
    ("dev-aj-12", "on Saturday", "2025-02-01", "Saturday"),
    ("dev-aj-12", "On Thursday", "2025-01-30", "Thursday"),
    ("dev-aj-12", "On Sunday night (start)", "2025-02-02", "Sunday"),
    ("dev-aj-12", "On Monday", "2025-02-03", "Monday"),
]

# =============================================================================
# dev-aj-13  radio bulletin transcript - Mozambique's Niassa: a camp in the Niassa Special Reserve, Mecula, near Marrupa, Lichinga (Thu 24 Apr 2025)
# =============================================================================
T13 = """Niassa evening bulletin: insurgents hold Mecula for hours; reserve camp burned; claim of ambush near Marrupa denied

Radio Lichinga Comunitária | Evening news, English service | Transcript | Thursday 24 April 2025

Good evening. These are the main stories in Niassa tonight.

Armed insurgents attacked a tourist hunting camp in the Niassa Special Reserve on Saturday, killing two camp cooks and setting fire to the lodges, the reserve's management said. A game scout who tried to raise the alarm was wounded and walked for a day to reach help. The camp was empty of guests.

On Sunday morning, between 40 and 60 armed men entered the district town of Mecula, raised a black flag at the market and addressed residents at the mosque before withdrawing into the bush in the afternoon, according to residents who spoke to this station. Shops were looted, and the district administration building was burned.

The Defence and Security Forces said on Monday that they had retaken control of Mecula "without resistance" and that the situation was "calm and under control".

The Islamic State group, through its news agency, claimed that its fighters killed six Mozambican soldiers in an ambush near Marrupa on Tuesday. A police spokesman in Lichinga told us the army had "no record of any clash" in that area and called the claim propaganda.

In Lichinga, the provincial capital, police arrested three men on Wednesday on suspicion of recruiting young people for the insurgents with promises of money.

The insurgency began in neighbouring Cabo Delgado in October 2017 and has killed thousands of people since then. Niassa had been largely spared until last year.

Tour operators fear the armed groups could return to the reserve's southern camps before the dry season, when the hunting season opens. "If we lose this season, the villages that live from the reserve lose everything," said one operator.

And finally, a reminder that the bridge on the Lichinga-Marrupa road remains closed for repairs. That is the news.
"""

ISM = ISIS + ["Islamic State Mozambique", "insurgents", "armed insurgents", "armed men", "Ahlu Sunnah Wal Jamaa",
              "al-Shabaab", "its fighters", "armed groups"]
FDS = ["Defence and Security Forces", "FDS", "Mozambican army", "Mozambican soldiers", "Military Forces of Mozambique",
       "army", "police", "Police Forces of Mozambique"]
RESERVE = L(["Niassa Special Reserve", "Niassa reserve", "tourist hunting camp", "Niassa"], cc="MZ")
MECULA = L(["Mecula", "district town of Mecula"], -12.08, 37.65, "MZ")
MARRUPA = L(["Marrupa", "near Marrupa"], -13.19, 37.50, "MZ")
LICHINGA = L(["Lichinga"], -13.31, 35.24, "MZ")
RLC = ["Radio Lichinga Comunitária", "Radio Lichinga", "this station", "author"]
E13 = [
    # the cooks are civilians, the scout wounded a sentence later -> killed 2, injured 1; the reserve (a vast area)
    # -> names and country
    E(True, "Armed insurgents attacked a tourist hunting camp in the Niassa Special Reserve on Saturday, killing two "
      "camp cooks and setting fire to the lodges", VAC, ATTACK, actor1=ISM, actor2=CIV + ["camp cooks", "lodges",
                                                                                      "hunting camp", "game scout"],
      location=RESERVE, date=D("2025-04-19"), killed=R(2), injured=R(1), source=["reserve's management"] + RLC),
    E(False, "reserve camp burned", VAC, ATTACK, actor1=ISM, actor2=CIV, location=RESERVE, date=D("2025-04-19"),
      source=RLC),
    # a town held for hours -> Non-state actor overtakes territory ("between 40 and 60 armed men" are no casualties);
    # the looting and the burned building -> a looting event of its own, same place and day
    E(True, "between 40 and 60 armed men entered the district town of Mecula, raised a black flag at the market",
      BAT, NSAOVER, actor1=ISM, actor2=FDS + ["Mozambique"], location=MECULA, date=D("2025-04-20"),
      source=["residents"] + RLC),
    E(True, "Shops were looted, and the district administration building was burned", STR, LOOT, actor1=ISM,
      actor2=CIV + ["shops", "district administration building"], location=MECULA, date=D("2025-04-20"),
      source=["residents"] + RLC),
    E(False, "insurgents hold Mecula for hours", BAT, NSAOVER, actor1=ISM, location=MECULA, date=D("2025-04-20"),
      source=RLC),
    # retaken "on Monday" (said on Monday) -> Government regains territory
    E(True, 'they had retaken control of Mecula "without resistance"', BAT, GOVREGAIN, actor1=FDS, actor2=ISM,
      location=MECULA, date=D("2025-04-21"), source=FDS),
    # the group's claim -> core, sourced to it; the police's "no record of any clash" -> a non-core denied copy
    E(True, "its fighters killed six Mozambican soldiers in an ambush near Marrupa on Tuesday", BAT, CLASH,
      actor1=ISM, actor2=FDS, location=MARRUPA, date=D("2025-04-22"), killed=R(6, None),
      source=["Islamic State", "Amaq", "its news agency"]),
    E(False, 'the army had "no record of any clash" in that area', BAT, CLASH, actor1=ISM, actor2=FDS,
      location=MARRUPA, date=D("2025-04-22"), source=["police spokesman", "police"], status="denied"),
    E(False, "claim of ambush near Marrupa denied", BAT, CLASH, actor1=ISM, actor2=FDS, location=MARRUPA,
      date=D("2025-04-22"), source=RLC, status="denied"),
    E(True, "police arrested three men on Wednesday on suspicion of recruiting young people for the insurgents", STR,
      ARRESTS, actor1=FDS, actor2=["three men", "recruiters", "suspects"] + ISM, location=LICHINGA,
      date=D("2025-04-23"), source=RLC),
    # background since 2017 -> aggregate; the operators' fear -> possible
    E(False, "The insurgency began in neighbouring Cabo Delgado in October 2017 and has killed thousands of people",
      BAT, CLASH, actor1=ISM, actor2=FDS + CIV, location=L(["Cabo Delgado"], cc="MZ"),
      date=D("2017-10-01", "2025-04-24"), killed=R(2000, None), source=RLC, aggregate=True),
    E(False, "the armed groups could return to the reserve's southern camps before the dry season", VAC, ATTACK,
      actor1=ISM, actor2=CIV, location=RESERVE, source=["Tour operators", "operators"], status="possible"),
    # no gold: "walked for a day to reach help", "calm and under control", "Niassa had been largely spared", the
    # operator's conditional (no act), the bridge closure
]
DOCS.append(
    (
        "dev-aj-13",
        "Radio Lichinga Comunitária (bulletin transcript)",
        "2025-04-24",
        "radio bulletin transcript",
        "Mozambique/Niassa: a reserve camp attacked ('two camp cooks', a scout wounded a sentence later), Mecula held "
        "for hours by 'between 40 and 60 armed men' with looting, the town retaken 'without resistance', an IS claim "
        "of an ambush near Marrupa denied by the police, recruitment arrests, background since 2017, a forecast",
        T13,
        E13,
    )
)
WEEKDAYS += [
    ("dev-aj-13", "Thursday 24 April 2025", "2025-04-24", "Thursday"),
    ("dev-aj-13", "on Saturday", "2025-04-19", "Saturday"),
    ("dev-aj-13", "On Sunday morning", "2025-04-20", "Sunday"),
    ("dev-aj-13", "on Monday", "2025-04-21", "Monday"),
    ("dev-aj-13", "on Tuesday", "2025-04-22", "Tuesday"),
    ("dev-aj-13", "on Wednesday", "2025-04-23", "Wednesday"),
]

# =============================================================================
# dev-aj-14  opinion column with reporting - Colombia's Norte de Santander: rural Tibú, El Tarra, a base in Tibú, Cúcuta, the Cúcuta-Tibú road (Tue 20 Jan 2026)
# =============================================================================
T14 = """A year after the Catatumbo offensive, Bogotá still has no plan

Frontera Hoy | Opinion | Tuesday, January 20, 2026 | By Camila Rangel

A year ago this week, the National Liberation Army (ELN) launched its offensive against the 33rd Front of the FARC dissidents in Catatumbo. In a few weeks at least 80 people were killed and more than 50,000 fled to Cúcuta and Ocaña. The government promised a "total intervention". Look at what the last seven days brought.

On Saturday, the ELN and the 33rd Front fought for several hours in rural El Tarra, according to the Ombudsman's Office. At least four combatants were killed, along with a 15-year-old girl caught in the crossfire, the office said.

On Sunday night, a drone dropped explosives on a military base in Tibú, wounding three soldiers. The army blamed the ELN, which has not commented.

On Monday morning, police in Cúcuta defused a motorcycle loaded with explosives parked outside a police station in the Atalaya district. Nobody claimed it, and the police said only that it was "a terrorist act in the making".

The same day, hundreds of coca-growing farmers blocked the Cúcuta-Tibú road near Campo Dos to demand that forced eradication be suspended. The blockade was still in place last night.

And last week, a community leader, Hernando Peñaranda, was shot dead in front of his family in a rural area of Tibú by men nobody could identify. He was the third social leader killed in the region this year, according to the Ombudsman. Last year the office counted 112 killings in Catatumbo.

I have covered this region for fifteen years. Catatumbo is a pressure cooker, and Bogotá keeps adjusting the flame instead of turning it off. The talks with the ELN are frozen; the talks with the dissidents move in circles.

If the government keeps negotiating with armed groups while they fight over coca routes and the border, Catatumbo will burn again, and this time Cúcuta will not be spared. I am certain the ELN will launch another offensive before the May elections.

It does not have to be this way. A state that builds roads and buys harvests wins more ground than any battalion.
"""

ELN = ["National Liberation Army", "ELN", "Ejército de Liberación Nacional"]
FRONT33 = ["33rd Front", "FARC dissidents", "Frente 33", "FARC-EP dissidents", "Estado Mayor de Bloques y Frentes"]
COLARMY = ["army", "Colombian army", "Military Forces of Colombia", "soldiers", "military base"]
COLPOL = ["police", "Colombian police", "Police Forces of Colombia", "National Police"]
DEFENSORIA = ["Ombudsman's Office", "Ombudsman", "Defensoría del Pueblo", "the office"]
ELTARRA = L(["El Tarra", "rural El Tarra"], 8.58, -73.09, "CO")
TIBU = L(["Tibú", "Tibu", "military base in Tibú", "rural area of Tibú"], 8.64, -72.73, "CO")
CUCUTA = L(["Cúcuta", "Cucuta", "Atalaya", "Atalaya district"], 7.89, -72.51, "CO")
CAMPODOS = L(["Campo Dos", "Cúcuta-Tibú road", "Tibú"], cc="CO")
CATATUMBO = L(["Catatumbo", "Norte de Santander"], cc="CO")
FH = ["Frontera Hoy", "Camila Rangel", "author"]
E14 = [
    # background: last January's offensive and its toll -> non-core (an aggregate of weeks)
    E(False, "the National Liberation Army (ELN) launched its offensive against the 33rd Front of the FARC dissidents "
      "in Catatumbo", BAT, CLASH, actor1=ELN, actor2=FRONT33, location=CATATUMBO, date=D("2025-01-12", "2025-01-31"),
      source=FH, aggregate=True),
    E(False, "In a few weeks at least 80 people were killed", BAT, CLASH, actor1=ELN + FRONT33, actor2=FRONT33 + CIV,
      location=CATATUMBO, date=D("2025-01-12", "2025-02-28"), killed=R(80, None), source=FH, aggregate=True),
    # "At least four combatants ... along with a 15-year-old girl" -> killed 5..open; "rural El Tarra" -> the town
    E(True, "the ELN and the 33rd Front fought for several hours in rural El Tarra", BAT, CLASH, actor1=ELN + FRONT33,
      actor2=FRONT33 + ELN, location=ELTARRA, date=D("2026-01-17"), killed=R(5, None), source=DEFENSORIA),
    # a drone on a base; blamed, unclaimed -> the ELN plus unknown; "On Sunday night" -> Sunday and Monday
    E(True, "a drone dropped explosives on a military base in Tibú, wounding three soldiers", EXP, AIR,
      actor1=ELN + UNK, actor2=COLARMY, location=TIBU, date=D("2026-01-18", "2026-01-19"), injured=R(3),
      source=FH + ["army"]),
    E(True, "police in Cúcuta defused a motorcycle loaded with explosives parked outside a police station", STR,
      DISRUPT, actor1=COLPOL, actor2=UNK + ["motorcycle", "explosives"], location=CUCUTA, date=D("2026-01-19"),
      source=FH + COLPOL),
    # a road blockade -> Peaceful protest (no intervention told); "The same day" -> Monday; "near Campo Dos" (a
    # hamlet we cannot pin) -> names and country
    E(True, "hundreds of coca-growing farmers blocked the Cúcuta-Tibú road near Campo Dos", PRO, PEACEFUL,
      actor1=PROTESTERS + ["coca-growing farmers", "farmers", "coca growers"], location=CAMPODOS,
      date=D("2026-01-19"), source=FH),
    # "last week" -> Monday to Sunday; "men nobody could identify" -> unknown
    E(True, "a community leader, Hernando Peñaranda, was shot dead in front of his family in a rural area of Tibú", VAC,
      ATTACK, actor1=UNK + ["men nobody could identify"], actor2=CIV + ["community leader", "Hernando Peñaranda"],
      location=TIBU, date=D("2026-01-12", "2026-01-18"), killed=R(1), source=FH),
    # counts -> aggregates
    E(False, "He was the third social leader killed in the region this year", VAC, ATTACK, actor1=UNK,
      actor2=CIV + ["social leader"], location=CATATUMBO, date=D("2026-01-01", "2026-01-20"), killed=R(3),
      source=DEFENSORIA, aggregate=True),
    E(False, "Last year the office counted 112 killings in Catatumbo", VAC, ATTACK, actor1=UNK + ELN + FRONT33,
      actor2=CIV, location=CATATUMBO, date=D("2025-01-01", "2025-12-31"), killed=R(112), source=DEFENSORIA,
      aggregate=True),
    # the columnist's conditional and her certainty about a future offensive -> hypothetical / planned-as-forecast
    E(False, "Catatumbo will burn again, and this time Cúcuta will not be spared", BAT, CLASH, actor1=ELN + FRONT33,
      actor2=FRONT33 + ELN, location=CATATUMBO, source=FH, status="hypothetical"),
    E(False, "the ELN will launch another offensive before the May elections", BAT, CLASH, actor1=ELN,
      actor2=FRONT33, location=CATATUMBO, source=FH, status="possible"),
    # no gold: the displacement of 50,000, the "total intervention" promise, "a terrorist act in the making", the
    # blockade "still in place last night" (the same protest), "a pressure cooker" (a metaphor), the frozen talks,
    # the closing opinion
]
DOCS.append(
    (
        "dev-aj-14",
        "Frontera Hoy (opinion)",
        "2026-01-20",
        "opinion column with reporting",
        "Colombia/Norte de Santander: last year's Catatumbo offensive as background ('at least 80'), an ELN-33rd Front "
        "clash in rural El Tarra ('At least four combatants ... along with a 15-year-old girl'), a drone on a Tibú base "
        "'On Sunday night' blamed on the ELN, a motorcycle bomb defused in Cúcuta, a farmers' road blockade, a leader "
        "shot 'last week' by unidentified men, two counts, a conditional, a forecast, a metaphor and opinion",
        T14,
        E14,
    )
)
WEEKDAYS += [
    ("dev-aj-14", "Tuesday, January 20, 2026", "2026-01-20", "Tuesday"),
    ("dev-aj-14", "On Saturday", "2026-01-17", "Saturday"),
    ("dev-aj-14", "On Sunday night (start)", "2026-01-18", "Sunday"),
    ("dev-aj-14", "On Monday morning / The same day", "2026-01-19", "Monday"),
    ("dev-aj-14", "last week (Monday)", "2026-01-12", "Monday"),
]

# ---------------------------------------------------------------- end of documents


def main():
    write_gold(__file__, DOCS, WEEKDAYS, "dev_aj", check_aj, strip_text=True)


if __name__ == "__main__":
    main()
