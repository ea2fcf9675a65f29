"""Writes dev_b.gold.jsonl: twenty development articles about Iraq, Yemen and the
Red Sea, Lebanon/Israel, Jordan and Iran, written for this project in our own
words, with hand-made gold events in the format of SPEC.md section 6 and
eval/gold/ANNOTATION.md.

The articles describe real incidents of 2019-2024 (some details are changed or
invented); the gold encodes what each TEXT says, including its slant and its
errors, not what is true.

Run:  python build_dev_b.py   (stdlib only; checks every evidence string is a
substring of its text, every date is a real calendar date, and writes
dev_b.gold.jsonl beside this file).

Conventions used throughout (beyond ANNOTATION.md):
- Sea areas: when the text ties the event to a coastal place ("50 nautical
  miles southwest of Aden") the location is that place, per the "near X"
  rule, with its country. When the text names only the open sea ("in the Gulf
  of Aden", "the southern Red Sea") the location is the sea area's point
  (Gulf of Aden 12.0, 48.0 as in GeoNames; southern Red Sea shipping lanes
  14.5, 42.3, because the GeoNames "Red Sea" centroid 19.0, 39.5 is some 600 km
  from where Houthi attacks happen) and `country` is omitted (international
  waters).
- Golan Heights places (Majdal Shams) get country "SY", as GeoNames does.
- Zero casualties: "no casualties", "no one / none of our personnel were
  hurt" -> killed 0..0 and injured 0..0; "did not wound anyone", "no
  injuries" -> injured 0..0 only.
- Headlines that state an event get a non-core copy of that event, so that a
  system that extracts the headline too is neither rewarded nor punished.
- Pure metaphors ("drowning in the swamp of the Red Sea", "a sinking ship")
  and generic statements without a concrete act ("Turkey has carried out
  cross-border operations ... for decades") get no gold event: a system that
  codes them makes a false positive.
- Province-level places without a named town (Ilam, Khuzestan) and a whole
  country ("across Yemen") get names and country only, no coordinates.
- "three weeks ago" -> the Monday-Sunday week three weeks before the week of
  publication (as ANNOTATION.md does for "last week"); "last month", "in
  December", "in January 2023" -> the whole month; "earlier this month" ->
  first of the month .. publication day.
"""
import datetime
import json
import pathlib

# --- event types -----------------------------------------------------------
ERV = "Explosions/Remote violence"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
BAT = "Battles"
CLASH = "Armed clash"
REGAIN = "Government regains territory"
VAC = "Violence against civilians"
ATTACK = "Attack"
PRO = "Protests"
EXCESS = "Excessive force against protesters"
PEACEFUL = "Peaceful protest"
RIOT = "Riots"
VIOLENT = "Violent demonstration"
SD = "Strategic developments"
ARRESTS = "Arrests"
DISRUPT = "Disrupted weapons use"

# --- actor name lists (no names shorter than 3 letters: "US", "IS", "KH" would
# match almost anything under case-insensitive containment) -------------------
US = ["United States", "U.S.", "American", "Americans", "Pentagon", "U.S. forces",
      "Military Forces of the United States"]
COALITION = ["coalition", "international coalition", "U.S.-led coalition"] + US
UK = ["United Kingdom", "Britain", "British", "U.K.", "Royal Navy", "HMS Diamond"]
IRI = ["Islamic Resistance in Iraq", "militia", "militias", "Iran-aligned", "Iran-backed",
       "Iranian-backed"]
KATAIB = ["Kataib Hezbollah", "Kata'ib Hizballah", "Kataeb Hezbollah", "Kataib Hizbollah"]
PMF = ["Popular Mobilisation Forces", "Popular Mobilization Forces", "Popular Mobilisation",
       "Popular Mobilization", "PMF", "PMU", "Hashd"]
IRGC = ["Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards", "Revolutionary Guard",
        "Guards"]
IRAN = ["Iran", "Iranian", "Military Forces of Iran"]
ISIS = ["Islamic State", "ISIS", "ISIL", "Daesh"]
IRAQ_ARMY = ["Iraqi army", "Iraqi Army", "Iraqi security forces", "Iraqi forces",
             "Military Forces of Iraq", "Iraq", "Iraqi"]
TURKEY = ["Turkey", "Turkish", "Turkiye", "Türkiye", "Turkish military", "Turkish Armed Forces",
          "Military Forces of Turkey", "Turkish soldiers"]
PKK = ["PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party", "HPG",
       "People's Defence Forces", "Kurdish militants"]
HOUTHI = ["Houthis", "Houthi", "Ansar Allah", "Ansarallah", "Yemeni Armed Forces"]
YEMEN_GOV = ["Yemeni government", "government forces", "pro-government forces",
             "Military Forces of Yemen", "government"]
SAUDI_COALITION = ["Saudi-led coalition", "coalition", "Saudi Arabia", "Saudi"]
ISRAEL = ["Israel", "Israeli", "Israel Defense Forces", "IDF", "Israeli military", "Israeli army",
          "Israeli Air Force", "Military Forces of Israel"]
HEZBOLLAH = ["Hezbollah", "Hizbollah", "Hizballah", "Islamic Resistance in Lebanon"]
JORDAN = ["Jordanian Armed Forces", "Jordanian army", "Arab Army", "Border Guard",
          "Military Forces of Jordan", "Jordan", "Jordanian"]
SMUGGLERS = ["smugglers", "drug smugglers", "armed groups", "armed smugglers"]
JAISH = ["Jaish al-Adl", "Jaish ul-Adl", "Jaysh al-Adl", "Army of Justice", "assailants",
         "attackers", "terrorists"]
UNKNOWN = ["unknown", "unidentified", "Unidentified Armed Group"]
CIVILIANS = ["civilians", "civilian"]

# --- places -----------------------------------------------------------------
def place(names, lat=None, lon=None, country=None):
    p = {"names": names}
    if lat is not None:
        p["lat"], p["lon"] = lat, lon
    if country:
        p["country"] = country
    return p


AIN_AL_ASAD = place(["Ain al-Asad", "Ain al-Assad", "Al Asad Airbase", "al-Asad", "Anbar"], 33.80, 42.44, "IQ")
BAGHDAD = place(["Baghdad", "eastern Baghdad"], 33.33, 44.42, "IQ")
JURF = place(["Jurf al-Sakhar", "Jurf al-Sakhr", "Jurf al-Nasr", "Jurf as Sakhr"], 32.87, 44.17, "IQ")
QAIM = place(["al-Qaim", "Al Qaim", "al-Qa'im", "Qaim"], 34.37, 41.09, "IQ")
HARIR = place(["Harir", "Harir Air Base", "Harir base", "Shaqlawa"], 36.55, 44.35, "IQ")
ERBIL = place(["Erbil", "Arbil", "Irbil", "Hawler"], 36.19, 44.01, "IQ")
ERBIL_AIRPORT = place(["Erbil International Airport", "Erbil airport", "Erbil", "Kani Qirzhala"], 36.24, 43.96, "IQ")
IDLIB = place(["Idlib", "Idlib province", "Idleb"], 35.93, 36.63, "SY")
HILLA = place(["Hilla", "Hillah", "Al Hillah"], 32.48, 44.42, "IQ")
DARATU = place(["Daratu", "Daratoo", "Erbil"], 36.14, 44.05, "IQ")
# Duhok province: a point between Duhok city and the border zone, <15 km from the city.
DUHOK = place(["Duhok", "Dohuk", "Dahuk", "Duhok province", "Claw-Lock"], 36.95, 43.10, "IQ")
QANDIL = place(["Qandil", "Qandil mountains", "Kandil"], 36.38, 45.05, "IQ")
SINUN = place(["Sinun", "Sinune", "Snune", "Sinuni", "Sinjar"], 36.45, 41.88, "IQ")
AMADIYA = place(["Amadiya", "Amedi", "Amadiyah", "Al Amadiyah"], 37.09, 43.49, "IQ")
SIDAKAN = place(["Sidakan", "Sidekan"], 36.80, 44.67, "IQ")
AL_AZIM = place(["al-Azim", "al-Adhaim", "Udhaim", "al-Uzaym", "Diyala"], 34.37, 44.50, "IQ")
SAMARRA = place(["Samarra", "Salahuddin", "Salah al-Din"], 34.20, 43.87, "IQ")
KIRKUK = place(["Kirkuk", "Wadi al-Shay", "Wadi al-Shai"], 35.47, 44.39, "IQ")
RUTBA = place(["Rutba", "Rutbah", "Ar Rutbah", "Anbar"], 33.04, 40.28, "IQ")
NASIRIYAH = place(["Nasiriyah", "Nasiriya", "Nassiriya", "Nasiriyah city"], 31.05, 46.26, "IQ")
NAJAF = place(["Najaf", "An Najaf"], 32.00, 44.34, "IQ")
BAGHDAD_AHRAR = place(["Ahrar bridge", "Baghdad"], 33.34, 44.40, "IQ")
BASRA = place(["Basra", "Basrah"], 30.51, 47.78, "IQ")
IRAQ = place(["Iraq"], country="IQ")
SOUTHERN_RED_SEA = place(["southern Red Sea", "Red Sea"], 14.5, 42.3)       # open sea: no country
GULF_OF_ADEN = place(["Gulf of Aden"], 12.0, 48.0)                          # open sea: no country
ADEN = place(["Aden", "Gulf of Aden"], 12.79, 45.03, "YE")                   # "50 nautical miles southwest of Aden"
BAB_EL_MANDEB = place(["Bab el-Mandeb", "Bab al-Mandab", "Bab-el-Mandeb strait"], 12.58, 43.33)  # strait between YE and DJ: no country
HODEIDAH = place(["Hodeidah", "Hudaydah", "Al Hudaydah", "Hodeida"], 14.80, 42.95, "YE")
SANAA_DAILAMI = place(["al-Dailami", "al-Daylami", "Sanaa", "Sana'a"], 15.48, 44.22, "YE")
YEMEN = place(["Yemen"], country="YE")
SAADA = place(["Saada", "Sa'dah", "Sadah"], 16.94, 43.76, "YE")
MARIB = place(["Marib", "Ma'rib"], 15.46, 45.33, "YE")
TAIZ = place(["Taiz", "Ta'izz", "al-Rawdah"], 13.58, 44.02, "YE")
ABU_DHABI = place(["Abu Dhabi"], 24.45, 54.38, "AE")
SHABWA = place(["Shabwa", "Shabwah", "Shabwa province"], 14.54, 46.83, "YE")
BEIRUT_SUBURBS = place(["Musharrafieh", "Beirut", "Beirut's southern suburbs", "Dahiyeh", "Dahieh"], 33.85, 35.51, "LB")
SHTULA = place(["Shtula", "Shtulah"], 33.08, 35.32, "IL")
AITAROUN = place(["Aitaroun", "Aytaroun", "Aitarun"], 33.12, 35.47, "LB")
AYTA = place(["Ayta al-Shaab", "Aita al-Shaab", "Ayta ash Shab"], 33.10, 35.33, "LB")
KIRYAT_SHMONA = place(["Kiryat Shmona", "Qiryat Shemona"], 33.21, 35.57, "IL")
MAJDAL_SHAMS = place(["Majdal Shams", "Majdal Shams, Golan Heights"], 33.27, 35.77, "SY")
GOLAN = place(["Golan Heights", "Golan"], 33.00, 35.75, "SY")
KFAR_KILA = place(["Kfar Kila", "Kfarkela", "Chebaa", "Shebaa"], 33.28, 35.56, "LB")
LEBANON = place(["Lebanon", "Lebanese territory"], country="LB")
BAALBEK = place(["Baalbek", "Baalbeck", "Bekaa", "Bekaa Valley"], 34.00, 36.21, "LB")
MARKABA = place(["Markaba", "Mrkaba"], 33.23, 35.52, "LB")
KHIAM = place(["Khiam", "El Khiam"], 33.33, 35.61, "LB")
METULA = place(["Metula", "Metulla"], 33.28, 35.58, "IL")
RUWAISHED = place(["Ruwaished", "Ruwaishid", "Ar Ruwayshid", "Ruwayshid"], 32.50, 38.20, "JO")
MAFRAQ = place(["Mafraq", "Al Mafraq", "Mafraq governorate"], 32.34, 36.21, "JO")
JABER = place(["Jaber", "Jaber border crossing", "Jaber crossing", "Jabir"], 32.55, 36.22, "JO")
ISFAHAN = place(["Isfahan", "Esfahan", "Ispahan"], 32.65, 51.67, "IR")
ISRAEL_COUNTRY = place(["Israel", "Israeli territory"], country="IL")
CHABAHAR = place(["Chabahar", "Chah Bahar"], 25.29, 60.64, "IR")
RASK = place(["Rask"], 26.24, 61.40, "IR")
SARAVAN = place(["Saravan"], 27.37, 62.33, "IR")
PAKISTAN = place(["Pakistan"], country="PK")
IRAN_COUNTRY = place(["Iran", "Iranian territory"], country="IR")
TEHRAN = place(["Tehran", "Teheran"], 35.69, 51.39, "IR")
ILAM = place(["Ilam", "Ilam province"], country="IR")
KHUZESTAN = place(["Khuzestan", "Khuzestan province"], country="IR")
JERICHO = place(["Jericho"], 31.86, 35.46, "PS")
DAMASCUS = place(["Damascus"], 33.51, 36.29, "SY")
TOWER_22 = place(["Tower 22", "north-eastern Jordan", "Jordan"], 33.32, 38.69, "JO")
RED_SEA = place(["Red Sea"])


# --- small builders -----------------------------------------------------------
def D(start, end=None):
    return {"start": start, "end": end or start}


_SAME = object()


def N(lo, hi=_SAME):
    """N(3) -> 3..3; N(9, None) -> 9..open."""
    return {"min": lo, "max": lo if hi is _SAME else hi}


ZERO = N(0)


def ev(core, evidence, event_type, sub_event_type=None, *, source, status="occurred",
       actor1=None, actor2=None, location=None, date=None, killed=None, injured=None,
       casualties=None, aggregate=False):
    e = {"core": core, "evidence": evidence, "event_type": event_type}
    if sub_event_type:
        e["sub_event_type"] = sub_event_type
    for key, value in (("actor1", actor1), ("actor2", actor2), ("location", location),
                       ("date", date), ("killed", killed), ("injured", injured),
                       ("casualties", casualties)):
        if value is not None:
            e[key] = value
    e["source"] = source
    e["status"] = status
    if aggregate:
        e["aggregate"] = True
    return e


def core(evidence, event_type, sub=None, **kw):
    return ev(True, evidence, event_type, sub, **kw)


def side(evidence, event_type, sub=None, **kw):
    return ev(False, evidence, event_type, sub, **kw)


DOCS = []


def doc(did, outlet, published, voice, theme, text, events):
    DOCS.append({"id": did, "outlet": outlet, "published": published, "voice": voice,
                 "theme": theme, "text": text, "events": events})


# =============================================================================
# dev-b-01  wire — Iraq: missile attack on Ain al-Asad (Sat 20 Jan 2024)
# =============================================================================
T01 = """Missiles hit Iraq's Ain al-Asad air base, U.S. personnel checked for brain injuries

BAGHDAD, Jan. 21 — Iran-backed militants fired a barrage of ballistic missiles and rockets at Ain al-Asad air base in Iraq's western Anbar province on Saturday, wounding at least one Iraqi service member, U.S. Central Command said.

Several American personnel were being evaluated for traumatic brain injuries after the attack, which began at about 6:30 p.m. local time, CENTCOM said in a statement. Most of the missiles were intercepted by the base's Patriot air defense batteries, while others struck inside the sprawling compound, the command added.

The Islamic Resistance in Iraq, a loose umbrella of Iran-aligned armed factions, said in a Telegram post that its fighters had targeted the "occupation" base with "a barrage of missiles". It did not say how many were launched.

Two U.S. officials, speaking on condition of anonymity, told reporters that damage was still being assessed and that the number of people hurt could rise.

Ain al-Asad, which hosts U.S. and other coalition troops training Iraqi forces, has been a frequent target. Iran-aligned groups have attacked U.S. forces in Iraq and Syria more than 140 times since Oct. 17, according to Pentagon figures, as tensions over the war in Gaza have spilled across the region.

Earlier this month, a U.S. drone strike on a vehicle in eastern Baghdad killed a senior commander of Harakat al-Nujaba and one of his aides, a move the Iraqi government denounced as a violation of its sovereignty.

Prime Minister Mohammed Shia al-Sudani has called for an orderly exit of the U.S.-led coalition, though talks on the subject have barely begun. A government spokesman said on Saturday that Baghdad rejected all attacks on bases hosting coalition advisers.
"""
CENTCOM = ["U.S. Central Command", "CENTCOM", "Central Command", "U.S. military"]
doc("dev-b-01", "Levant Wire", "2024-01-21", "wire report", "Iraq: militia missile attack on Ain al-Asad", T01, [
    # "at least one" Iraqi wounded; the Americans are only "being evaluated" -> 1..open.
    core("Iran-backed militants fired a barrage of ballistic missiles and rockets at Ain al-Asad air base in Iraq's western Anbar province on Saturday, wounding at least one Iraqi service member",
         ERV, SHELL, actor1=IRI + ["Iran-backed militants", "militants"],
         actor2=COALITION + ["Iraqi service member", "Iraqi forces"],
         location=AIN_AL_ASAD, date=D("2024-01-20"), injured=N(1, None), source=CENTCOM),
    core("Most of the missiles were intercepted by the base's Patriot air defense batteries",
         SD, DISRUPT, actor1=COALITION + ["Patriot air defense batteries"], actor2=IRI + ["Iran-backed militants"],
         location=AIN_AL_ASAD, date=D("2024-01-20"), source=CENTCOM + ["the command"]),
    side("Missiles hit Iraq's Ain al-Asad air base", ERV, SHELL, actor1=IRI + UNKNOWN, actor2=COALITION,
         location=AIN_AL_ASAD, date=D("2024-01-20"), source=["author"]),
    # the claim of responsibility repeats the same event (no different numbers): non-core
    side("its fighters had targeted the \"occupation\" base with \"a barrage of missiles\"", ERV, SHELL,
         actor1=IRI, actor2=COALITION + ["occupation"], location=AIN_AL_ASAD, date=D("2024-01-20"),
         source=["Islamic Resistance in Iraq"]),
    side("Iran-aligned groups have attacked U.S. forces in Iraq and Syria more than 140 times since Oct. 17",
         ERV, None, actor1=IRI + ["Iran-aligned groups"], actor2=US, date=D("2023-10-17", "2024-01-21"),
         source=["Pentagon", "Pentagon figures"], aggregate=True),
    side("a U.S. drone strike on a vehicle in eastern Baghdad killed a senior commander of Harakat al-Nujaba and one of his aides",
         ERV, AIR, actor1=US, actor2=["Harakat al-Nujaba", "Nujaba", "al-Nujaba"] + IRI,
         location=BAGHDAD, date=D("2024-01-01", "2024-01-21"), killed=N(2), source=["author"]),
])

# =============================================================================
# dev-b-02  official (CENTCOM press release) — Iraq: U.S. strikes on Kataib Hezbollah
# =============================================================================
T02 = """U.S. forces strike Kataib Hezbollah facilities in Iraq

TAMPA, Fla., Jan. 24 — On Jan. 24 at approximately 12:15 a.m. (Baghdad time), U.S. Central Command (CENTCOM) forces carried out precision strikes on three facilities in Iraq that are used by Kataib Hezbollah (KH) and other Iran-affiliated militia groups.

The first strikes hit a KH headquarters and a one-way attack drone storage facility in Jurf al-Sakhar, about 60 kilometers south-west of Baghdad. A second set of strikes destroyed a command-and-control node and a rocket storage site near al-Qaim, close to the Syrian border.

These strikes respond to the attack on Ain al-Asad Air Base on Jan. 20, in which Iran-backed militants fired multiple ballistic missiles and rockets at U.S. and Iraqi personnel.

Separately, on the evening of Jan. 23, coalition air defenses at Harir Air Base in the Kurdistan Region shot down a one-way attack drone approaching the base. There were no injuries and no damage to the installation.

"Our forces will continue to act in self-defense against anyone who targets U.S. personnel," said Navy Capt. Daniel Reyes, a CENTCOM spokesman. "We do not seek a wider conflict, but we will protect our people."

Initial assessments indicate that the strikes destroyed the targeted facilities. CENTCOM is assessing whether any militants were killed.

U.S. forces are in Iraq at the invitation of the Government of Iraq to advise and assist Iraqi forces in ensuring the lasting defeat of ISIS.
"""
CENTCOM_SELF = CENTCOM + ["author"]
doc("dev-b-02", "U.S. Central Command", "2024-01-24", "official statement (CENTCOM)", "Iraq: U.S. strikes on Kataib Hezbollah (Jurf al-Sakhar, al-Qaim); Harir", T02, [
    core("The first strikes hit a KH headquarters and a one-way attack drone storage facility in Jurf al-Sakhar",
         ERV, AIR, actor1=US + ["CENTCOM", "U.S. Central Command"], actor2=KATAIB + IRI,
         location=JURF, date=D("2024-01-24"), source=CENTCOM_SELF),
    core("A second set of strikes destroyed a command-and-control node and a rocket storage site near al-Qaim",
         ERV, AIR, actor1=US + ["CENTCOM", "U.S. Central Command"], actor2=KATAIB + IRI,
         location=QAIM, date=D("2024-01-24"), source=CENTCOM_SELF),
    # "no injuries" -> injured 0..0 only (see conventions)
    core("coalition air defenses at Harir Air Base in the Kurdistan Region shot down a one-way attack drone approaching the base",
         SD, DISRUPT, actor1=COALITION + ["coalition air defenses"], actor2=UNKNOWN,
         location=HARIR, date=D("2024-01-23"), injured=ZERO, source=CENTCOM_SELF),
    # the lead sentence summarises both strike sets: aggregate
    side("U.S. Central Command (CENTCOM) forces carried out precision strikes on three facilities in Iraq",
         ERV, AIR, actor1=US + ["CENTCOM"], actor2=KATAIB + IRI, location=IRAQ, date=D("2024-01-24"),
         source=CENTCOM_SELF, aggregate=True),
    side("U.S. forces strike Kataib Hezbollah facilities in Iraq", ERV, AIR, actor1=US, actor2=KATAIB,
         location=IRAQ, source=CENTCOM_SELF, aggregate=True),
    side("Iran-backed militants fired multiple ballistic missiles and rockets at U.S. and Iraqi personnel",
         ERV, SHELL, actor1=IRI + ["Iran-backed militants"], actor2=COALITION + ["Iraqi personnel"],
         location=AIN_AL_ASAD, date=D("2024-01-20"), source=CENTCOM_SELF),
    side("Our forces will continue to act in self-defense against anyone who targets U.S. personnel",
         ERV, None, actor1=US, source=["CENTCOM", "Daniel Reyes", "CENTCOM spokesman"], status="planned"),
])

# =============================================================================
# dev-b-03  local news quoting an official statement — IRGC missiles on Erbil (Mon 15 Jan 2024)
# =============================================================================
T03 = """Iranian missiles kill four civilians in Erbil, Kurdistan Region Security Council says

ERBIL, Jan. 16 — Late on Monday, Iran's Islamic Revolutionary Guard Corps fired ballistic missiles at residential neighbourhoods of Erbil, killing four civilians and wounding six others, the Kurdistan Region Security Council (KRSC) said in a statement on Tuesday.

Among the dead were Peshraw Dizayee, a well-known Kurdish businessman, and his infant daughter, whose house near the airport road was destroyed. Another missile hit the home of a senior official of the region's intelligence service, the council said.

"There is no espionage centre in Erbil. This was a crime against innocent families, and the claims of the Revolutionary Guards are baseless," said Hemin Rashid, a spokesman for the council.

In a statement carried by Iranian state media, the Revolutionary Guards said they had destroyed "an espionage headquarters of the Zionist regime" in Erbil with ballistic missiles, describing the target as a base of Israel's Mossad used to plan operations against Iran.

The Guards also said they had fired missiles at gatherings of "terrorist groups", including the Islamic State, in Syria's Idlib province the same night. There was no independent confirmation of casualties there.

The Guards vowed that their operations against those who threaten Iran's security would continue.

This is not the first time Erbil has been targeted from Iran. In March 2022, the IRGC fired a dozen ballistic missiles at the city, damaging a television station and an empty villa near the new U.S. consulate compound.

The Kurdistan Regional Government has called on the federal government in Baghdad and the international community to take a firm stand against what it calls repeated violations of Iraq's sovereignty.
"""
KRSC = ["Kurdistan Region Security Council", "KRSC", "Security Council", "council"]
IRGC_SRC = ["Revolutionary Guards", "IRGC", "Islamic Revolutionary Guard Corps", "Iranian state media", "Guards"]
doc("dev-b-03", "Erbil Today", "2024-01-16", "local news quoting official statements (KRSC vs IRGC)", "Iran/Iraq: IRGC ballistic missiles on Erbil; Idlib", T03, [
    # Version 1 (KRSC): civilians hit, 4 killed, 6 wounded.
    core("Iran's Islamic Revolutionary Guard Corps fired ballistic missiles at residential neighbourhoods of Erbil, killing four civilians and wounding six others",
         ERV, SHELL, actor1=IRGC + IRAN, actor2=CIVILIANS + ["residential neighbourhoods"],
         location=ERBIL, date=D("2024-01-15"), killed=N(4), injured=N(6), source=KRSC),
    # Version 2 (IRGC): a Mossad "espionage headquarters" destroyed; no casualty figures.
    core("the Revolutionary Guards said they had destroyed \"an espionage headquarters of the Zionist regime\" in Erbil with ballistic missiles",
         ERV, SHELL, actor1=IRGC + IRAN, actor2=["Mossad", "Israel", "Zionist regime", "espionage headquarters"],
         location=ERBIL, date=D("2024-01-15"), source=IRGC_SRC),
    # "the same night" as late Monday: may run past midnight.
    core("they had fired missiles at gatherings of \"terrorist groups\", including the Islamic State, in Syria's Idlib province the same night",
         ERV, SHELL, actor1=IRGC + IRAN, actor2=ISIS + ["terrorist groups"],
         location=IDLIB, date=D("2024-01-15", "2024-01-16"), source=IRGC_SRC),
    side("Iranian missiles kill four civilians in Erbil", ERV, SHELL, actor1=IRAN + IRGC, actor2=CIVILIANS,
         location=ERBIL, killed=N(4), source=KRSC),
    # a detail of the same barrage
    side("Another missile hit the home of a senior official of the region's intelligence service",
         ERV, SHELL, actor1=IRGC + IRAN, actor2=["senior official", "intelligence service"] + CIVILIANS,
         location=ERBIL, date=D("2024-01-15"), source=KRSC),
    side("The Guards vowed that their operations against those who threaten Iran's security would continue",
         ERV, None, actor1=IRGC + IRAN, source=IRGC_SRC, status="planned"),
    # "a dozen" ballistic missiles: not people, no casualty field.
    side("the IRGC fired a dozen ballistic missiles at the city, damaging a television station and an empty villa",
         ERV, SHELL, actor1=IRGC + IRAN, location=ERBIL, date=D("2022-03-01", "2022-03-31"), source=["author"]),
])

# =============================================================================
# dev-b-04  partisan op-ed — Iraq: drone attacks on Harir/Erbil, U.S. strikes near Hilla (Dec 2023)
# =============================================================================
T04 = """Christmas gifts for the occupiers: the resistance answers in Erbil

The American occupiers wanted a quiet holiday in Kurdistan. The resistance had other plans.

On Christmas Eve, the heroes of the Islamic Resistance in Iraq sent their drones to the Harir base north of Erbil, the nest from which the occupiers spy on the whole region. The Pentagon, of course, said nothing about it.

The following morning the message was repeated. A squadron of drones struck the occupation base at Erbil airport, and sources close to the resistance say the strike killed or wounded dozens of American soldiers. Washington, which lies as easily as it breathes, admits only that three of its service members were wounded, one of them critically.

The answer of the cowards came in the early hours of Tuesday. American warplanes bombed three sites of the Popular Mobilisation in Hilla and its surroundings, martyring one of our brothers and wounding 18 others, among them civilians who happened to live nearby. This is the "self-defence" that Biden boasts about.

Let us be clear. Every base on Iraqi soil is a target, and the earth is burning under the feet of the occupiers. The resistance will keep striking until the last American soldier leaves. If Washington does not withdraw, its embassy in Baghdad would not be safe either.

Iraq is not a garden for American generals to stroll in. The Iraqi parliament voted in 2020 for the foreign forces to leave. Years later, they are still here, stealing our oil and our sovereignty. They will leave the way they left Kabul: running.

The Sudani government, for its part, must choose: stand with its people, or with the occupiers who bomb them.
"""
RESISTANCE = IRI + ["resistance", "heroes of the Islamic Resistance in Iraq"]
OCCUPIERS = US + ["occupiers", "occupation", "American soldiers", "service members"]
doc("dev-b-04", "Sawt al-Muqawama", "2023-12-28", "partisan op-ed (pro-militia)", "Iraq: militia drones on Harir and Erbil airport; U.S. strikes near Hilla", T04, [
    core("On Christmas Eve, the heroes of the Islamic Resistance in Iraq sent their drones to the Harir base north of Erbil",
         ERV, AIR, actor1=RESISTANCE, actor2=OCCUPIERS, location=HARIR, date=D("2023-12-24"), source=["author"]),
    # Two versions of the Christmas Day attack: the resistance's (dozens of casualties) ...
    core("A squadron of drones struck the occupation base at Erbil airport",
         ERV, AIR, actor1=RESISTANCE, actor2=OCCUPIERS, location=ERBIL_AIRPORT, date=D("2023-12-25"),
         casualties=N(24, None), source=["sources close to the resistance", "author"]),
    # ... and Washington's (three wounded).
    core("admits only that three of its service members were wounded, one of them critically",
         ERV, AIR, actor1=RESISTANCE, actor2=OCCUPIERS, location=ERBIL_AIRPORT, date=D("2023-12-25"),
         injured=N(3), source=["Washington", "Pentagon", "U.S."]),
    # "early hours of Tuesday" relative to Thu 28 Dec -> Tue 26 Dec.
    core("American warplanes bombed three sites of the Popular Mobilisation in Hilla and its surroundings, martyring one of our brothers and wounding 18 others",
         ERV, AIR, actor1=US + ["American warplanes"], actor2=PMF + KATAIB + CIVILIANS,
         location=HILLA, date=D("2023-12-26"), killed=N(1), injured=N(18), source=["author"]),
    side("The resistance will keep striking until the last American soldier leaves",
         ERV, None, actor1=RESISTANCE, actor2=OCCUPIERS, source=["author"], status="planned"),
    side("If Washington does not withdraw, its embassy in Baghdad would not be safe either",
         ERV, None, actor1=RESISTANCE, actor2=US + ["U.S. embassy", "embassy"], location=BAGHDAD,
         source=["author"], status="hypothetical"),
    # No gold: "the earth is burning under the feet of the occupiers", "Every base on
    # Iraqi soil is a target", "Iraq is not a garden ...", "the occupiers who bomb them".
])

# =============================================================================
# dev-b-05  official (Kurdistan Region CT statement) — drones on Erbil airport and Harir; arrests
# =============================================================================
T05 = """Statement by the Kurdistan Region Counter-Terrorism Directorate

ERBIL, 2023-10-28 — At 11:40 p.m. late on Friday, the air defences of the international coalition at Erbil International Airport detected two explosive-laden drones approaching from the west.

One drone was shot down by the coalition's air defence system over the village of Kani Qirzhala, west of the airport. The second drone fell inside the airport perimeter and exploded, but it did not wound anyone and caused only minor damage to a fence.

On Wednesday evening, another drone targeted Harir air base in the Shaqlawa district. It exploded in an empty area near the base, and there were no casualties.

Our investigations show that both attacks were carried out by outlaw groups that belong to the Popular Mobilisation Forces and receive their orders from outside Iraq's borders. These groups have repeatedly tried to destabilise the Kurdistan Region and damage its economy.

Yesterday, our forces, in cooperation with the Asayish of Erbil, arrested two suspects in the Daratu area who had helped prepare the launch of drones from the outskirts of Makhmour. Their confessions will be made public once the investigation is complete.

The Counter-Terrorism Directorate calls on the federal government to hold accountable those who target the security of the Kurdistan Region, and calls on citizens to report any suspicious activity to the security authorities.

The Kurdistan Region will remain a land of peace and coexistence, and it will not be dragged into the conflicts of others.
"""
KRCT = ["Kurdistan Region Counter-Terrorism Directorate", "Counter-Terrorism Directorate", "Kurdistan Region CT",
        "CTD", "author"]
OUTLAW = ["outlaw groups"] + PMF + ["militia"] + UNKNOWN
doc("dev-b-05", "Kurdistan Region Counter-Terrorism Directorate", "2023-10-28", "official statement (Kurdistan Region CT)", "Iraq: drones on Erbil airport and Harir; arrests", T05, [
    core("One drone was shot down by the coalition's air defence system over the village of Kani Qirzhala",
         SD, DISRUPT, actor1=COALITION + ["air defence system"], actor2=OUTLAW,
         location=ERBIL_AIRPORT, date=D("2023-10-27"), source=KRCT),
    # "did not wound anyone" -> injured 0..0; status stays occurred.
    core("The second drone fell inside the airport perimeter and exploded, but it did not wound anyone",
         ERV, AIR, actor1=OUTLAW, actor2=COALITION + ["Erbil International Airport"],
         location=ERBIL_AIRPORT, date=D("2023-10-27"), injured=ZERO, source=KRCT),
    core("another drone targeted Harir air base in the Shaqlawa district",
         ERV, AIR, actor1=OUTLAW, actor2=COALITION, location=HARIR, date=D("2023-10-25"),
         killed=ZERO, injured=ZERO, source=KRCT),
    # The Makhmour launch area is a trap: the arrests happened in Daratu.
    core("our forces, in cooperation with the Asayish of Erbil, arrested two suspects in the Daratu area",
         SD, ARRESTS, actor1=["Kurdistan Region Counter-Terrorism Directorate", "Counter-Terrorism Directorate",
                              "Asayish", "Kurdistan Region security forces", "Kurdistan Regional Government",
                              "our forces"],
         actor2=["suspects", "two suspects"], location=DARATU, date=D("2023-10-27"), source=KRCT),
    # "These groups have repeatedly tried to destabilise ..." is generic: no gold.
])

# =============================================================================
# dev-b-06  wire — Iraq: PKK attacks on Turkish bases, Turkish strikes (Dec 2023)
# =============================================================================
T06 = """Twelve Turkish soldiers killed in two days of PKK attacks in northern Iraq

ANKARA, Dec. 24 — Kurdish militants killed 12 Turkish soldiers in two attacks on Turkish bases in northern Iraq, Turkey's defence ministry said, prompting a wave of air strikes on Kurdistan Workers' Party (PKK) hideouts in the mountainous border region.

Militants tried to infiltrate a Turkish base in the Claw-Lock operation zone in Duhok province late on Friday, and six soldiers were killed in the fighting that followed, the ministry said. Six more died on Saturday when a second group attacked another base in the same area, among them two Turkish soldiers who succumbed to their wounds in hospital. Earlier on Friday, a roadside bomb wounded two Turkish soldiers on a foot patrol near Amadiya, the ministry said.

The People's Defence Forces (HPG), the PKK's armed wing, gave a very different account. In a statement on its website, it claimed its fighters had killed or wounded some 45 soldiers in the first attack alone.

Turkish warplanes then pounded PKK positions in the Qandil mountains overnight, destroying 29 targets, including caves, bunkers and ammunition depots, the ministry said. It said at least nine militants had been "neutralised", a term Ankara uses for fighters killed, captured or surrendered.

On Thursday, a Turkish drone struck a car near the town of Sinun in the Sinjar district, killing three members of the Sinjar Resistance Units (YBS), a Yazidi force that Ankara regards as a PKK affiliate, local officials told reporters.

Farther east, artillery shells fired either by Turkish or by Iranian forces hit farmland near Sidakan on Thursday, wounding a shepherd, the district's mayor said.

Turkey has carried out cross-border operations against the PKK in northern Iraq for decades. The group, which has waged an insurgency against the Turkish state since 1984, is listed as a terrorist organisation by Turkey, the United States and the European Union.
"""
TR_MOD = ["Turkey's defence ministry", "defence ministry", "Turkish defence ministry", "ministry",
          "Turkish Ministry of National Defence", "Turkey"]
doc("dev-b-06", "Meridian News Agency", "2023-12-24", "wire report", "Iraq: PKK vs Turkish army in Duhok; Turkish strikes in Qandil and Sinjar", T06, [
    # Version 1 (ministry): Friday, six killed.
    core("Militants tried to infiltrate a Turkish base in the Claw-Lock operation zone in Duhok province late on Friday, and six soldiers were killed in the fighting that followed",
         BAT, CLASH, actor1=PKK + ["militants"], actor2=TURKEY, location=DUHOK, date=D("2023-12-22"),
         killed=N(6), source=TR_MOD),
    # Version 2 (HPG): same attack, "killed or wounded some 45" -> casualties 45..45.
    core("its fighters had killed or wounded some 45 soldiers in the first attack alone",
         BAT, CLASH, actor1=PKK, actor2=TURKEY, location=DUHOK, date=D("2023-12-22"),
         casualties=N(45), source=["HPG", "People's Defence Forces", "PKK"]),
    # "two Turkish soldiers" are among the six, not in addition: killed 6..6.
    core("Six more died on Saturday when a second group attacked another base in the same area",
         BAT, CLASH, actor1=PKK + ["militants", "second group"], actor2=TURKEY, location=DUHOK,
         date=D("2023-12-23"), killed=N(6), source=TR_MOD),
    # Here "two Turkish soldiers" are the whole count: injured 2..2. The text names no bomber.
    core("a roadside bomb wounded two Turkish soldiers on a foot patrol near Amadiya",
         ERV, IED, actor1=UNKNOWN, actor2=TURKEY, location=AMADIYA, date=D("2023-12-22"), injured=N(2),
         source=TR_MOD),
    # "neutralised" covers killed, captured or surrendered: no killed field.
    # "overnight" after Saturday's attack -> Sat night into Sunday.
    core("Turkish warplanes then pounded PKK positions in the Qandil mountains overnight",
         ERV, AIR, actor1=TURKEY + ["Turkish warplanes"], actor2=PKK, location=QANDIL,
         date=D("2023-12-23", "2023-12-24"), source=TR_MOD),
    core("a Turkish drone struck a car near the town of Sinun in the Sinjar district, killing three members of the Sinjar Resistance Units (YBS)",
         ERV, AIR, actor1=TURKEY + ["Turkish drone"], actor2=["Sinjar Resistance Units", "YBS", "Yazidi"],
         location=SINUN, date=D("2023-12-21"), killed=N(3), source=["local officials"]),
    # uncertain perpetrator: either Turkish or Iranian forces
    core("artillery shells fired either by Turkish or by Iranian forces hit farmland near Sidakan on Thursday, wounding a shepherd",
         ERV, SHELL, actor1=TURKEY + IRAN + ["Iranian forces", "Turkish forces"], actor2=CIVILIANS + ["shepherd"],
         location=SIDAKAN, date=D("2023-12-21"), injured=N(1), source=["mayor", "district's mayor"]),
    side("Twelve Turkish soldiers killed in two days of PKK attacks in northern Iraq", BAT, CLASH,
         actor1=PKK, actor2=TURKEY, location=DUHOK, date=D("2023-12-22", "2023-12-23"), killed=N(12),
         source=["author"] + TR_MOD, aggregate=True),
    side("Kurdish militants killed 12 Turkish soldiers in two attacks on Turkish bases in northern Iraq", BAT, CLASH,
         actor1=PKK, actor2=TURKEY, location=DUHOK, date=D("2023-12-22", "2023-12-23"), killed=N(12),
         source=TR_MOD, aggregate=True),
    side("prompting a wave of air strikes on Kurdistan Workers' Party (PKK) hideouts in the mountainous border region",
         ERV, AIR, actor1=TURKEY, actor2=PKK, location=QANDIL, date=D("2023-12-23", "2023-12-24"),
         source=TR_MOD),
    # No gold: "Turkey has carried out cross-border operations ... for decades" (generic).
])

# =============================================================================
# dev-b-07  official (Iraqi Security Media Cell) — ISIS in Diyala, Salahuddin, Kirkuk; Anbar arrests
# =============================================================================
T07 = """Security Media Cell: 11 soldiers killed in ISIS attack on army post in Diyala

BAGHDAD, 21 January 2022 — The Security Media Cell announced that a group of ISIS terrorist remnants attacked an army post in the al-Azim district, north of Baqubah in Diyala province, at about 3 a.m. today, killing 11 soldiers of the Iraqi army, including an officer.

The fighters at the post engaged the attackers, the Cell said, and search operations are under way in the surrounding orchards and the Hamrin foothills to pursue the perpetrators.

In a separate incident, an improvised explosive device went off yesterday under a Federal Police vehicle east of Samarra in Salahuddin province, wounding two policemen, one of them seriously.

On Thursday, Iraqi air force F-16 jets, acting on intelligence from the Joint Operations Command, struck a terrorist hideout in Wadi al-Shay, south-west of Kirkuk, killing at least nine terrorists, according to the statement. The strike also destroyed a cave used to store weapons and explosives.

In Anbar, a force of the Counter-Terrorism Service arrested four terrorists wanted under Article 4 of the Anti-Terrorism Law in the Rutba desert on Wednesday, after a surveillance operation that lasted several days. The detainees were handed over to the competent authorities.

The Commander-in-Chief of the Armed Forces has ordered the formation of an investigative committee and directed the security forces to launch a wide operation to hunt down the terrorist cells in the area between Diyala, Salahuddin and Kirkuk.

The Security Media Cell calls on citizens to cooperate with the security forces by reporting any suspicious movement.
"""
SMC = ["Security Media Cell", "Iraqi Security Media Cell", "the Cell", "author"]
doc("dev-b-07", "Iraqi Security Media Cell", "2022-01-21", "official statement (Iraqi Security Media Cell)", "Iraq: ISIS attacks in Diyala, Salahuddin; air strike near Kirkuk; arrests in Anbar", T07, [
    # ISIS attack on an army post (armed soldiers): Battles / Armed clash.
    core("a group of ISIS terrorist remnants attacked an army post in the al-Azim district, north of Baqubah in Diyala province, at about 3 a.m. today, killing 11 soldiers of the Iraqi army",
         BAT, CLASH, actor1=ISIS + ["terrorist remnants"], actor2=IRAQ_ARMY + ["soldiers"],
         location=AL_AZIM, date=D("2022-01-21"), killed=N(11), source=SMC),
    # the fighters' response is the same clash
    side("The fighters at the post engaged the attackers", BAT, CLASH, actor1=IRAQ_ARMY + ["fighters"],
         actor2=ISIS + ["attackers"], location=AL_AZIM, date=D("2022-01-21"), source=SMC),
    # The text names no perpetrator for the IED.
    core("an improvised explosive device went off yesterday under a Federal Police vehicle east of Samarra in Salahuddin province, wounding two policemen",
         ERV, IED, actor1=UNKNOWN, actor2=["Federal Police", "Iraqi Federal Police", "police", "policemen"],
         location=SAMARRA, date=D("2022-01-20"), injured=N(2), source=SMC),
    # "south-west of Kirkuk" -> Kirkuk's coordinates (ANNOTATION: "east of X" -> X).
    core("struck a terrorist hideout in Wadi al-Shay, south-west of Kirkuk, killing at least nine terrorists",
         ERV, AIR, actor1=["Iraqi air force", "Iraqi Air Force", "F-16"] + IRAQ_ARMY, actor2=ISIS + ["terrorists"],
         location=KIRKUK, date=D("2022-01-20"), killed=N(9, None), source=SMC + ["statement"]),
    core("a force of the Counter-Terrorism Service arrested four terrorists wanted under Article 4 of the Anti-Terrorism Law in the Rutba desert on Wednesday",
         SD, ARRESTS, actor1=["Counter-Terrorism Service", "CTS", "Iraqi Counter-Terrorism Service"] + IRAQ_ARMY,
         actor2=["terrorists", "four terrorists", "suspects"] + ISIS, location=RUTBA, date=D("2022-01-19"),
         source=SMC),
    side("11 soldiers killed in ISIS attack on army post in Diyala", BAT, CLASH, actor1=ISIS, actor2=IRAQ_ARMY,
         location=AL_AZIM, killed=N(11), source=SMC),
    side("directed the security forces to launch a wide operation to hunt down the terrorist cells",
         BAT, None, actor1=IRAQ_ARMY + ["security forces"], actor2=ISIS + ["terrorist cells"],
         source=SMC + ["Commander-in-Chief"], status="planned"),
])

# =============================================================================
# dev-b-08  wire — Iraq: Tishreen protests, Nasiriyah, Najaf, Baghdad, Basra (Nov 2019)
# =============================================================================
T08 = """Iraqi forces kill protesters in Nasiriyah; Iranian consulate in Najaf torched

BAGHDAD, Nov. 29 — Iraqi security forces shot dead at least 25 protesters in the southern city of Nasiriyah on Thursday, medical sources said, in one of the bloodiest days since anti-government demonstrations erupted in early October.

More than 40 people were wounded, hospital officials told reporters. Residents said the shooting near two of the city's bridges went on for several hours.

The violence followed a night of anger in Najaf, where protesters stormed the Iranian consulate late on Wednesday and set it ablaze, chanting against Iran. The staff had left the building through a back door before the crowd broke in. "None of our personnel were hurt," an Iranian foreign ministry spokesman said on Thursday, demanding that Baghdad punish those responsible.

In Baghdad, security forces fired tear gas and live rounds at demonstrators on the Ahrar bridge on Thursday, killing four, according to police and medical sources. In Basra, thousands of people marched peacefully to the provincial council building on Thursday, chanting against corruption and foreign interference, before dispersing in the evening.

Since Oct. 1, more than 350 people have been killed in the protests, according to a tally by the Iraqi High Commission for Human Rights, which says most of the deaths were caused by security forces and unidentified snipers.

The government of Prime Minister Adel Abdul-Mahdi has promised reforms, but the protesters say they want the entire political class gone. "This government is a sinking ship and everybody is jumping off," said Hassan, a 23-year-old protester in Tahrir Square who declined to give his full name.

Iraq's top Shi'ite cleric, Grand Ayatollah Ali al-Sistani, is due to deliver his weekly sermon on Friday.
"""
ISF = ["Iraqi security forces", "security forces", "Iraqi forces", "troops", "Military Forces of Iraq",
       "Police Forces of Iraq", "Iraq"]
PROTESTERS = ["protesters", "demonstrators", "Protesters (Iraq)", "crowds"]
doc("dev-b-08", "Meridian News Agency", "2019-11-29", "wire report", "Iraq: protests with excessive force (Nasiriyah, Baghdad), Najaf consulate riot, Basra march", T08, [
    core("Iraqi security forces shot dead at least 25 protesters in the southern city of Nasiriyah on Thursday",
         PRO, EXCESS, actor1=ISF, actor2=PROTESTERS, location=NASIRIYAH, date=D("2019-11-28"),
         killed=N(25, None), injured=N(41, None), source=["medical sources", "hospital officials"]),
    # "None of our personnel were hurt" -> killed 0..0, injured 0..0 (see conventions).
    core("protesters stormed the Iranian consulate late on Wednesday and set it ablaze",
         RIOT, VIOLENT, actor1=["protesters", "rioters", "Rioters (Iraq)", "crowd"],
         actor2=["Iranian consulate", "Iran", "Government of Iran"], location=NAJAF, date=D("2019-11-27"),
         killed=ZERO, injured=ZERO, source=["author", "Iranian foreign ministry", "foreign ministry spokesman"]),
    core("security forces fired tear gas and live rounds at demonstrators on the Ahrar bridge on Thursday, killing four",
         PRO, EXCESS, actor1=ISF, actor2=PROTESTERS, location=BAGHDAD_AHRAR, date=D("2019-11-28"),
         killed=N(4), source=["police", "medical sources"]),
    core("In Basra, thousands of people marched peacefully to the provincial council building on Thursday",
         PRO, PEACEFUL, actor1=PROTESTERS + ["people", "thousands of people"], location=BASRA,
         date=D("2019-11-28"), source=["author"]),
    side("Iraqi forces kill protesters in Nasiriyah", PRO, EXCESS, actor1=ISF, actor2=PROTESTERS,
         location=NASIRIYAH, source=["author"]),
    side("Iranian consulate in Najaf torched", RIOT, VIOLENT, actor1=["protesters", "rioters", "unknown"],
         actor2=["Iranian consulate", "Iran"], location=NAJAF, source=["author"]),
    side("more than 350 people have been killed in the protests", PRO, EXCESS, actor1=ISF + ["snipers"],
         actor2=PROTESTERS, location=IRAQ, date=D("2019-10-01", "2019-11-29"), killed=N(351, None),
         source=["Iraqi High Commission for Human Rights", "High Commission for Human Rights"], aggregate=True),
    # No gold: "This government is a sinking ship" (metaphor).
])

# =============================================================================
# dev-b-09  official (CENTCOM) — Red Sea: Houthi drone/missile salvo shot down (Tue 9 Jan 2024)
# =============================================================================
T09 = """Houthi drone and missile attack in southern Red Sea defeated by U.S. and U.K. forces

TAMPA, Fla., Jan. 10 — On Jan. 9, at approximately 9:15 p.m. (Sanaa time), the Iranian-backed Houthis fired a combined salvo of one-way attack drones, anti-ship cruise missiles and an anti-ship ballistic missile from territory they control in Yemen toward busy international shipping lanes in the southern Red Sea, where dozens of merchant ships were under way.

F/A-18 fighters flying from the aircraft carrier USS Dwight D. Eisenhower, together with the destroyers USS Gravely, USS Laboon and USS Mason and the Royal Navy's HMS Diamond, shot down all 18 drones, both cruise missiles and the ballistic missile. No one was injured and no ship reported damage.

The Houthis have now attacked commercial shipping lanes in the Red Sea 26 times since Nov. 19, by CENTCOM's count.

"The Houthis' reckless attacks endanger the lives of hundreds of innocent mariners and disrupt the free flow of commerce," said Navy Capt. Daniel Reyes, a CENTCOM spokesman. "Those responsible will be held accountable."

In a televised statement, the Houthis' military spokesman, Yahya Saree, claimed that the group had fired "a large number of ballistic missiles and drones" at an American ship that was providing support to Israel. CENTCOM said it had no indication that any merchant vessel was hit.
"""
SHIPPING = ["international shipping", "shipping", "merchant ships", "merchant vessels", "commercial shipping",
            "shipping lanes"]
SAREE = ["Yahya Saree", "Houthi military spokesman", "military spokesman", "Houthis", "Houthi", "Yemeni Armed Forces"]
doc("dev-b-09", "U.S. Central Command", "2024-01-10", "official statement (CENTCOM)", "Red Sea: Houthi drone/missile salvo, U.S./U.K. interceptions", T09, [
    # 18 drones + 3 missiles: sub-type follows the drones (comment per ANNOTATION.md). "dozens of
    # merchant ships" are not people; "No one was injured" -> injured 0..0.
    core("the Iranian-backed Houthis fired a combined salvo of one-way attack drones, anti-ship cruise missiles and an anti-ship ballistic missile from territory they control in Yemen toward busy international shipping lanes in the southern Red Sea",
         ERV, AIR, actor1=HOUTHI, actor2=SHIPPING, location=SOUTHERN_RED_SEA, date=D("2024-01-09"),
         injured=ZERO, source=CENTCOM_SELF),
    core("shot down all 18 drones, both cruise missiles and the ballistic missile",
         SD, DISRUPT, actor1=US + UK + ["U.S. Navy", "USS Dwight D. Eisenhower", "F/A-18"], actor2=HOUTHI,
         location=SOUTHERN_RED_SEA, date=D("2024-01-09"), source=CENTCOM_SELF),
    # Houthi version of the same salvo: an American ship as target. The claim is undated
    # in its sentence; the statement came out the same night or the next day.
    core("the group had fired \"a large number of ballistic missiles and drones\" at an American ship",
         ERV, SHELL, actor1=HOUTHI, actor2=["American ship", "American", "U.S."], location=SOUTHERN_RED_SEA,
         date=D("2024-01-09", "2024-01-10"), source=SAREE),
    side("Houthi drone and missile attack in southern Red Sea", ERV, AIR, actor1=HOUTHI, actor2=SHIPPING,
         location=SOUTHERN_RED_SEA, source=CENTCOM_SELF),
    side("defeated by U.S. and U.K. forces", SD, DISRUPT, actor1=US + UK, actor2=HOUTHI,
         location=SOUTHERN_RED_SEA, source=CENTCOM_SELF),
    side("The Houthis have now attacked commercial shipping lanes in the Red Sea 26 times since Nov. 19",
         ERV, None, actor1=HOUTHI, actor2=SHIPPING, location=SOUTHERN_RED_SEA,
         date=D("2023-11-19", "2024-01-10"), source=CENTCOM_SELF, aggregate=True),
])

# =============================================================================
# dev-b-10  official (Houthi military spokesman) — Gulf of Aden: Marlin Luanda, USS Carney
# =============================================================================
T10 = """Statement of the Yemeni Armed Forces on targeting the British oil ship MARLIN LUANDA

SANAA, Saturday, 27 January 2024 — In the name of God, the Most Gracious, the Most Merciful.

In support of the oppressed Palestinian people, and in response to the American-British aggression against our country, the naval forces of the Yemeni Armed Forces carried out a targeting operation against the British oil ship MARLIN LUANDA in the Gulf of Aden on Friday, 26 January 2024, with a number of suitable naval missiles. The hit was direct, and the ship caught fire.

The naval forces also targeted the American warship USS CARNEY in the Gulf of Aden last night with a number of drones, and the operation achieved its goals, thanks be to God.

The Yemeni Armed Forces affirm that they will continue to prevent Israeli ships, and ships heading to the ports of occupied Palestine, from sailing through the Red Sea and the Arabian Sea until the aggression stops and the siege on the Gaza Strip is lifted.

The Yemeni Armed Forces also affirm that American and British ships are legitimate targets, and that if the American-British aggression against Yemen continues, it would be met with an escalation the enemy has not seen before.

The arrogant American enemy is drowning in the swamp of the Red Sea, and the Yemeni people will not abandon Gaza whatever the sacrifices.

Brigadier General Yahya Saree
Spokesman of the Yemeni Armed Forces
"""
YAF = ["Yemeni Armed Forces", "Yahya Saree", "Houthis", "Houthi", "Houthi military spokesman", "author"]
HOUTHI_NAVY = HOUTHI + ["naval forces", "naval forces of the Yemeni Armed Forces"]
doc("dev-b-10", "Yemeni Armed Forces (Houthi) media office", "2024-01-27", "official statement (Houthi military spokesman)", "Gulf of Aden: Houthi missiles on Marlin Luanda, drones on USS Carney", T10, [
    core("carried out a targeting operation against the British oil ship MARLIN LUANDA in the Gulf of Aden on Friday, 26 January 2024, with a number of suitable naval missiles",
         ERV, SHELL, actor1=HOUTHI_NAVY, actor2=["MARLIN LUANDA", "Marlin Luanda", "British oil ship", "oil ship", "British"],
         location=GULF_OF_ADEN, date=D("2024-01-26"), source=YAF),
    # "last night" in a statement dated Saturday 27 Jan -> Friday 26 Jan.
    core("The naval forces also targeted the American warship USS CARNEY in the Gulf of Aden last night with a number of drones",
         ERV, AIR, actor1=HOUTHI_NAVY, actor2=["USS CARNEY", "USS Carney", "American warship", "U.S. Navy", "American"],
         location=GULF_OF_ADEN, date=D("2024-01-26"), source=YAF),
    side("targeting the British oil ship MARLIN LUANDA", ERV, SHELL, actor1=HOUTHI, actor2=["MARLIN LUANDA", "Marlin Luanda"],
         location=GULF_OF_ADEN, source=YAF),
    side("they will continue to prevent Israeli ships, and ships heading to the ports of occupied Palestine, from sailing through the Red Sea and the Arabian Sea",
         ERV, None, actor1=HOUTHI, actor2=["Israeli ships", "ships", "Israel"], source=YAF, status="planned"),
    side("if the American-British aggression against Yemen continues, it would be met with an escalation the enemy has not seen before",
         ERV, None, actor1=HOUTHI, actor2=US + UK, source=YAF, status="hypothetical"),
    # No gold: "drowning in the swamp of the Red Sea" (metaphor); "American and British ships are
    # legitimate targets" (generic); "in response to the American-British aggression" (generic).
])

# =============================================================================
# dev-b-11  wire — Gulf of Aden: True Confidence (Wed 6 Mar 2024), two versions
# =============================================================================
T11 = """Houthi missile kills three sailors in first deadly strike on Red Sea shipping

DUBAI, March 7 — Three crew members were killed and at least four others injured, three of them critically, when a Houthi anti-ship ballistic missile hit the bulk carrier True Confidence about 50 nautical miles southwest of Aden on Wednesday, U.S. Central Command said.

The missile set the Barbados-flagged ship on fire and the crew abandoned it, CENTCOM said. An Indian navy warship later picked up 21 crew members and took them to Djibouti, India's navy said.

The Houthis' military spokesman, Yahya Saree, said the group had fired "appropriate naval missiles" at the ship, which he described as American, after its crew ignored warning messages. He made no mention of casualties. The ship's Greek manager said it had no link to the United States.

Hours after the attack, the destroyer USS Carney shot down a one-way attack drone launched from Houthi-held territory toward the Gulf of Aden, CENTCOM said. None of its crew was hurt.

These were the first known deaths since the Houthis began targeting merchant ships in November. The Iran-aligned group says it acts in solidarity with Palestinians in Gaza; Washington and London say many of the vessels it has hit have no connection to Israel.

Last month, the Belize-flagged cargo ship Rubymar was struck by two Houthi missiles near the Bab el-Mandeb strait. It sank in the southern Red Sea on Saturday, raising fears of an environmental disaster from its cargo of fertiliser.

The Houthis have mounted more than 50 attacks on commercial shipping since Nov. 19, according to U.S. officials.
"""
TRUE_CONFIDENCE = ["True Confidence", "bulk carrier", "crew members", "crew", "ship", "civilians"]
doc("dev-b-11", "Gulf Wire Service", "2024-03-07", "wire report", "Gulf of Aden: Houthi missile on True Confidence (CENTCOM vs Houthi versions)", T11, [
    # Version 1 (CENTCOM). "about 50 nautical miles southwest of Aden" -> Aden (near-X rule), YE.
    core("Three crew members were killed and at least four others injured, three of them critically, when a Houthi anti-ship ballistic missile hit the bulk carrier True Confidence about 50 nautical miles southwest of Aden on Wednesday",
         ERV, SHELL, actor1=HOUTHI, actor2=TRUE_CONFIDENCE, location=ADEN, date=D("2024-03-06"),
         killed=N(3), injured=N(4, None), source=CENTCOM),
    # Version 2 (Houthis): "an American ship", no casualties mentioned.
    core("the group had fired \"appropriate naval missiles\" at the ship, which he described as American",
         ERV, SHELL, actor1=HOUTHI, actor2=TRUE_CONFIDENCE + ["American"], location=ADEN,
         date=D("2024-03-06"), source=SAREE),
    # "Hours after" a Wednesday attack: may fall on Thursday. "None of its crew was hurt" -> 0/0.
    core("the destroyer USS Carney shot down a one-way attack drone launched from Houthi-held territory toward the Gulf of Aden",
         SD, DISRUPT, actor1=["USS Carney", "U.S. Navy"] + US, actor2=HOUTHI, location=GULF_OF_ADEN,
         date=D("2024-03-06", "2024-03-07"), killed=ZERO, injured=ZERO, source=CENTCOM),
    side("Houthi missile kills three sailors in first deadly strike on Red Sea shipping", ERV, SHELL,
         actor1=HOUTHI, actor2=TRUE_CONFIDENCE + ["sailors"], killed=N(3), source=["author"]),
    # "Last month" -> February 2024. The sinking "on Saturday" (2 March) is not an event.
    side("the Belize-flagged cargo ship Rubymar was struck by two Houthi missiles near the Bab el-Mandeb strait",
         ERV, SHELL, actor1=HOUTHI, actor2=["Rubymar", "cargo ship"], location=BAB_EL_MANDEB,
         date=D("2024-02-01", "2024-02-29"), source=["author"]),
    side("The Houthis have mounted more than 50 attacks on commercial shipping since Nov. 19",
         ERV, None, actor1=HOUTHI, actor2=SHIPPING, date=D("2023-11-19", "2024-03-07"),
         source=["U.S. officials"], aggregate=True),
])

# =============================================================================
# dev-b-12  wire — Yemen: U.S.-U.K. strikes on Hodeidah and Sanaa (Fri 12 Jan 2024)
# =============================================================================
T12 = """U.S. and British strikes pound Houthi targets across Yemen

ADEN/WASHINGTON, Jan. 12 — The United States and Britain struck Houthi military targets across Yemen early on Friday, retaliating for weeks of attacks by the Iran-aligned group on shipping in the Red Sea and widening a conflict that has spread from Gaza.

U.S. and British warplanes, along with Tomahawk missiles fired from ships and a submarine, hit more than 60 targets at 16 locations, including command centres, munitions depots, launch sites and radar systems, the U.S. Air Forces Central Command said.

In Hodeidah, the Red Sea port city that is the Houthis' main gateway for imports, residents said at least four strikes hit the city's airport and a naval base on its northern edge. In the capital Sanaa, explosions shook al-Dailami air base, next to the international airport north of the city, witnesses told reporters. Houthi media reported that another strike had hit a camp outside Saada, a claim that could not be independently confirmed.

The Houthis' military spokesman, Yahya Saree, said the strikes had killed five of the group's fighters and wounded six. Hussein al-Ezzi, a senior Houthi official, wrote on social media that Washington and London would soon regret their "blatant aggression".

Hours later, the Houthis fired an anti-ship ballistic missile into the Gulf of Aden, a U.S. official said, but it did not hit any vessel.

President Joe Biden said he would order further action if the Houthis kept attacking ships. British Prime Minister Rishi Sunak described the operation as limited and proportionate.

Saudi Arabia, which has been trying to end its own war with the Houthis, called for restraint. Oman, which mediates between Washington and the Houthis, said it was concerned by the escalation.
"""
US_UK = US + UK + ["U.S. and British warplanes"]
doc("dev-b-12", "Gulf Wire Service", "2024-01-12", "wire report", "Yemen: U.S.-U.K. strikes on Hodeidah and Sanaa; Houthi missile into Gulf of Aden", T12, [
    core("at least four strikes hit the city's airport and a naval base on its northern edge",
         ERV, AIR, actor1=US_UK, actor2=HOUTHI, location=HODEIDAH, date=D("2024-01-12"), source=["residents"]),
    core("explosions shook al-Dailami air base, next to the international airport north of the city",
         ERV, AIR, actor1=US_UK, actor2=HOUTHI, location=SANAA_DAILAMI, date=D("2024-01-12"), source=["witnesses"]),
    # unconfirmed side report, not the story's subject -> non-core, possible
    side("another strike had hit a camp outside Saada", ERV, AIR, actor1=US_UK, actor2=HOUTHI, location=SAADA,
         date=D("2024-01-12"), source=["Houthi media"], status="possible"),
    # "did not hit any vessel" is not a casualty statement: no killed/injured.
    core("the Houthis fired an anti-ship ballistic missile into the Gulf of Aden",
         ERV, SHELL, actor1=HOUTHI, location=GULF_OF_ADEN, date=D("2024-01-12"), source=["U.S. official"]),
    side("U.S. and British strikes pound Houthi targets across Yemen", ERV, AIR, actor1=US_UK, actor2=HOUTHI,
         location=YEMEN, source=["author"], aggregate=True),
    side("The United States and Britain struck Houthi military targets across Yemen early on Friday",
         ERV, AIR, actor1=US_UK, actor2=HOUTHI, location=YEMEN, date=D("2024-01-12"), source=["author"],
         aggregate=True),
    side("weeks of attacks by the Iran-aligned group on shipping in the Red Sea", ERV, None, actor1=HOUTHI,
         actor2=SHIPPING, location=SOUTHERN_RED_SEA, source=["author"], aggregate=True),
    side("hit more than 60 targets at 16 locations", ERV, AIR, actor1=US_UK, actor2=HOUTHI, location=YEMEN,
         date=D("2024-01-12"), source=["U.S. Air Forces Central Command", "AFCENT"], aggregate=True),
    # The Houthi toll covers the whole wave of strikes.
    side("the strikes had killed five of the group's fighters and wounded six", ERV, AIR, actor1=US_UK,
         actor2=HOUTHI, location=YEMEN, date=D("2024-01-12"), killed=N(5), injured=N(6), source=SAREE,
         aggregate=True),
    side("Washington and London would soon regret their \"blatant aggression\"", ERV, None, actor1=HOUTHI,
         actor2=US + UK, source=["Hussein al-Ezzi", "Houthi official", "Houthis"], status="planned"),
    side("he would order further action if the Houthis kept attacking ships", ERV, None, actor1=US,
         actor2=HOUTHI, source=["Joe Biden", "Biden", "President"], status="hypothetical"),
])

# =============================================================================
# dev-b-13  wire with a denial — Yemen: Saada prison strike, Hodeidah, Marib, Taiz (Jan 2022)
# =============================================================================
T13 = """Air strike on Yemen prison kills dozens; coalition denies targeting it

SANAA/ADEN, Jan. 22 — An air strike on a prison in the Houthi-held northern Yemeni city of Saada on Friday killed at least 70 people and wounded more than 130, the medical charity Médecins Sans Frontières said, in one of the deadliest attacks of the seven-year war.

Rescue workers were still pulling bodies from the rubble of the detention centre, which held migrants from the Horn of Africa as well as Yemeni detainees, the Houthi-run health ministry said.

The Saudi-led coalition fighting the Houthis denied that its jets had struck the prison. Its spokesman, Brigadier General Turki al-Maliki, said the site was not on the coalition’s list of targets and called the reports “baseless”, according to the Saudi state news agency SPA.

In the Red Sea port of Hodeidah, a strike on a telecommunications building late on Thursday killed three children who were playing on a nearby football pitch, Save the Children said. The strike knocked Yemen’s internet offline for most of Friday. The coalition said it had hit “a hub for piracy and human trafficking” in the city.

On the ground, fierce fighting continued south of Marib, the government’s last stronghold in the north, where dozens of fighters have been killed on both sides since Thursday, military sources said. In Taiz, Houthi shelling hit the residential al-Rawdah district on Friday; hospital staff gave differing tolls, saying five to seven people had been wounded.

The coalition stepped up its air campaign after the Houthis attacked Abu Dhabi on Monday with drones and missiles, killing three people. Earlier this month, government forces backed by the United Arab Emirates drove the Houthis out of three districts of Shabwa province.

The United Nations secretary-general, António Guterres, condemned the attacks and urged all parties to show restraint.
"""
PRISON = ["prisoners", "detainees", "migrants", "prison", "detention centre"] + CIVILIANS
COALITION_SRC = ["Saudi-led coalition", "coalition", "Turki al-Maliki", "SPA", "Saudi state news agency"]
doc("dev-b-13", "Meridian News Agency", "2022-01-22", "wire report with a denial", "Yemen: Saudi-led coalition strikes on Saada and Hodeidah (denied); Marib and Taiz fighting", T13, [
    # Version 1 (MSF): occurred. The sentence names no perpetrator; the coalition is the only air force.
    core("An air strike on a prison in the Houthi-held northern Yemeni city of Saada on Friday killed at least 70 people and wounded more than 130",
         ERV, AIR, actor1=SAUDI_COALITION + UNKNOWN, actor2=PRISON, location=SAADA, date=D("2022-01-21"),
         killed=N(70, None), injured=N(131, None),
         source=["Médecins Sans Frontières", "Medecins Sans Frontieres", "MSF", "medical charity"]),
    # Version 2 (coalition): denied. The denied event is the story -> core.
    core("The Saudi-led coalition fighting the Houthis denied that its jets had struck the prison",
         ERV, AIR, actor1=SAUDI_COALITION, actor2=PRISON, location=SAADA, date=D("2022-01-21"),
         source=COALITION_SRC, status="denied"),
    # Hodeidah, version 1 (Save the Children). "late on Thursday" -> 20 Jan; Friday is the outage.
    core("a strike on a telecommunications building late on Thursday killed three children",
         ERV, AIR, actor1=SAUDI_COALITION + UNKNOWN, actor2=["children", "telecommunications building"] + CIVILIANS,
         location=HODEIDAH, date=D("2022-01-20"), killed=N(3), source=["Save the Children"]),
    # Hodeidah, version 2 (coalition): a piracy hub; undated in its sentence -> the same night.
    core("it had hit “a hub for piracy and human trafficking” in the city",
         ERV, AIR, actor1=SAUDI_COALITION, actor2=["hub for piracy and human trafficking", "pirates", "traffickers"] + HOUTHI,
         location=HODEIDAH, date=D("2022-01-20", "2022-01-21"), source=["coalition", "Saudi-led coalition"]),
    # "dozens" -> 24..open; "since Thursday" -> Thu 20 .. Sat 22 Jan.
    core("fierce fighting continued south of Marib, the government’s last stronghold in the north, where dozens of fighters have been killed on both sides since Thursday",
         BAT, CLASH, actor1=HOUTHI, actor2=YEMEN_GOV, location=MARIB, date=D("2022-01-20", "2022-01-22"),
         killed=N(24, None), source=["military sources"]),
    core("Houthi shelling hit the residential al-Rawdah district on Friday",
         ERV, SHELL, actor1=HOUTHI, actor2=CIVILIANS + ["residential al-Rawdah district"], location=TAIZ,
         date=D("2022-01-21"), injured=N(5, 7), source=["hospital staff"]),
    side("Air strike on Yemen prison kills dozens", ERV, AIR, actor1=SAUDI_COALITION + UNKNOWN, actor2=PRISON,
         location=SAADA, killed=N(24, None), source=["author"]),
    side("coalition denies targeting it", ERV, AIR, actor1=SAUDI_COALITION, actor2=PRISON, location=SAADA,
         source=COALITION_SRC, status="denied"),
    side("the Houthis attacked Abu Dhabi on Monday with drones and missiles, killing three people",
         ERV, AIR, actor1=HOUTHI, actor2=["United Arab Emirates", "UAE"] + CIVILIANS, location=ABU_DHABI,
         date=D("2022-01-17"), killed=N(3), source=["author"]),
    side("government forces backed by the United Arab Emirates drove the Houthis out of three districts of Shabwa province",
         BAT, REGAIN, actor1=YEMEN_GOV + ["Giants Brigades", "United Arab Emirates"], actor2=HOUTHI,
         location=SHABWA, date=D("2022-01-01", "2022-01-22"), source=["author"]),
    # No gold: "The coalition stepped up its air campaign" (generic).
])

# =============================================================================
# dev-b-14  round-up — Lebanon/Israel: al-Arouri killed in Beirut; border fire (2-3 Jan 2024)
# =============================================================================
T14 = """Round-up: Hamas deputy leader killed in Beirut; fire across Lebanon border intensifies

BEIRUT, Jan. 3 — A summary of the main security developments on the Lebanon-Israel front over the past 24 hours.

Beirut: A drone strike on an apartment in the Musharrafieh area of Beirut's southern suburbs killed senior Hamas official Saleh al-Arouri and six other people late on Tuesday, Lebanon's National News Agency reported. Israel did not claim responsibility, but the Washington Post reported, citing a U.S. official, that Israel had carried out the strike. An adviser to Prime Minister Benjamin Netanyahu said only that whoever did it had struck at Hamas, not at Lebanon.

Southern Lebanon: Hezbollah said on Wednesday that its fighters had fired anti-tank missiles at an Israeli army position near Shtula, and the Israeli military said two soldiers were lightly wounded. Israeli jets later struck Hezbollah targets on the outskirts of Aitaroun, and artillery shelled the area around Ayta al-Shaab, the military said. The NNA said the shelling damaged several houses.

Northern Israel: Two rockets, fired either by Hezbollah or by one of the Palestinian factions active in southern Lebanon, landed in an open area near Kiryat Shmona on Wednesday morning. The Israeli military said the rockets did not wound anyone.

Outlook: Hezbollah leader Hassan Nasrallah is due to speak later on Wednesday. In a speech in August he warned that any Israeli assassination on Lebanese soil would meet a severe response, and analysts expect the group to retaliate for the Beirut killing.

Tally: Since Oct. 8, more than 130 Hezbollah fighters and about 20 civilians have been killed in Lebanon by Israeli fire, according to a count kept by news agencies, while at least nine Israeli soldiers and four civilians have been killed on the Israeli side.
"""
IDF_SRC = ["Israeli military", "IDF", "Israel Defense Forces", "the military", "army"]
HAMAS = ["Hamas", "Saleh al-Arouri", "al-Arouri"]
doc("dev-b-14", "Levant Daily Brief", "2024-01-03", "round-up", "Lebanon/Israel: drone strike in Beirut suburbs; Hezbollah ATGM; Israeli strikes; rockets on Kiryat Shmona", T14, [
    # Version 1 (NNA): no perpetrator named.
    core("A drone strike on an apartment in the Musharrafieh area of Beirut's southern suburbs killed senior Hamas official Saleh al-Arouri and six other people late on Tuesday",
         ERV, AIR, actor1=UNKNOWN + ISRAEL, actor2=HAMAS, location=BEIRUT_SUBURBS, date=D("2024-01-02"),
         killed=N(7), source=["National News Agency", "NNA", "Lebanon's National News Agency"]),
    # Version 2 (citing chain): Washington Post citing a U.S. official -> Israel.
    core("Israel had carried out the strike",
         ERV, AIR, actor1=ISRAEL, actor2=HAMAS, location=BEIRUT_SUBURBS, date=D("2024-01-02"),
         source=["Washington Post", "U.S. official"]),
    # ATGMs are coded as missile attacks. Undated beyond "past 24 hours".
    core("its fighters had fired anti-tank missiles at an Israeli army position near Shtula",
         ERV, SHELL, actor1=HEZBOLLAH, actor2=ISRAEL + ["Israeli army position", "soldiers"], location=SHTULA,
         date=D("2024-01-02", "2024-01-03"), injured=N(2), source=["Hezbollah"] + IDF_SRC),
    core("Israeli jets later struck Hezbollah targets on the outskirts of Aitaroun",
         ERV, AIR, actor1=ISRAEL + ["Israeli jets"], actor2=HEZBOLLAH, location=AITAROUN,
         date=D("2024-01-02", "2024-01-03"), source=IDF_SRC),
    core("artillery shelled the area around Ayta al-Shaab",
         ERV, SHELL, actor1=ISRAEL + ["artillery"], actor2=HEZBOLLAH, location=AYTA,
         date=D("2024-01-02", "2024-01-03"), source=IDF_SRC + ["NNA", "National News Agency"]),
    # Uncertain perpetrator; "did not wound anyone" -> injured 0..0.
    core("Two rockets, fired either by Hezbollah or by one of the Palestinian factions active in southern Lebanon, landed in an open area near Kiryat Shmona on Wednesday morning",
         ERV, SHELL, actor1=HEZBOLLAH + ["Palestinian factions", "Palestinian faction"] + UNKNOWN,
         location=KIRYAT_SHMONA, date=D("2024-01-03"), injured=ZERO, source=["author"] + IDF_SRC),
    side("Hamas deputy leader killed in Beirut", ERV, AIR, actor1=UNKNOWN + ISRAEL, actor2=HAMAS,
         location=BEIRUT_SUBURBS, killed=N(1, None), source=["author"]),
    side("any Israeli assassination on Lebanese soil would meet a severe response", ERV, None,
         actor1=HEZBOLLAH, actor2=ISRAEL, source=["Hassan Nasrallah", "Nasrallah", "Hezbollah"],
         status="hypothetical"),
    side("analysts expect the group to retaliate for the Beirut killing", ERV, None, actor1=HEZBOLLAH,
         actor2=ISRAEL, source=["analysts"], status="planned"),
    side("more than 130 Hezbollah fighters and about 20 civilians have been killed in Lebanon by Israeli fire",
         ERV, None, actor1=ISRAEL, actor2=HEZBOLLAH + CIVILIANS, location=LEBANON,
         date=D("2023-10-08", "2024-01-03"), source=["news agencies", "count kept by news agencies"],
         aggregate=True),
    # "at least nine ... and four" -> 13..open
    side("at least nine Israeli soldiers and four civilians have been killed on the Israeli side",
         ERV, None, actor1=HEZBOLLAH, actor2=ISRAEL + CIVILIANS, location=ISRAEL_COUNTRY,
         date=D("2023-10-08", "2024-01-03"), killed=N(13, None), source=["news agencies"], aggregate=True),
])

# =============================================================================
# dev-b-15  denial — Golan: Majdal Shams rocket (Sat 27 Jul 2024)
# =============================================================================
T15 = """Hezbollah denies role in Golan rocket strike that killed 12 children

BEIRUT, July 28 — Lebanon’s Hezbollah on Saturday denied any involvement in a rocket strike on a football pitch in the Druze town of Majdal Shams in the Israeli-occupied Golan Heights that killed 12 children and teenagers.

“The Islamic Resistance has nothing whatsoever to do with this incident and rejects all the false claims circulated by enemy media,” the group’s media office said in a short statement.

The Israeli military said the rocket, an Iranian-made Falaq-1 with a warhead of about 50 kg, had been fired by Hezbollah from an area north of the village of Chebaa in southern Lebanon and struck the pitch on Saturday evening while children were playing football. Its chief spokesman, Rear Admiral Daniel Hagari, said intelligence left no doubt that the rocket was Hezbollah’s. More than 30 people were wounded, Israeli medics said.

Hezbollah had earlier claimed a series of attacks on Saturday, including a strike with Falaq rockets on an army headquarters in the Golan Heights. It made no reference to Majdal Shams.

Prime Minister Benjamin Netanyahu, who cut short a visit to the United States, said Hezbollah would pay a heavy price. Israeli jets struck Hezbollah targets in southern Lebanon last night, including in Kfar Kila and Chebaa, the army said, without giving details of casualties.

Residents of Majdal Shams, most of whom hold Syrian citizenship, buried the children on Sunday. Lebanon’s caretaker government condemned all attacks on civilians and called for an end to hostilities on all fronts.

Analysts said it was possible that the rocket had been aimed at a nearby military site and fell short, but that version has not been confirmed.
"""
HEZ_SRC = ["Hezbollah", "Islamic Resistance", "media office", "Hezbollah media office"]
CHILDREN = ["children", "teenagers", "children and teenagers"] + CIVILIANS
doc("dev-b-15", "Levant Wire", "2024-07-28", "denial", "Lebanon/Israel: Majdal Shams rocket (denied by Hezbollah); Israeli strikes in south Lebanon", T15, [
    core("Hezbollah on Saturday denied any involvement in a rocket strike on a football pitch in the Druze town of Majdal Shams",
         ERV, SHELL, actor1=HEZBOLLAH, actor2=CHILDREN, location=MAJDAL_SHAMS, date=D("2024-07-27"),
         killed=N(12), source=HEZ_SRC, status="denied"),
    # Chebaa is the launch area, not the event location.
    core("had been fired by Hezbollah from an area north of the village of Chebaa in southern Lebanon and struck the pitch on Saturday evening while children were playing football",
         ERV, SHELL, actor1=HEZBOLLAH, actor2=CHILDREN, location=MAJDAL_SHAMS, date=D("2024-07-27"),
         killed=N(12), injured=N(31, None), source=IDF_SRC + ["Daniel Hagari", "Israeli medics"]),
    core("including a strike with Falaq rockets on an army headquarters in the Golan Heights",
         ERV, SHELL, actor1=HEZBOLLAH, actor2=ISRAEL + ["army headquarters"], location=GOLAN,
         date=D("2024-07-27"), source=["Hezbollah"]),
    # "last night" in a Sunday piece: Saturday night, possibly past midnight -> Sat/Sun.
    # Two villages ~20 km apart; coordinates of Kfar Kila.
    core("Israeli jets struck Hezbollah targets in southern Lebanon last night, including in Kfar Kila and Chebaa",
         ERV, AIR, actor1=ISRAEL + ["Israeli jets"], actor2=HEZBOLLAH, location=KFAR_KILA,
         date=D("2024-07-27", "2024-07-28"), source=IDF_SRC),
    side("Hezbollah denies role in Golan rocket strike that killed 12 children", ERV, SHELL, actor1=HEZBOLLAH,
         actor2=CHILDREN, location=MAJDAL_SHAMS, killed=N(12), source=HEZ_SRC, status="denied"),
    side("Hezbollah would pay a heavy price", ERV, None, actor1=ISRAEL, actor2=HEZBOLLAH,
         source=["Benjamin Netanyahu", "Netanyahu", "Prime Minister"], status="planned"),
    side("it was possible that the rocket had been aimed at a nearby military site and fell short",
         ERV, SHELL, actor1=HEZBOLLAH + UNKNOWN, location=MAJDAL_SHAMS, date=D("2024-07-27"),
         source=["analysts"], status="possible"),
])

# =============================================================================
# dev-b-16  official (IDF) — Lebanon: Hermes drone downed; strikes in Baalbek and the south (26 Feb 2024)
# =============================================================================
T16 = """IDF strikes Hezbollah air defence sites near Baalbek after drone is downed

IDF Spokesperson's Unit, 2024-02-26

Earlier today (Monday), a surface-to-air missile was launched by the Hezbollah terrorist organisation toward an IDF Hermes 450 unmanned aerial vehicle operating over Lebanese territory. The UAV was hit and fell inside Lebanon. The incident is under review.

In response, IDF fighter jets struck Hezbollah aerial defence systems in the area of Baalbek in the Bekaa Valley, deep inside Lebanon, on 2024-02-26. The targeted systems had been used to attack IDF aircraft operating in Lebanese airspace.

In addition, over the course of the day, IDF fighter jets struck a Hezbollah military compound in the area of Aitaroun. Another strike hit a terrorist infrastructure site in the area of Markaba in southern Lebanon. IDF artillery also fired in the area of Khiam in order to remove a threat.

This afternoon, approximately 10 launches were identified crossing from Lebanon toward the area of Metula. No injuries were reported. Some of the launches were intercepted by the Aerial Defence Array, and the rest fell in open areas.

The IDF will continue to operate against the Hezbollah terrorist organisation and will strike wherever necessary to protect the residents of northern Israel. Hezbollah bears full responsibility for the consequences of its actions.
"""
IDF_SELF = ["IDF", "Israel Defense Forces", "IDF Spokesperson's Unit", "Israeli military", "author"]
doc("dev-b-16", "IDF Spokesperson's Unit", "2024-02-26", "official statement (IDF)", "Lebanon/Israel: Hezbollah downs IDF drone; Israeli strikes in Baalbek and south Lebanon; launches at Metula", T16, [
    # The text gives no place in Lebanon for the shoot-down: name match only.
    core("a surface-to-air missile was launched by the Hezbollah terrorist organisation toward an IDF Hermes 450 unmanned aerial vehicle",
         SD, DISRUPT, actor1=HEZBOLLAH, actor2=ISRAEL + ["Hermes 450"], location=LEBANON, date=D("2024-02-26"),
         source=IDF_SELF),
    core("IDF fighter jets struck Hezbollah aerial defence systems in the area of Baalbek in the Bekaa Valley",
         ERV, AIR, actor1=ISRAEL + ["IDF fighter jets"], actor2=HEZBOLLAH, location=BAALBEK, date=D("2024-02-26"),
         source=IDF_SELF),
    core("IDF fighter jets struck a Hezbollah military compound in the area of Aitaroun",
         ERV, AIR, actor1=ISRAEL + ["IDF fighter jets"], actor2=HEZBOLLAH, location=AITAROUN, date=D("2024-02-26"),
         source=IDF_SELF),
    core("Another strike hit a terrorist infrastructure site in the area of Markaba in southern Lebanon",
         ERV, AIR, actor1=ISRAEL, actor2=HEZBOLLAH + ["terrorist infrastructure"], location=MARKABA,
         date=D("2024-02-26"), source=IDF_SELF),
    core("IDF artillery also fired in the area of Khiam in order to remove a threat",
         ERV, SHELL, actor1=ISRAEL + ["IDF artillery"], location=KHIAM, date=D("2024-02-26"), source=IDF_SELF),
    # The launcher is not named in the sentence; the statement is about Hezbollah. "No injuries" -> injured 0..0.
    core("approximately 10 launches were identified crossing from Lebanon toward the area of Metula",
         ERV, SHELL, actor1=UNKNOWN + HEZBOLLAH, location=METULA, date=D("2024-02-26"), injured=ZERO,
         source=IDF_SELF),
    core("Some of the launches were intercepted by the Aerial Defence Array",
         SD, DISRUPT, actor1=ISRAEL + ["Aerial Defence Array"], actor2=UNKNOWN + HEZBOLLAH, location=METULA,
         date=D("2024-02-26"), source=IDF_SELF),
    side("The UAV was hit and fell inside Lebanon", SD, DISRUPT, actor1=HEZBOLLAH, actor2=ISRAEL,
         location=LEBANON, date=D("2024-02-26"), source=IDF_SELF),
    side("IDF strikes Hezbollah air defence sites near Baalbek", ERV, AIR, actor1=ISRAEL, actor2=HEZBOLLAH,
         location=BAALBEK, source=IDF_SELF),
    side("after drone is downed", SD, DISRUPT, actor1=HEZBOLLAH, actor2=ISRAEL, source=IDF_SELF),
    side("The IDF will continue to operate against the Hezbollah terrorist organisation and will strike wherever necessary",
         ERV, None, actor1=ISRAEL, actor2=HEZBOLLAH, source=IDF_SELF, status="planned"),
])

# =============================================================================
# dev-b-17  official (Jordanian army) — Jordan: clashes with drug smugglers on the Syrian border
# =============================================================================
T17 = """Jordanian army: five smugglers killed in clash on the border with Syria

AMMAN, 8 January 2024 — A source at the General Command of the Jordanian Armed Forces – Arab Army said that at dawn on Saturday, 6 January 2024, Border Guard forces in the Eastern Military Region clashed with armed groups trying to smuggle large quantities of narcotics from Syrian territory into the Kingdom near Ruwaished, killing five smugglers.

The source said the smugglers had fired first and that the force had responded in accordance with the rules of engagement. The remaining members of the group fled back into Syrian territory. "None of our personnel were hurt," the source added.

A search of the area found three pickup trucks loaded with hashish and Captagon pills, along with weapons and ammunition, which were handed over to the competent authorities.

In follow-up raids yesterday, the Anti-Narcotics Department arrested 15 suspects in Mafraq governorate who are accused of receiving the smuggled goods inside the Kingdom.

The source recalled that three weeks ago Border Guard forces fought a 14-hour battle with heavily armed smugglers near the Jaber border crossing, in which one soldier was killed and two were wounded, and nine smugglers were arrested.

The source stressed that the Jordanian Armed Forces will strike with an iron fist anyone who tries to threaten the security of the Kingdom's borders, and will deal firmly with any attempt at infiltration or smuggling.

The army has reported a sharp rise in smuggling attempts from Syria over the past year, many of them by groups armed with rocket-propelled grenades and drones.
"""
JAF_SRC = ["Jordanian Armed Forces", "General Command", "Jordanian army", "Arab Army", "military source",
           "source", "author"]
doc("dev-b-17", "Jordanian Armed Forces – Arab Army", "2024-01-08", "official statement (Jordanian army)", "Jordan: army clashes with drug smugglers on the Syrian border; arrests", T17, [
    # "None of our personnel were hurt" -> injured 0..0 (no other wounded are mentioned).
    # "three pickup trucks" are not people.
    core("Border Guard forces in the Eastern Military Region clashed with armed groups trying to smuggle large quantities of narcotics from Syrian territory into the Kingdom near Ruwaished, killing five smugglers",
         BAT, CLASH, actor1=JORDAN, actor2=SMUGGLERS, location=RUWAISHED, date=D("2024-01-06"),
         killed=N(5), injured=ZERO, source=JAF_SRC),
    core("the Anti-Narcotics Department arrested 15 suspects in Mafraq governorate",
         SD, ARRESTS, actor1=["Anti-Narcotics Department", "Public Security Directorate", "Police Forces of Jordan",
                              "Jordanian police", "Jordan"],
         actor2=["suspects", "15 suspects"], location=MAFRAQ, date=D("2024-01-07"), source=JAF_SRC),
    # "three weeks ago" from Mon 8 Jan -> the week Mon 18 - Sun 24 Dec 2023. Detailed enough to be core.
    core("three weeks ago Border Guard forces fought a 14-hour battle with heavily armed smugglers near the Jaber border crossing, in which one soldier was killed and two were wounded",
         BAT, CLASH, actor1=JORDAN, actor2=SMUGGLERS + ["heavily armed smugglers"], location=JABER,
         date=D("2023-12-18", "2023-12-24"), killed=N(1), injured=N(2), source=JAF_SRC),
    side("five smugglers killed in clash on the border with Syria", BAT, CLASH, actor1=JORDAN, actor2=SMUGGLERS,
         killed=N(5), source=JAF_SRC),
    # arrests made during the December battle
    side("nine smugglers were arrested", SD, ARRESTS, actor1=JORDAN, actor2=SMUGGLERS, location=JABER,
         date=D("2023-12-18", "2023-12-24"), source=JAF_SRC),
    side("the Jordanian Armed Forces will strike with an iron fist anyone who tries to threaten the security of the Kingdom's borders",
         BAT, None, actor1=JORDAN, actor2=SMUGGLERS, source=JAF_SRC, status="planned"),
    # No gold: "a sharp rise in smuggling attempts ... over the past year" (generic, not ACLED events).
])

# =============================================================================
# dev-b-18  speculative analysis — Iran: blasts near Isfahan (Fri 19 Apr 2024)
# =============================================================================
T18 = """Analysis: Who was behind the blasts near Isfahan?

A day after explosions were heard near a military air base outside the Iranian city of Isfahan, much about what happened before dawn on Friday remains unclear, and almost everything said about it is speculation.

Iranian state television said air defence batteries had fired at and destroyed three small drones over Isfahan in the early hours of Friday, and that there had been no damage. Officials in Tehran have played down the incident, with the foreign minister dismissing the aircraft as little more than toys. Iranian officials denied that any missile had hit the base.

Israel has said nothing. It is possible that Israel fired a small number of air-launched missiles at the base from outside Iranian airspace, as some Western media reported, citing unnamed officials. Satellite images reportedly show damage to the radar of an S-300 air defence battery at the base, although this is unconfirmed.

The attack, if it was one, was probably carried out by Israel, or perhaps by an exiled opposition group working with Israeli intelligence, as happened in a drone attack on a defence factory in Isfahan in January 2023.

Whoever was behind it, the timing is telling. The blasts came six days after Iran fired more than 300 drones and missiles at Israel, almost all of which were shot down. If Israel had wanted to escalate, it would have struck oil terminals or nuclear sites; a hit on a single radar reads like a message rather than an opening salvo.

Tehran, for its part, seems eager to treat the matter as closed. If that changes and Iran retaliates again, Israel would almost certainly respond on a much larger scale, and the region would be back on the brink.

For now, the shadow war remains in the shadows.
"""
IR_STATE_TV = ["Iranian state television", "state television", "Iranian state media", "Iran"]
ISFAHAN_BASE = ["Iran", "Iranian military", "air base", "air defence battery", "Military Forces of Iran"]
doc("dev-b-18", "The Strategic Desk", "2024-04-20", "speculative analysis", "Iran: blasts near Isfahan — possible Israeli strike, Iranian denial", T18, [
    core("air defence batteries had fired at and destroyed three small drones over Isfahan in the early hours of Friday",
         SD, DISRUPT, actor1=IRAN + ["air defence batteries", "Iranian air defence"], actor2=UNKNOWN,
         location=ISFAHAN, date=D("2024-04-19"), source=IR_STATE_TV),
    # The denied event (a missile strike on the base) is the story -> core.
    core("Iranian officials denied that any missile had hit the base",
         ERV, AIR, actor1=UNKNOWN + ISRAEL, actor2=ISFAHAN_BASE, location=ISFAHAN, date=D("2024-04-19"),
         source=["Iranian officials", "Iran", "Tehran"], status="denied"),
    # Version "Western media citing unnamed officials", hedged by the author: possible.
    core("It is possible that Israel fired a small number of air-launched missiles at the base from outside Iranian airspace",
         ERV, AIR, actor1=ISRAEL, actor2=ISFAHAN_BASE, location=ISFAHAN, date=D("2024-04-19"),
         source=["Western media", "unnamed officials", "author"], status="possible"),
    # The author's version: uncertain perpetrator, probably X or perhaps Y.
    core("The attack, if it was one, was probably carried out by Israel, or perhaps by an exiled opposition group working with Israeli intelligence",
         ERV, AIR, actor1=ISRAEL + ["exiled opposition group", "opposition group", "Israeli intelligence"],
         actor2=ISFAHAN_BASE, location=ISFAHAN, date=D("2024-04-19"), source=["author"], status="possible"),
    side("Who was behind the blasts near Isfahan?", ERV, None, actor1=UNKNOWN + ISRAEL, location=ISFAHAN,
         source=["author"], status="possible"),
    side("Satellite images reportedly show damage to the radar of an S-300 air defence battery at the base",
         ERV, AIR, actor1=UNKNOWN + ISRAEL, actor2=ISFAHAN_BASE, location=ISFAHAN, date=D("2024-04-19"),
         source=["satellite images", "author"], status="possible"),
    side("a drone attack on a defence factory in Isfahan in January 2023", ERV, AIR,
         actor1=["exiled opposition group", "opposition group", "Israeli intelligence"] + ISRAEL,
         actor2=["defence factory"] + IRAN, location=ISFAHAN, date=D("2023-01-01", "2023-01-31"), source=["author"]),
    # Iran's attack of 13-14 April (a Saturday night): "six days" before Friday 19 April.
    side("Iran fired more than 300 drones and missiles at Israel", ERV, AIR, actor1=IRAN + IRGC, actor2=ISRAEL,
         location=ISRAEL_COUNTRY, date=D("2024-04-13", "2024-04-14"), source=["author"]),
    side("almost all of which were shot down", SD, DISRUPT, actor1=ISRAEL, actor2=IRAN, location=ISRAEL_COUNTRY,
         date=D("2024-04-13", "2024-04-14"), source=["author"]),
    side("If Israel had wanted to escalate, it would have struck oil terminals or nuclear sites", ERV, AIR,
         actor1=ISRAEL, actor2=IRAN + ["oil terminals", "nuclear sites"], source=["author"], status="hypothetical"),
    side("If that changes and Iran retaliates again", ERV, None, actor1=IRAN, actor2=ISRAEL, source=["author"],
         status="hypothetical"),
    side("Israel would almost certainly respond on a much larger scale", ERV, None, actor1=ISRAEL, actor2=IRAN,
         source=["author"], status="hypothetical"),
    # No gold: "an opening salvo", "back on the brink", "the shadow war remains in the shadows".
])

# =============================================================================
# dev-b-19  local news (state-media relay) — Iran: Jaish al-Adl attacks in Sistan-Baluchestan
# =============================================================================
T19 = """Jaish al-Adl attacks Guards and police in Rask and Chabahar; 16 assailants killed

ZAHEDAN, April 4 — Members of the Jaish al-Adl terrorist group launched simultaneous attacks on Islamic Revolutionary Guard Corps and police headquarters in the towns of Rask and Chabahar in Sistan-Baluchestan province late on Wednesday, sparking clashes that lasted until Thursday morning, provincial officials said.

In Chabahar, assailants tried to storm the IRGC's regional headquarters but were repelled after a fierce gunfight, Deputy Interior Minister Majid Mirahmadi told state television. He said 16 terrorists had been killed in the two towns and that the security forces had also suffered losses, without giving figures.

In Rask, the attackers opened fire on the county's police headquarters and a nearby IRGC base. The semi-official Tasnim news agency, citing a local official, said five members of the security forces had been killed there and a dozen wounded.

Jaish al-Adl, in a statement on its Telegram channel, claimed it had killed or wounded dozens of Guards and policemen in what it called a major operation. The claim could not be verified.

Security forces later arrested two people in Saravan who allegedly supplied the attackers with weapons and shelter, the provincial police chief said.

Rask has been attacked before. In December, Jaish al-Adl fighters stormed a police station in the town, killing 11 police officers in one of the deadliest attacks on security forces in the restive province in years.

Iranian officials accuse the group, which says it fights for the rights of the Sunni Baluch minority, of operating from bases in neighbouring Pakistan. In January, Iran fired missiles and drones at what it said were Jaish al-Adl hideouts inside Pakistan, prompting Pakistani retaliatory strikes on Iranian territory.
"""
IR_SECURITY = IRGC + ["police", "policemen", "security forces", "Police Forces of Iran"] + IRAN
doc("dev-b-19", "Sistan Provincial News", "2024-04-04", "local news relaying state media", "Iran: Jaish al-Adl attacks in Rask and Chabahar (Sistan-Baluchestan); arrests", T19, [
    # Late Wednesday into Thursday morning.
    core("In Chabahar, assailants tried to storm the IRGC's regional headquarters but were repelled after a fierce gunfight",
         BAT, CLASH, actor1=JAISH, actor2=IR_SECURITY, location=CHABAHAR, date=D("2024-04-03", "2024-04-04"),
         source=["Majid Mirahmadi", "Deputy Interior Minister", "state television", "Interior Ministry"]),
    # "a dozen wounded" -> 12..12
    core("the attackers opened fire on the county's police headquarters and a nearby IRGC base",
         BAT, CLASH, actor1=JAISH, actor2=IR_SECURITY, location=RASK, date=D("2024-04-03", "2024-04-04"),
         killed=N(5), injured=N(12), source=["Tasnim", "Tasnim news agency", "local official"]),
    # "allegedly" qualifies the suspects' acts, not the arrest: occurred. "later" -> after the attacks.
    core("Security forces later arrested two people in Saravan who allegedly supplied the attackers with weapons and shelter",
         SD, ARRESTS, actor1=["security forces", "Iranian security forces", "police"] + IRAN,
         actor2=["two people", "suspects"], location=SARAVAN, date=D("2024-04-03", "2024-04-04"),
         source=["provincial police chief", "police chief", "police"]),
    # Two-town summaries: no single location.
    side("Jaish al-Adl attacks Guards and police in Rask and Chabahar", BAT, CLASH, actor1=JAISH, actor2=IR_SECURITY,
         killed=N(16), source=["author"], aggregate=True),
    side("Members of the Jaish al-Adl terrorist group launched simultaneous attacks on Islamic Revolutionary Guard Corps and police headquarters in the towns of Rask and Chabahar",
         BAT, CLASH, actor1=JAISH, actor2=IR_SECURITY, date=D("2024-04-03", "2024-04-04"),
         source=["provincial officials"], aggregate=True),
    side("He said 16 terrorists had been killed in the two towns", BAT, CLASH, actor1=IR_SECURITY, actor2=JAISH,
         date=D("2024-04-03", "2024-04-04"), killed=N(16), source=["Majid Mirahmadi"], aggregate=True),
    # The group's version of the whole two-town operation: "killed or wounded dozens".
    side("claimed it had killed or wounded dozens of Guards and policemen", BAT, CLASH, actor1=JAISH,
         actor2=IR_SECURITY, date=D("2024-04-03", "2024-04-04"), casualties=N(24, None),
         source=["Jaish al-Adl"], aggregate=True),
    # "In December" (published April 2024) -> December 2023.
    side("Jaish al-Adl fighters stormed a police station in the town, killing 11 police officers", BAT, CLASH,
         actor1=JAISH, actor2=["police", "police officers"] + IRAN, location=RASK, date=D("2023-12-01", "2023-12-31"),
         killed=N(11), source=["author"]),
    side("Iran fired missiles and drones at what it said were Jaish al-Adl hideouts inside Pakistan", ERV, SHELL,
         actor1=IRAN + IRGC, actor2=JAISH, location=PAKISTAN, date=D("2024-01-01", "2024-01-31"), source=["author"]),
    side("Pakistani retaliatory strikes on Iranian territory", ERV, AIR, actor1=["Pakistan", "Pakistani"],
         location=IRAN_COUNTRY, date=D("2024-01-01", "2024-01-31"), source=["author"]),
])

# =============================================================================
# dev-b-20  wire with background paragraphs — Iran: Israeli strikes (Sat 26 Oct 2024)
# =============================================================================
T20 = """Israel strikes military sites in Iran; Tehran says four soldiers killed

DUBAI/JERUSALEM, Oct. 26 — Israeli warplanes struck military targets in Iran before dawn on Saturday in retaliation for an Iranian missile barrage earlier this month, the Israeli military said. Iran's army said four of its soldiers had been killed.

Explosions were heard around Tehran, where the strikes hit missile-production facilities and air defence sites at bases south-east of the capital, according to Israeli officials. Other strikes hit targets in Ilam province, on the border with Iraq, the Israeli military said. Jets also struck sites in the south-western province of Khuzestan, it said.

Iran's air defence headquarters said its systems had intercepted most of the incoming missiles and that the attack had caused only limited damage in some locations. The four soldiers were killed while operating air defence batteries, the army said.

Israel said all its aircraft had returned safely. Its military spokesman, Rear Admiral Daniel Hagari, warned that Israel would hit back again if Iran chose a new round of escalation.

Background: The exchange is the latest in a cycle of direct attacks that began in April. On Oct. 1, Iran fired about 180 ballistic missiles at Israel, most of which were intercepted; a man in the West Bank town of Jericho was killed by falling debris. In April, Iran launched more than 300 drones and missiles in its first direct attack on Israeli territory, after a strike on its consulate compound in Damascus killed seven members of the Revolutionary Guards.

Iran's allies have also been active. In January, a drone attack on the Tower 22 outpost in north-eastern Jordan killed three U.S. soldiers, the first American deaths from hostile fire in the region since the Gaza war began; Iran-aligned militias in Iraq and Syria had by then fired at U.S. forces more than 160 times. The Houthis in Yemen continue to attack ships in the Red Sea.

Iran's foreign ministry said the country had the right to defend itself, but officials signalled that Tehran did not want a wider war.
"""
IRAN_MIL = IRAN + ["Iranian military", "Iranian army", "air defence sites", "missile-production facilities"]
doc("dev-b-20", "Meridian News Agency", "2024-10-26", "wire report with background paragraphs", "Iran: Israeli strikes on Tehran, Ilam, Khuzestan; background on Iran-Israel exchanges, Tower 22", T20, [
    # "south-east of the capital" -> Tehran's coordinates.
    core("the strikes hit missile-production facilities and air defence sites at bases south-east of the capital",
         ERV, AIR, actor1=ISRAEL + ["Israeli warplanes"], actor2=IRAN_MIL, location=TEHRAN, date=D("2024-10-26"),
         source=["Israeli officials"]),
    core("Other strikes hit targets in Ilam province, on the border with Iraq",
         ERV, AIR, actor1=ISRAEL, actor2=IRAN_MIL, location=ILAM, date=D("2024-10-26"), source=IDF_SRC),
    core("Jets also struck sites in the south-western province of Khuzestan",
         ERV, AIR, actor1=ISRAEL + ["jets"], actor2=IRAN_MIL, location=KHUZESTAN, date=D("2024-10-26"), source=IDF_SRC),
    core("its systems had intercepted most of the incoming missiles",
         SD, DISRUPT, actor1=IRAN + ["Iran's air defence", "air defence headquarters"], actor2=ISRAEL,
         location=IRAN_COUNTRY, date=D("2024-10-26"),
         source=["Iran's air defence headquarters", "air defence headquarters", "Iran"]),
    # The toll of four soldiers belongs to the whole operation (no place given).
    side("Israel strikes military sites in Iran", ERV, AIR, actor1=ISRAEL, actor2=IRAN_MIL, location=IRAN_COUNTRY,
         killed=N(4), source=["author"], aggregate=True),
    side("Israeli warplanes struck military targets in Iran before dawn on Saturday", ERV, AIR, actor1=ISRAEL,
         actor2=IRAN_MIL, location=IRAN_COUNTRY, date=D("2024-10-26"), killed=N(4),
         source=IDF_SRC + ["Iran's army"], aggregate=True),
    side("The four soldiers were killed while operating air defence batteries", ERV, AIR, actor1=ISRAEL,
         actor2=IRAN_MIL, location=IRAN_COUNTRY, date=D("2024-10-26"), killed=N(4), source=["army", "Iran's army"]),
    side("Israel would hit back again if Iran chose a new round of escalation", ERV, None, actor1=ISRAEL,
         actor2=IRAN, source=["Daniel Hagari", "Israeli military", "Israel"], status="hypothetical"),
    side("an Iranian missile barrage earlier this month", ERV, SHELL, actor1=IRAN, actor2=ISRAEL,
         location=ISRAEL_COUNTRY, date=D("2024-10-01", "2024-10-26"), source=IDF_SRC),
    side("On Oct. 1, Iran fired about 180 ballistic missiles at Israel", ERV, SHELL, actor1=IRAN + IRGC,
         actor2=ISRAEL, location=ISRAEL_COUNTRY, date=D("2024-10-01"), source=["author"]),
    side("most of which were intercepted", SD, DISRUPT, actor1=ISRAEL, actor2=IRAN, location=ISRAEL_COUNTRY,
         date=D("2024-10-01"), source=["author"]),
    side("a man in the West Bank town of Jericho was killed by falling debris", ERV, SHELL, actor1=IRAN,
         actor2=CIVILIANS + ["man"], location=JERICHO, date=D("2024-10-01"), killed=N(1), source=["author"]),
    side("In April, Iran launched more than 300 drones and missiles in its first direct attack on Israeli territory",
         ERV, AIR, actor1=IRAN + IRGC, actor2=ISRAEL, location=ISRAEL_COUNTRY, date=D("2024-04-01", "2024-04-30"),
         source=["author"]),
    # The consulate strike is not dated in the text and its perpetrator is not named.
    side("a strike on its consulate compound in Damascus killed seven members of the Revolutionary Guards",
         ERV, AIR, actor1=UNKNOWN + ISRAEL, actor2=IRGC + ["Iranian consulate"], location=DAMASCUS, killed=N(7),
         source=["author"]),
    side("a drone attack on the Tower 22 outpost in north-eastern Jordan killed three U.S. soldiers", ERV, AIR,
         actor1=IRI + UNKNOWN, actor2=US + ["U.S. soldiers"], location=TOWER_22, date=D("2024-01-01", "2024-01-31"),
         killed=N(3), source=["author"]),
    side("Iran-aligned militias in Iraq and Syria had by then fired at U.S. forces more than 160 times", ERV, None,
         actor1=IRI, actor2=US, date=D("2023-10-07", "2024-01-31"), source=["author"], aggregate=True),
    side("The Houthis in Yemen continue to attack ships in the Red Sea", ERV, None, actor1=HOUTHI,
         actor2=SHIPPING + ["ships"], location=SOUTHERN_RED_SEA, source=["author"], aggregate=True),
])


# =============================================================================
# checks and output
# =============================================================================
STATUSES = {"occurred", "denied", "possible", "planned", "hypothetical"}
SUBTYPES = {
    ERV: {AIR, SHELL, IED, "Chemical weapon", "Suicide bomb", "Grenade"},
    BAT: {CLASH, REGAIN, "Non-state actor overtakes territory"},
    VAC: {ATTACK, "Sexual violence", "Abduction/forced disappearance"},
    PRO: {EXCESS, PEACEFUL, "Protest with intervention"},
    RIOT: {VIOLENT, "Mob violence"},
    SD: {ARRESTS, DISRUPT, "Agreement", "Change to group/activity", "Headquarters or base established",
         "Looting/property destruction", "Non-violent transfer of territory", "Other"},
}


def check(d):
    text = d["text"]
    assert text == text.strip() + "\n" and "  " not in text and "\n\n\n" not in text, d["id"]
    title, blank = text.splitlines()[:2]
    assert title and not blank, d["id"]
    words = len(text.split())
    assert 150 <= words <= 450, (d["id"], words)
    pub = datetime.date.fromisoformat(d["published"])
    for e in d["events"]:
        where = (d["id"], e["evidence"][:60])
        assert e["evidence"] in text, where
        assert e["event_type"] in SUBTYPES, where
        assert e.get("sub_event_type") is None or e["sub_event_type"] in SUBTYPES[e["event_type"]], where
        assert e["status"] in STATUSES and e["source"], where
        if e["status"] in ("planned", "hypothetical") or e.get("aggregate"):
            assert not e["core"], where
        if "date" in e:
            start = datetime.date.fromisoformat(e["date"]["start"])
            end = datetime.date.fromisoformat(e["date"]["end"])
            assert start <= end <= pub, where
        for key in ("killed", "injured", "casualties"):
            if key in e:
                lo, hi = e[key]["min"], e[key]["max"]
                assert lo >= 0 and (hi is None or hi >= lo), where
        loc = e.get("location")
        if loc and "lat" in loc:
            assert -90 <= loc["lat"] <= 90 and -180 <= loc["lon"] <= 180, where
    return words


def main():
    out = pathlib.Path(__file__).with_name("dev_b.gold.jsonl")
    ids = [d["id"] for d in DOCS]
    assert ids == [f"dev-b-{i:02d}" for i in range(1, 21)], ids
    with open(out, "w", encoding="utf-8") as f:
        for d in DOCS:
            check(d)
            # stored without the trailing newline: equal to sitrep's normalised text
            record = {"doc": {"id": d["id"], "title": d["text"].splitlines()[0], "outlet": d["outlet"],
                              "published": d["published"], "text": d["text"].rstrip("\n")},
                      "events": d["events"]}
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    n_core = sum(e["core"] for d in DOCS for e in d["events"])
    n_all = sum(len(d["events"]) for d in DOCS)
    print(f"wrote {len(DOCS)} documents, {n_core} core and {n_all - n_core} non-core events to {out.name}")


if __name__ == "__main__":
    main()
