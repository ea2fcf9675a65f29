"""Incident evaluation set for sitrep (cross-document incident linking).

Writes, next to this file:
  incidents.gold.jsonl   one document per line, gold format of SPEC.md section 6,
                         every gold event carrying "incident": "<incident id>"
  contradictions.json    {incident id: [{"field", "values": [{"value", "doc_ids"}]}]}

All texts were written for this project, in our own words.  They describe real
incidents of 2017-2025 (Syria, Iraq, Jordan, Lebanon, Yemen / Red Sea), each
told by 2-3 documents in different voices, with planted disagreements (tolls,
perpetrators, dates, places, denials).  Distractor events share the place (but
not the date) or the date (but not the place) and the event type of an
incident.  The gold encodes what each TEXT says, not what is true.

Rules used here (beyond ../ANNOTATION.md):
- Events that are the same real-world event share an incident id across
  documents; every other event has its own id.
- contradictions.json is derived from the CORE gold events: for each planted
  contradiction we declare the conflicting values, and the script fills in the
  doc_ids and checks that (a) every core claim of the incident falls under one
  declared value, (b) each value has at least one document, (c) for fields NOT
  declared, all core claims of the incident agree (ranges overlap, places
  within 50 km, same status, overlapping actor1 names) -- so no contradiction
  is planted by accident.
- Distractors are checked: same type, and either same place (< 30 km) and >= 3
  days apart, or same day and >= 100 km apart.

Run: python3 build_incidents.py   (stdlib only; asserts everything above)
"""

# Long lines are the article texts and gold evidence; list concatenation builds actor aliases.
# ruff: noqa: E501, RUF005
import datetime as dt
import json
import math
import pathlib
import re

# fmt: off
HERE = pathlib.Path(__file__).resolve().parent

# ---------------------------------------------------------------- types
AIR = ("Explosions/Remote violence", "Air/drone strike")
SHELL = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
CHEM = ("Explosions/Remote violence", "Chemical weapon")
SUICIDE = ("Explosions/Remote violence", "Suicide bomb")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
EXPL = ("Explosions/Remote violence", None)
CLASH = ("Battles", "Armed clash")
VAC = ("Violence against civilians", "Attack")
ARREST = ("Strategic developments", "Arrests")
DISRUPT = ("Strategic developments", "Disrupted weapons use")
AGREE = ("Strategic developments", "Agreement")
PROTEST = ("Protests", "Peaceful protest")

# ---------------------------------------------------------------- actors
# Short tokens such as "US", "IS", "LF", "KH" are left out on purpose: the
# scorer matches by case-insensitive containment, and "us" is inside "Houthis".
SYGOV = ["Military Forces of Syria", "Syrian government", "Syrian army", "Syrian Arab Army",
         "Syrian armed forces", "Syrian regime", "Assad regime", "regime forces", "government forces",
         "Syrian air force", "Syrian aircraft", "Syrian troops"]
RUS = ["Military Forces of Russia", "Russia", "Russian", "Russian warplanes", "Russian air force",
       "Russian aircraft", "Russian jets"]
TUR = ["Military Forces of Turkey", "Turkey", "Turkish", "Türkiye", "Turkish forces",
       "Turkish armed forces", "Turkish soldiers", "Turkish troops", "Turkish army"]
USA = ["Military Forces of the United States", "United States", "U.S.", "American", "Pentagon",
       "U.S. forces", "U.S. military", "coalition", "U.S.-led coalition"]
IRGC = ["Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards", "Guards", "Iran", "Iranian"]
ISR = ["Military Forces of Israel", "Israel", "Israeli", "Israel Defense Forces", "IDF",
       "Israeli air force", "Israeli warplanes", "Israeli jets", "Zionist"]
HEZ = ["Hezbollah", "Hizbullah", "Hizballah"]
AMAL = ["Amal Movement", "Amal"]
LF = ["Lebanese Forces", "Lebanese Forces party"]
HOUTHI = ["Houthis", "Houthi", "Ansar Allah", "Houthi movement", "Houthi militia"]
ISIS = ["Islamic State", "ISIS", "ISIL", "Daesh"]
PKK = ["Kurdistan Workers' Party", "PKK"]
IRQMIL = ["Kata'ib Hezbollah", "Kataib Hezbollah", "Kata'ib Sayyid al-Shuhada", "Iranian-backed militia",
          "Iran-backed militia", "Iranian-backed militant groups", "militias", "Popular Mobilization Forces",
          "PMF", "Hashd"]
PMF = ["Popular Mobilization Forces", "PMF", "Hashd", "Hashd al-Shaabi", "46th Brigade", "Kata'ib Hezbollah"]
JORSEC = ["Police Forces of Jordan", "Public Security Directorate", "Public Security", "police",
          "police officers", "security forces", "Gendarmerie", "security personnel", "Jordanian security forces"]
YEGOV = ["Military Forces of Yemen", "Yemeni government", "Yemeni army", "government forces", "soldiers",
         "army", "cabinet"]
UNKNOWN = ["unknown", "unidentified"]
CIV = ["civilians", "civilian"]

# ---------------------------------------------------------------- places
def P(names, lat, lon, country):
    return {"names": names, "lat": lat, "lon": lon, "country": country}

KHAN = P(["Khan Sheikhoun", "Khan Shaykhun", "Khan Sheikhun"], 35.44, 36.65, "SY")
KAFRZEITA = P(["Kafr Zeita", "Kafr Zita", "northern Hama countryside"], 35.37, 36.60, "SY")
NHAMA = P(["northern Hama countryside", "Hama"], 35.30, 36.60, "SY")
IDLIBZONE = P(["Idlib", "Idlib de-escalation zone", "Idlib province"], 35.80, 36.60, "SY")
BALYUN = P(["Balyun", "Baloun", "Behun", "Jabal al-Zawiya"], 35.69, 36.53, "SY")
ABUKAMAL = P(["Abu Kamal", "Albu Kamal", "Bukamal", "Al Bukamal", "al-Bukamal"], 34.45, 40.92, "SY")
DEIREZZOR = P(["Deir ez-Zor", "Deir al-Zour", "Deir Ezzor"], 35.33, 40.14, "SY")
IDLIB = P(["Idlib", "Idlib province"], 35.93, 36.63, "SY")
DAMASCUS = P(["Damascus"], 33.51, 36.29, "SY")
AINASAD = P(["Ain al-Asad", "Ain al-Assad", "al-Asad", "Al Asad Air Base"], 33.80, 42.44, "IQ")
ERBIL = P(["Erbil", "Irbil", "Arbil", "Hawler"], 36.19, 44.01, "IQ")
GREENZONE = P(["Green Zone", "Baghdad"], 33.31, 44.39, "IQ")
BAGHDADAIRPORT = P(["Baghdad International Airport", "Baghdad airport", "Baghdad"], 33.26, 44.23, "IQ")
TAYARAN = P(["Tayaran Square", "al-Tayaran Square", "Bab al-Sharqi", "Baghdad"], 33.33, 44.42, "IQ")
ZAKHO = P(["Barakh", "Parakh", "Zakho", "Zakho district"], 37.16, 42.74, "IQ")
AMADIYA = P(["Amadiya", "Amedi", "Amadiyah", "Amadiya district"], 37.09, 43.49, "IQ")
DUHOKBORDER = P(["Kurdistan region", "Duhok"], 37.20, 43.10, "IQ")
JURF = P(["Jurf al-Nasr", "Jurf al-Sakhar"], 32.87, 44.12, "IQ")
FUHEIS = P(["Fuheis", "Fuhais"], 32.00, 35.77, "JO")
SALT = P(["Salt", "Al-Salt", "Nuqb al-Dabour"], 32.04, 35.73, "JO")
RABIEH = P(["Rabieh", "Rabiyeh", "Al-Rabiah", "Amman"], 31.98, 35.87, "JO")
HARETHREIK = P(["Haret Hreik", "southern suburbs of Beirut", "Dahiyeh", "Beirut"], 33.85, 35.51, "LB")
BEIRUT = P(["Beirut", "Beirut area"], 33.87, 35.51, "LB")
JAMOUS = P(["Jamous", "southern suburbs of Beirut", "Dahiyeh", "Beirut"], 33.84, 35.51, "LB")
LEBANON = P(["Lebanon"], 33.85, 35.86, "LB")
NORTHISRAEL = P(["northern Israel"], 33.00, 35.50, "IL")
TAYOUNEH = P(["Tayouneh", "Tayyouneh", "Ain el-Remmaneh", "Ain al-Rummaneh", "Chiyah", "Beirut"], 33.86, 35.52, "LB")
# occupied Golan Heights; internationally recognised as Syrian territory
MAJDALSHAMS = P(["Majdal Shams"], 33.27, 35.77, "SY")
MARIB = P(["Marib", "Ma'rib", "al-Istiqbal camp", "Marib province"], 15.46, 45.32, "YE")
NEHM = P(["Nehm", "Nihm"], 15.60, 44.55, "YE")
ADENAIRPORT = P(["Aden International Airport", "Aden airport", "Aden", "Khormaksar"], 12.83, 45.03, "YE")
ADEN = P(["Aden"], 12.80, 45.03, "YE")
MAASHIQ = P(["Maashiq palace", "Maashiq", "Aden"], 12.77, 45.04, "YE")
JALAA = P(["al-Jalaa camp", "Jalaa", "Buraiqa", "Aden"], 12.80, 44.94, "YE")
SHEIKHOTHMAN = P(["Sheikh Othman", "Aden"], 12.87, 44.99, "YE")
HODEIDAH = P(["Hodeidah", "Hudaydah", "Hodeida", "port of Hodeidah"], 14.83, 42.93, "YE")
EILAT = P(["Eilat", "Umm al-Rashrash"], 29.56, 34.95, "IL")
TELAVIV = P(["Tel Aviv"], 32.08, 34.78, "IL")


def N(lo, hi="same"):
    return {"min": lo, "max": lo if hi == "same" else hi}


def D(start, end=None):
    return {"start": start, "end": end or start}


def E(core, evidence, typ, inc, actor1=None, actor2=None, loc=None, date=None, killed=None,
      injured=None, casualties=None, source=None, status="occurred", aggregate=False):
    e = {"core": core, "evidence": evidence, "event_type": typ[0]}
    if typ[1]:
        e["sub_event_type"] = typ[1]
    for k, v in (("actor1", actor1), ("actor2", actor2), ("location", loc), ("date", date),
                 ("killed", killed), ("injured", injured), ("casualties", casualties)):
        if v is not None:
            e[k] = v
    e["source"] = source or ["author"]
    e["status"] = status
    if aggregate:
        e["aggregate"] = True
    e["incident"] = inc
    return e


DOCS = []


def doc(outlet, published, text, events):
    DOCS.append({"outlet": outlet, "published": published, "text": text.strip("\n") + "\n",
                 "events": events})


# =====================================================================
# 1. Khan Sheikhoun chemical attack, Idlib, Tuesday 4 April 2017
# =====================================================================
INC_KHAN = "khansheikhoun-chemical-2017-04-04"
doc("wire", "2017-04-04", """
Suspected gas attack kills 58 in rebel-held Syrian town

BEIRUT, April 4 — A suspected chemical attack killed 58 people, 11 of them children, in the rebel-held town of Khan Sheikhoun in northwestern Syria on Tuesday, a war monitor said, after warplanes bombed the town at dawn and residents began choking in the streets.

Medics in the town described patients foaming at the mouth, with pinpoint pupils and convulsions, signs that doctors associated with a nerve agent. The Syrian Observatory for Human Rights, which relies on a network of contacts inside the country, said the toll was likely to rise.

Opposition officials blamed aircraft of the Syrian government. A military source quoted by state media said the army "has not used and will not use" such weapons.

Hours after the first raid, rockets hit a small field hospital where some of the injured were being treated, according to rescue workers, who said the building was badly damaged. They gave no separate casualty figure for that attack.

Khan Sheikhoun lies in southern Idlib province, on the main highway between Hama and Aleppo, and has been held by an array of insurgent factions, including jihadist groups, for several years. If confirmed, the attack would be one of the deadliest uses of chemical weapons in the six-year war.

Diplomats said the United Nations Security Council was expected to meet on the attack.
""", [
    E(True, "A suspected chemical attack killed 58 people, 11 of them children, in the rebel-held town of Khan Sheikhoun in northwestern Syria on Tuesday",
      CHEM, INC_KHAN, actor1=SYGOV + ["warplanes"], actor2=CIV + ["residents", "children"], loc=KHAN,
      date=D("2017-04-04"), killed=N(58),
      source=["Syrian Observatory for Human Rights", "SOHR", "war monitor", "monitor", "Opposition officials", "author"]),
    E(False, "the army \"has not used and will not use\" such weapons", CHEM, INC_KHAN,
      actor1=SYGOV, source=["state media", "military source"], status="denied"),
    E(True, "rockets hit a small field hospital where some of the injured were being treated", SHELL,
      "khansheikhoun-hospital-2017-04-04", actor1=UNKNOWN, actor2=CIV + ["field hospital", "injured"],
      loc=KHAN, date=D("2017-04-04"), source=["rescue workers"]),
])

doc("military statement", "2017-04-04", """
General Command: the army did not use chemical weapons in Khan Sheikhoun

DAMASCUS, April 4 — The General Command of the Army and Armed Forces categorically denies that its units used any chemical or toxic substance in the town of Khan Sheikhoun in the Idlib countryside today.

The Syrian Arab Army has never used such weapons, in any place or at any time, and will never use them, not even against the terrorists who kill our people. The claims circulated by the terrorist groups and by the media outlets that serve them are fabricated from beginning to end.

These groups and their sponsors resort to such lies whenever they fail on the battlefield, as they failed in their latest offensive in the northern Hama countryside. The aim is to win sympathy abroad and to blame the Syrian state for crimes that the terrorists themselves commit.

The General Command holds the armed terrorist groups, and the states that arm and finance them, fully responsible for the use of chemical and toxic substances and for the lives of the innocent civilians whom they use as human shields.

Our forces will continue to perform their national duty of fighting terrorism in all its forms and of restoring security and stability to every inch of the homeland.
""", [
    E(True, "categorically denies that its units used any chemical or toxic substance in the town of Khan Sheikhoun in the Idlib countryside today",
      CHEM, INC_KHAN, actor1=SYGOV + ["General Command"], loc=KHAN, date=D("2017-04-04"),
      source=["General Command of the Army and Armed Forces", "General Command", "Syrian army"], status="denied"),
    E(False, "they failed in their latest offensive in the northern Hama countryside", CLASH,
      "hama-rebel-offensive-2017-03", actor1=["terrorist groups", "rebels", "unknown"], actor2=SYGOV,
      loc=NHAMA, source=["General Command"]),
])

doc("monitor bulletin", "2017-04-06", """
Khan Sheikhoun toll reaches 86, including 30 children

Syrian Observatory for Human Rights — bulletin, 6 April 2017

The number of people killed in the toxic gas attack on Khan Sheikhoun in the southern countryside of Idlib on the morning of Tuesday, 4 April, has risen to 86, among them 30 children and 20 women, after several of the wounded died in hospitals in Idlib and across the Turkish border. The Observatory documented each death by name through medical sources and relatives.

Dozens of other people are still being treated for breathing difficulties, and some of them are in a critical condition.

Witnesses told the Observatory that the warplanes which carried out the raid at about 6:30 in the morning had taken off from a government air base and dropped munitions that released a gas with a pungent smell.

The Russian Ministry of Defence said on Wednesday that Syrian aircraft had struck a large ammunition depot of the "terrorists" on the eastern edge of the town on Tuesday, where, it said, toxic munitions were being produced and stored. Residents contacted by the Observatory said there was no such depot at the site.

Separately, warplanes carried out several air raids on Wednesday on the town of Kafr Zeita in the northern countryside of Hama, without causing casualties.
""", [
    E(True, "The number of people killed in the toxic gas attack on Khan Sheikhoun in the southern countryside of Idlib on the morning of Tuesday, 4 April, has risen to 86",
      CHEM, INC_KHAN, actor1=SYGOV + ["warplanes"], actor2=CIV + ["children", "women"], loc=KHAN,
      date=D("2017-04-04"), killed=N(86), source=["Syrian Observatory for Human Rights", "SOHR", "Observatory"]),
    # Russia's version of the same event: an ordinary air strike that hit a rebel depot.
    E(True, "Syrian aircraft had struck a large ammunition depot of the \"terrorists\" on the eastern edge of the town on Tuesday",
      AIR, INC_KHAN, actor1=SYGOV, actor2=["terrorists", "rebels", "ammunition depot"], loc=KHAN,
      date=D("2017-04-04"), source=["Russian Ministry of Defence", "Russia", "Russian"]),
    E(True, "warplanes carried out several air raids on Wednesday on the town of Kafr Zeita in the northern countryside of Hama, without causing casualties",
      AIR, "kafrzeita-raids-2017-04-05", actor1=UNKNOWN + ["warplanes"], loc=KAFRZEITA,
      date=D("2017-04-05"), killed=N(0), injured=N(0), source=["Syrian Observatory for Human Rights", "Observatory", "author"]),
])

# =====================================================================
# 2. Fuheis bombing (Fri 10 Aug 2018) and Salt raid (Sat 11 Aug 2018), Jordan
# =====================================================================
INC_FUHEIS = "fuheis-ied-2018-08-10"
INC_SALT = "salt-raid-2018-08-11"
INC_SALTARR = "salt-arrests-2018-08-11"
doc("government statement", "2018-08-11", """
Government spokesperson: Salt operation follows deadly Fuheis bombing

AMMAN, Aug. 11 — Minister of State for Media Affairs Jumana Ghneimat said that a member of the Gendarmerie was killed and six other security personnel were injured late on Friday when an improvised explosive device planted under a joint police and gendarmerie vehicle exploded near the venue of the Fuheis festival.

The security services identified the suspects within hours, she said, and on Saturday tracked them to a residential building in the city of Salt. As the force moved in, the cell members opened fire and detonated explosives they had rigged inside the building, bringing part of it down. Three members of the security services were killed in the operation and several others were wounded.

Three suspects were arrested during the raid, and the search of the rubble is continuing, the spokesperson said.

Ghneimat stressed that the state would deal firmly with anyone who tried to undermine the security of the kingdom and the safety of its citizens, and asked citizens to rely only on official sources for information about the investigation. The government will give further details once the operation is complete.
""", [
    E(True, "a member of the Gendarmerie was killed and six other security personnel were injured late on Friday when an improvised explosive device planted under a joint police and gendarmerie vehicle exploded near the venue of the Fuheis festival",
      IED, INC_FUHEIS, actor1=UNKNOWN + ["suspects", "cell"], actor2=JORSEC, loc=FUHEIS,
      date=D("2018-08-10"), killed=N(1), injured=N(6),
      source=["Jumana Ghneimat", "Ghneimat", "government spokesperson", "Jordanian government", "Minister of State for Media Affairs"]),
    E(True, "As the force moved in, the cell members opened fire and detonated explosives they had rigged inside the building",
      CLASH, INC_SALT, actor1=["cell", "cell members", "suspects", "militants"], actor2=JORSEC + ["security services"],
      loc=SALT, date=D("2018-08-11"), killed=N(3), source=["Jumana Ghneimat", "Ghneimat", "government spokesperson"]),
    E(True, "Three suspects were arrested during the raid", ARREST, INC_SALTARR,
      actor1=JORSEC + ["security services"], actor2=["suspects", "cell"], loc=SALT, date=D("2018-08-11"),
      source=["Jumana Ghneimat", "Ghneimat", "government spokesperson"]),
])

doc("local news", "2018-08-12", """
Fuheis buries sergeant killed in festival blast as Salt raid toll rises to four

FUHEIS, Aug. 12 — Hundreds of residents of Fuheis lined the streets on Sunday for the funeral of Sergeant Ali Qawqazeh, who was killed when a bomb hidden under a police car went off on Friday night near the grounds of the town's summer festival. Four of his colleagues were wounded in the blast, which neighbours said was heard across the hills of Balqa.

The festival, which draws families from across the kingdom for concerts and food stalls, had been due to run for several more evenings. Its organisers cancelled the rest of the programme.

In neighbouring Salt, families were still being kept away on Sunday from the Nuqb al-Dabour neighbourhood, where a building collapsed on Saturday after a gunfight during a raid on the suspected bombers' hideout. A security source told our newspaper that the number of security personnel killed in the operation had risen to four after a member of the special forces died of his wounds. Five suspects have been detained, the source said, adding that the cell had been planning further attacks on security targets.

"We used to leave our doors open at night," said a shopkeeper near the festival grounds. "Now everybody is asking who these people are and where they got the explosives."
""", [
    E(True, "killed when a bomb hidden under a police car went off on Friday night near the grounds of the town's summer festival",
      IED, INC_FUHEIS, actor1=UNKNOWN + ["suspected bombers"], actor2=JORSEC + ["Sergeant Ali Qawqazeh"],
      loc=FUHEIS, date=D("2018-08-10"), killed=N(1), injured=N(4), source=["author"]),
    E(True, "a building collapsed on Saturday after a gunfight during a raid on the suspected bombers' hideout",
      CLASH, INC_SALT, actor1=["suspected bombers", "cell", "suspects", "militants"],
      actor2=JORSEC + ["special forces"], loc=SALT, date=D("2018-08-11"), killed=N(4),
      source=["security source", "author"]),
    E(True, "Five suspects have been detained", ARREST, INC_SALTARR, actor1=JORSEC,
      actor2=["suspects", "cell"], loc=SALT, date=D("2018-08-11", "2018-08-12"), source=["security source"]),
    E(False, "the cell had been planning further attacks on security targets", EXPL,
      "jordan-cell-plans-2018-08", actor1=["cell"], actor2=JORSEC, source=["security source"], status="planned"),
])

# =====================================================================
# Distractor (same place as the Aden airport attack, 17 months earlier)
# =====================================================================
doc("wire", "2019-08-01", """
Missile strikes military parade in Aden, killing dozens including senior commander

ADEN, Aug. 1 — A Houthi ballistic missile struck a military graduation parade at the al-Jalaa camp in Aden's Buraiqa district on Thursday morning, killing at least 36 soldiers, among them the commander of the First Support Brigade, Munir al-Yafei, security and medical sources said.

Witnesses said the missile exploded just behind the stand where officers were addressing the recruits. A video shared online showed the commander speaking into a microphone moments before the blast.

The Houthis' military spokesman said the group had fired a medium-range ballistic missile and a drone at the parade, describing the troops as mercenaries preparing to attack areas under the movement's control.

Earlier the same morning, a suicide car bomber struck a police station in the city's Sheikh Othman district during a morning roll call, killing at least 11 policemen. Islamic State said in a statement that its fighters had carried out that attack.

The First Support Brigade belongs to southern forces backed by the United Arab Emirates, a key member of the Saudi-led coalition that has been fighting the Houthis since 2015. Tensions between the southern forces and the government of President Abd-Rabbu Mansour Hadi, both nominally on the same side, have been rising for months.
""", [
    E(True, "A Houthi ballistic missile struck a military graduation parade at the al-Jalaa camp in Aden's Buraiqa district on Thursday morning, killing at least 36 soldiers",
      SHELL, "aden-jalaa-2019-08-01", actor1=HOUTHI,
      actor2=["soldiers", "First Support Brigade", "southern forces", "recruits", "Munir al-Yafei"],
      loc=JALAA, date=D("2019-08-01"), killed=N(36, None), source=["security and medical sources", "author"]),
    E(False, "the group had fired a medium-range ballistic missile and a drone at the parade", SHELL,
      "aden-jalaa-2019-08-01", actor1=HOUTHI, actor2=["troops", "mercenaries", "parade"],
      source=["Houthis' military spokesman", "Houthis", "Houthi"]),
    E(True, "a suicide car bomber struck a police station in the city's Sheikh Othman district during a morning roll call, killing at least 11 policemen",
      SUICIDE, "aden-sheikhothman-2019-08-01", actor1=ISIS + ["suicide car bomber"],
      actor2=["police", "policemen", "police station"], loc=SHEIKHOTHMAN, date=D("2019-08-01"),
      killed=N(11, None), source=["author", "Islamic State"]),
    E(False, "the Saudi-led coalition that has been fighting the Houthis since 2015", CLASH,
      "yemen-coalition-war-2015", actor1=["Saudi-led coalition"], actor2=HOUTHI, source=["author"], aggregate=True),
])

# =====================================================================
# 3. Iranian missiles on Ain al-Asad (and Erbil), early Wed 8 Jan 2020
#    (Tue 7 Jan evening, Washington time)
# =====================================================================
INC_ASAD = "ainalasad-irgc-2020-01-08"
INC_ERBIL20 = "erbil-irgc-2020-01-08"
doc("military statement", "2020-01-07", """
Pentagon: Iran fires ballistic missiles at two bases in Iraq

WASHINGTON, Jan. 7 — At about 5:30 p.m. Eastern time today, Iran launched more than a dozen ballistic missiles from its own territory at U.S. military and coalition forces in Iraq, the Department of Defense said in a statement.

One salvo struck al-Asad air base in Anbar province, which hosts American and coalition troops, and a second targeted a base at Irbil in the Kurdistan region, the department said. Damage was still being assessed, and officials said early reports showed no American casualties, while cautioning that the picture could change.

Bases in Iraq had been on high alert for days because of indications that Iran intended to strike U.S. forces and interests, the statement said. It added that the United States would take all necessary measures to protect its personnel, partners and allies in the region.

The missiles came five days after a U.S. drone strike at Baghdad International Airport killed Major General Qassem Soleimani, the commander of the Revolutionary Guards' Quds Force, and Abu Mahdi al-Muhandis, the deputy chief of Iraq's Popular Mobilization Forces.
""", [
    E(True, "One salvo struck al-Asad air base in Anbar province, which hosts American and coalition troops",
      SHELL, INC_ASAD, actor1=IRGC, actor2=USA + ["coalition troops"], loc=AINASAD, date=D("2020-01-07"),
      killed=N(0), injured=N(0), source=["Department of Defense", "Pentagon", "officials"]),
    E(True, "a second targeted a base at Irbil in the Kurdistan region", SHELL, INC_ERBIL20,
      actor1=IRGC, actor2=USA, loc=ERBIL, date=D("2020-01-07"), killed=N(0), injured=N(0),
      source=["Department of Defense", "Pentagon", "officials"]),
    E(False, "Iran launched more than a dozen ballistic missiles from its own territory at U.S. military and coalition forces in Iraq",
      SHELL, INC_ASAD, actor1=IRGC, actor2=USA, date=D("2020-01-07"), source=["Department of Defense", "Pentagon"],
      aggregate=True),
    E(False, "a U.S. drone strike at Baghdad International Airport killed Major General Qassem Soleimani",
      AIR, "baghdad-soleimani-2020-01-03", actor1=USA,
      actor2=["Qassem Soleimani", "Quds Force", "IRGC", "Abu Mahdi al-Muhandis", "Popular Mobilization Forces"],
      loc=BAGHDADAIRPORT, date=D("2020-01-02", "2020-01-03"), killed=N(2, None), source=["author"]),
])

doc("partisan site (pro-Iran)", "2020-01-08", """
‘Martyr Soleimani’ operation: 80 American terrorists killed at Ain al-Asad

TEHRAN, Jan. 8 — At dawn on Wednesday the aerospace force of the Islamic Revolutionary Guard Corps struck the American base of Ain al-Asad in western Iraq with dozens of surface-to-surface missiles, in revenge for the cowardly assassination of the commander of the Quds Force, Hajj Qassem Soleimani.

According to informed sources, at least 80 American terrorist soldiers were killed and some 200 were wounded in the operation, which has been named “Martyr Soleimani”. The wounded were flown out by helicopter to Jordan and occupied Palestine, the sources said. Helicopters, drones and military equipment were also heavily damaged, and not a single missile was intercepted, they added.

A statement by the Guards warned the Great Satan that if America responds, the next blow will be more crushing still, and that any country that lets its territory be used to attack Iran will become a legitimate target.

The believing people of Iran poured into the streets of Tehran and other cities after dawn prayers to celebrate the revenge for the blood of their hero. The corrupt presence of America in the region must now come to an end, speakers told the crowds.
""", [
    E(True, "At dawn on Wednesday the aerospace force of the Islamic Revolutionary Guard Corps struck the American base of Ain al-Asad in western Iraq with dozens of surface-to-surface missiles",
      SHELL, INC_ASAD, actor1=IRGC + ["aerospace force"], actor2=USA + ["American base", "American terrorist soldiers"],
      loc=AINASAD, date=D("2020-01-08"), killed=N(80, None), injured=N(200),
      source=["informed sources", "author", "Islamic Revolutionary Guard Corps"]),
    E(False, "if America responds, the next blow will be more crushing still", SHELL, "irgc-threat-2020-01-08",
      actor1=IRGC, actor2=USA, source=["Guards", "Islamic Revolutionary Guard Corps"], status="hypothetical"),
])

doc("wire", "2020-01-09", """
Iraq says 22 missiles hit two bases; rockets land in Baghdad's Green Zone

BAGHDAD, Jan. 9 — Iraq's military said on Wednesday that 22 missiles were fired at bases hosting U.S.-led coalition forces in the early hours of the day, 17 of them at the Ain al-Assad air base in Anbar and five at a base in Erbil, and that none of its own troops had been hurt.

U.S. President Donald Trump said in a televised address that no Americans had been harmed and that the bases had suffered only minimal damage, a message that seemed aimed at lowering tensions after days of threats between Washington and Tehran.

Late on Wednesday, two Katyusha rockets crashed inside Baghdad's heavily fortified Green Zone, home to government buildings and foreign embassies, without causing any casualties, security sources said. There was no immediate claim of responsibility.

Iranian state media had claimed that 80 "American terrorists" were killed in the missile attack, a figure that neither U.S. nor Iraqi officials supported and for which no evidence was offered. Iraqi Prime Minister Adel Abdul Mahdi said Tehran had informed him shortly after midnight that a response to the killing of Soleimani was imminent.
""", [
    E(True, "22 missiles were fired at bases hosting U.S.-led coalition forces in the early hours of the day, 17 of them at the Ain al-Assad air base in Anbar",
      SHELL, INC_ASAD, actor1=IRGC, actor2=USA + ["coalition forces"], loc=AINASAD, date=D("2020-01-08"),
      killed=N(0), injured=N(0), source=["Iraq's military", "Iraqi military", "Donald Trump", "Trump"]),
    E(True, "five at a base in Erbil", SHELL, INC_ERBIL20, actor1=IRGC, actor2=USA + ["coalition forces"],
      loc=ERBIL, date=D("2020-01-08"), killed=N(0), injured=N(0), source=["Iraq's military", "Iraqi military"]),
    E(True, "two Katyusha rockets crashed inside Baghdad's heavily fortified Green Zone", SHELL,
      "greenzone-rockets-2020-01-08", actor1=UNKNOWN, loc=GREENZONE, date=D("2020-01-08"),
      killed=N(0), injured=N(0), source=["security sources"]),
    E(False, "80 \"American terrorists\" were killed in the missile attack", SHELL, INC_ASAD,
      actor1=IRGC, actor2=USA, killed=N(80), source=["Iranian state media"]),
])

# =====================================================================
# 4. Missile and drone attack on the mosque of a Marib army camp, Sat 18 Jan 2020
# =====================================================================
INC_MARIB = "marib-mosque-2020-01-18"
doc("state news agency (Yemeni government)", "2020-01-19", """
83 soldiers martyred in Houthi missile attack on mosque in Marib camp

MARIB, Jan. 19 (Saba) — Eighty-three soldiers were martyred and 148 wounded when the Houthi militia targeted a mosque inside the al-Istiqbal military camp west of Marib city with a ballistic missile and a drone during evening prayers on Saturday, a military source said.

The source said the worshippers were members of the army who had recently returned from the fronts of Nehm and Sirwah. The missile struck the crowded mosque directly, and the drone exploded near its entrance as rescuers arrived.

President Abd-Rabbu Mansour Hadi condemned the attack as cowardly and terrorist, saying it proved once again that the militia had no interest in peace and was nothing but a tool of Iran in the region. He ordered the armed forces to remain on the highest state of alert.

The crime came as the Houthi militia pressed repeated assaults on army positions in the Nehm district east of Sanaa, which the army's heroes have been repelling for days, inflicting heavy losses on the attackers, the source added.
""", [
    # a missile and a drone: the text stresses the missile, which hit the mosque directly
    E(True, "Eighty-three soldiers were martyred and 148 wounded when the Houthi militia targeted a mosque inside the al-Istiqbal military camp west of Marib city with a ballistic missile and a drone during evening prayers on Saturday",
      SHELL, INC_MARIB, actor1=HOUTHI, actor2=YEGOV + ["worshippers"], loc=MARIB, date=D("2020-01-18"),
      killed=N(83), injured=N(148), source=["military source", "Saba"]),
    E(False, "the Houthi militia pressed repeated assaults on army positions in the Nehm district east of Sanaa",
      CLASH, "nehm-fighting-2020-01", actor1=HOUTHI, actor2=YEGOV, loc=NEHM, source=["military source", "author"],
      aggregate=True),
])

doc("wire", "2020-01-21", """
Toll from attack on Yemen army mosque rises to 111

ADEN, Jan. 21 — The number of people killed in a missile and drone attack on a mosque at a military camp in Yemen's central Marib province at the weekend has risen to 111, medical and military sources said on Tuesday, making it one of the deadliest single attacks of the five-year war.

The mosque, at a camp used to train recruits for forces loyal to the internationally recognised government, was packed for evening prayers when it was hit on Saturday. Most of the victims were soldiers, the sources said.

The government blamed the Iran-aligned Houthi movement. The Houthis, who have been fighting the government and a Saudi-led military coalition for five years, did not claim responsibility, and a spokesman for the group's forces did not respond to requests for comment.

The attack ended weeks of relative calm that had raised hopes of de-escalation, and came as the Houthis pressed an offensive in Nehm, northeast of the capital Sanaa. The United Nations envoy for Yemen said the escalation risked undoing the modest progress made towards a political settlement.
""", [
    E(True, "The number of people killed in a missile and drone attack on a mosque at a military camp in Yemen's central Marib province at the weekend has risen to 111",
      SHELL, INC_MARIB, actor1=HOUTHI + ["unknown"], actor2=YEGOV + ["recruits"], loc=MARIB, date=D("2020-01-18"),
      killed=N(111), source=["medical and military sources", "government"]),
    E(False, "the Houthis pressed an offensive in Nehm, northeast of the capital Sanaa", CLASH,
      "nehm-fighting-2020-01", actor1=HOUTHI, actor2=YEGOV, loc=NEHM, source=["author"], aggregate=True),
])

# =====================================================================
# 5. Air strike on Turkish troops at Balyun, Idlib, Thu 27 Feb 2020
# =====================================================================
INC_BALYUN = "balyun-airstrike-2020-02-27"
INC_RETAL = "turkish-retaliation-2020-02-27"
doc("government statement (Turkey)", "2020-02-28", """
Statement by the Governor of Hatay on the attack in Idlib

HATAY, Feb. 28 — In an air attack carried out on Thursday evening by the forces of the Assad regime against our units in the Idlib de-escalation zone, 33 of our heroic soldiers were martyred and 32 were wounded. The wounded were brought to hospitals in our province, where their treatment continues. Our prayers are with the families of our martyrs.

Our units were deployed in the region under the agreements reached with the Russian Federation, to protect civilians and to monitor the ceasefire. The positions of our troops had been communicated in advance to the relevant parties.

Following the attack, all known targets of the regime were placed under fire by our air and ground-based support weapons, and retaliation is continuing. The blood of our martyrs will not be left on the ground.

Our citizens are asked not to give credit to rumours and speculation circulating on social media, and to follow only the statements of official institutions.
""", [
    E(True, "In an air attack carried out on Thursday evening by the forces of the Assad regime against our units in the Idlib de-escalation zone, 33 of our heroic soldiers were martyred and 32 were wounded",
      AIR, INC_BALYUN, actor1=SYGOV, actor2=TUR + ["our units"], loc=IDLIBZONE, date=D("2020-02-27"),
      killed=N(33), injured=N(32), source=["Governor of Hatay", "Hatay governor", "Turkey", "Turkish government"]),
    E(False, "all known targets of the regime were placed under fire by our air and ground-based support weapons",
      SHELL, INC_RETAL, actor1=TUR, actor2=SYGOV, date=D("2020-02-27", "2020-02-28"),
      source=["Governor of Hatay", "Turkey"], aggregate=True),
])

doc("military statement (Russia)", "2020-02-28", """
Russian Defence Ministry: Turkish troops were among militants struck near Behun

MOSCOW, Feb. 28 — The Russian Centre for Reconciliation of the Opposing Sides in Syria reports the following.

On 27 February, militants of terrorist groups in the Idlib de-escalation zone launched a large-scale offensive against positions of the Syrian government forces. While repelling the attack, Syrian government aircraft struck the militants' combat formations near the settlement of Behun, where, according to the Syrian side, servicemen of the Turkish armed forces were also present.

The Turkish side had not informed the Russian centre of the presence of its troops in this area, where they should not have been.

Russian aircraft did not carry out any strikes in the area of Behun. As soon as the Russian side learned of the Turkish casualties, it took every measure to ensure a complete ceasefire by the Syrian forces and to allow the evacuation of the dead and wounded servicemen to Turkish territory.

The Russian side reaffirms its commitment to the Sochi memorandum and maintains close contact with its Turkish colleagues.
""", [
    E(True, "Syrian government aircraft struck the militants' combat formations near the settlement of Behun",
      AIR, INC_BALYUN, actor1=SYGOV, actor2=["militants", "terrorist groups", "combat formations"] + TUR,
      loc=BALYUN, date=D("2020-02-27"),
      source=["Russian Centre for Reconciliation", "Russian Defence Ministry", "Russia", "Russian"]),
    E(True, "militants of terrorist groups in the Idlib de-escalation zone launched a large-scale offensive against positions of the Syrian government forces",
      CLASH, "idlib-rebel-offensive-2020-02-27", actor1=["militants", "terrorist groups", "rebels"],
      actor2=SYGOV, loc=IDLIBZONE, date=D("2020-02-27"),
      source=["Russian Centre for Reconciliation", "Russian Defence Ministry", "Russia"]),
    E(False, "Russian aircraft did not carry out any strikes in the area of Behun", AIR, INC_BALYUN,
      actor1=RUS, loc=BALYUN, date=D("2020-02-27"),
      source=["Russian Centre for Reconciliation", "Russian Defence Ministry", "Russia"], status="denied"),
])

doc("monitor bulletin", "2020-02-28", """
Monitor: Russian jets behind deadliest day for Turkish army in Syria

Syrian Observatory for Human Rights — bulletin, 28 February 2020

At least 34 Turkish soldiers were killed on Thursday when Russian warplanes bombed a Turkish military convoy and positions near the village of Baloun in Jabal al-Zawiya, in the southern countryside of Idlib, according to the Observatory's sources. Several more soldiers were wounded, some of them seriously, and the toll may rise.

Observatory sources said two Russian Sukhoi jets carried out the raids in the late afternoon, while Turkish troops were backing a rebel counter-offensive around Saraqeb. Syrian government aircraft were active elsewhere in the province at the time.

In response, Turkish artillery and drones pounded government positions in the countryside of Idlib and Aleppo overnight, killing at least 16 members of the government forces, the Observatory said.

Since the government offensive began in December, nearly a million people have fled their homes in northwest Syria, most of them towards the closed Turkish border, according to the United Nations.
""", [
    E(True, "At least 34 Turkish soldiers were killed on Thursday when Russian warplanes bombed a Turkish military convoy and positions near the village of Baloun in Jabal al-Zawiya",
      AIR, INC_BALYUN, actor1=RUS, actor2=TUR + ["Turkish military convoy"], loc=BALYUN, date=D("2020-02-27"),
      killed=N(34, None), source=["Syrian Observatory for Human Rights", "SOHR", "Observatory"]),
    E(True, "Turkish artillery and drones pounded government positions in the countryside of Idlib and Aleppo overnight, killing at least 16 members of the government forces",
      SHELL, INC_RETAL, actor1=TUR, actor2=SYGOV, loc=IDLIBZONE, date=D("2020-02-27", "2020-02-28"),
      killed=N(16, None), source=["Syrian Observatory for Human Rights", "SOHR", "Observatory"]),
])

# =====================================================================
# 6. Attack on Aden airport as the new cabinet landed, Wed 30 Dec 2020
# =====================================================================
INC_ADEN = "aden-airport-2020-12-30"
doc("government statement (Yemen)", "2020-12-30", """
Government: Houthi missiles targeted Aden airport as cabinet arrived

ADEN, Dec. 30 — The Yemeni government said that three missiles launched by the Houthi militia struck the arrivals hall and the apron of Aden International Airport at about 1:20 p.m. on Wednesday, moments after the aircraft carrying the new cabinet landed, killing 22 people and wounding more than 50.

Prime Minister Maeen Abdulmalik and all the ministers were unharmed and were moved to the Maashiq presidential palace, the government said. Among the dead were civilians who had gathered to greet the ministers, airport workers and members of the International Committee of the Red Cross.

Later on Wednesday, an explosive-laden drone was shot down as it approached the Maashiq palace, a security official said. No one was hurt.

Information Minister Muammar al-Eryani said the attack was a terrorist act aimed at wiping out the government on its first day back in the interim capital, and called on the international community to designate the militia as a terrorist organisation.
""", [
    E(True, "three missiles launched by the Houthi militia struck the arrivals hall and the apron of Aden International Airport at about 1:20 p.m. on Wednesday, moments after the aircraft carrying the new cabinet landed, killing 22 people and wounding more than 50",
      SHELL, INC_ADEN, actor1=HOUTHI, actor2=YEGOV + CIV + ["new cabinet", "airport"], loc=ADENAIRPORT,
      date=D("2020-12-30"), killed=N(22), injured=N(51, None), source=["Yemeni government", "government"]),
    E(True, "an explosive-laden drone was shot down as it approached the Maashiq palace", DISRUPT,
      "aden-maashiq-drone-2020-12-30", actor1=YEGOV + ["security forces"], loc=MAASHIQ, date=D("2020-12-30"),
      killed=N(0), injured=N(0), source=["security official"]),
])

doc("partisan site (pro-Houthi)", "2020-12-31", """
Ansar Allah official: accusations over Aden airport blasts cover up the mercenaries' feuds

SANAA, Dec. 31 — A senior official of Ansar Allah on Thursday rejected the accusations of the mercenaries' government that the movement's forces had fired missiles at Aden airport, calling them ready-made lies meant to hide the bloody feuds among the factions loyal to Riyadh and Abu Dhabi.

"The explosions at the airport are the product of the conflicts between the mercenaries themselves, and of the Saudi-Emirati plan to dominate the southern provinces," the official said, adding that the army and the popular committees had nothing to do with what happened.

The official noted that the so-called government had rushed to accuse Sanaa within minutes, before any investigation, and that the blasts had spared the ministers while killing ordinary citizens, which he said raised many questions.

The killing of civilians in Aden is the responsibility of the forces of aggression and occupation, which have brought chaos, assassinations and car bombs to the city since they entered it, he said.
""", [
    E(True, "rejected the accusations of the mercenaries' government that the movement's forces had fired missiles at Aden airport",
      SHELL, INC_ADEN, actor1=HOUTHI + ["army and the popular committees"], loc=ADENAIRPORT,
      source=["Ansar Allah", "senior official of Ansar Allah", "Houthis"], status="denied"),
    E(False, "The explosions at the airport are the product of the conflicts between the mercenaries themselves",
      EXPL, INC_ADEN, actor1=["mercenaries", "Saudi-led coalition", "factions loyal to Riyadh and Abu Dhabi", "unknown"],
      loc=ADENAIRPORT, source=["Ansar Allah", "official"], status="possible"),
    E(False, "have brought chaos, assassinations and car bombs to the city since they entered it", IED,
      "aden-violence-general", actor1=["forces of aggression and occupation", "Saudi-led coalition", "unknown"],
      loc=ADEN, source=["Ansar Allah", "official"], aggregate=True),
])

doc("wire", "2021-01-01", """
Toll from missile attack on Aden airport rises to 26

ADEN, Jan. 1 — The death toll from Wednesday's missile attack on Aden airport has risen to 26, including three staff members of the International Committee of the Red Cross, a journalist and a deputy minister, health officials said on Friday. More than 110 people were wounded.

Government investigators said on Thursday that the airport had been struck by precision-guided missiles launched from Houthi-held territory. The Houthis denied involvement.

The new cabinet was formed under a Saudi-brokered power-sharing deal signed in November 2019 between the government and the southern separatists of the Southern Transitional Council, who had fought each other for control of Aden. Both sides condemned the attack.

The United Nations envoy for Yemen called the attack an unacceptable act of violence. Airport staff said flights would resume in the coming days once the damage to the terminal had been repaired.
""", [
    E(True, "The death toll from Wednesday's missile attack on Aden airport has risen to 26", SHELL, INC_ADEN,
      actor1=HOUTHI + ["unknown"], actor2=YEGOV + CIV + ["Red Cross", "journalist", "deputy minister"],
      loc=ADENAIRPORT, date=D("2020-12-30"), killed=N(26), injured=N(111, None),
      source=["health officials", "Government investigators"]),
    E(False, "The Houthis denied involvement.", SHELL, INC_ADEN, actor1=HOUTHI, loc=ADENAIRPORT,
      source=["Houthis"], status="denied"),
    E(False, "a Saudi-brokered power-sharing deal signed in November 2019 between the government and the southern separatists of the Southern Transitional Council",
      AGREE, "riyadh-agreement-2019", actor1=YEGOV, actor2=["Southern Transitional Council", "southern separatists"],
      date=D("2019-11-01", "2019-11-30"), source=["author"]),
])

# =====================================================================
# Distractors: Israeli raids near Albu Kamal and Deir ez-Zor, Wed 13 Jan 2021
# (same place as the U.S. strike of 25/26 Feb 2021, six weeks earlier)
# =====================================================================
INC_AKISR = "abukamal-israeli-2021-01-13"
doc("monitor bulletin", "2021-01-13", """
Dozens killed in overnight Israeli raids on eastern Syria

Syrian Observatory for Human Rights — 13 January 2021

At least 57 members of the government forces and of allied Iranian-backed militias were killed when Israeli warplanes carried out a wave of raids on positions and weapons depots in the desert around Albu Kamal in the early hours of Wednesday, the Observatory said, in what it described as the deadliest Israeli strikes in Syria since the start of the war.

Among the dead were 14 members of the Syrian army and 43 militiamen, most of them from the Afghan Fatemiyoun brigade and Iraqi factions, the Observatory's sources said. Dozens more were wounded.

Israeli jets also struck the outskirts of Deir ez-Zor city in the same wave, hitting a military position near the airport, the sources said, without a confirmed toll.

The Syrian state news agency SANA quoted a military source as saying that the "Israeli aggression" on Deir ez-Zor and Albu Kamal was being investigated and the damage assessed. Israel, as is its custom, did not comment.

The Observatory has documented a sharp increase in Israeli strikes on Iranian-backed groups in eastern Syria in recent months, as the militias tighten their hold on the Euphrates valley between al-Mayadin and the Iraqi border.
""", [
    E(True, "At least 57 members of the government forces and of allied Iranian-backed militias were killed when Israeli warplanes carried out a wave of raids on positions and weapons depots in the desert around Albu Kamal in the early hours of Wednesday",
      AIR, INC_AKISR, actor1=ISR, actor2=SYGOV + ["Iranian-backed militias", "Fatemiyoun"], loc=ABUKAMAL,
      date=D("2021-01-13"), killed=N(57, None), injured=N(24, None),
      source=["Syrian Observatory for Human Rights", "SOHR", "Observatory"]),
    E(True, "Israeli jets also struck the outskirts of Deir ez-Zor city in the same wave", AIR,
      "deirezzor-israeli-2021-01-13", actor1=ISR, actor2=SYGOV + ["military position"], loc=DEIREZZOR,
      date=D("2021-01-13"), source=["Syrian Observatory for Human Rights", "Observatory"]),
    E(False, "the \"Israeli aggression\" on Deir ez-Zor and Albu Kamal", AIR, INC_AKISR, actor1=ISR,
      loc=ABUKAMAL, source=["SANA", "military source"]),
    E(False, "a sharp increase in Israeli strikes on Iranian-backed groups in eastern Syria", AIR,
      "eastsyria-israeli-strikes-2020", actor1=ISR, actor2=["Iranian-backed groups"], source=["Observatory"],
      aggregate=True),
])

# =====================================================================
# 7. Twin suicide bombing, Tayaran Square, Baghdad, Thu 21 Jan 2021
# =====================================================================
INC_TAYARAN = "baghdad-tayaran-2021-01-21"
doc("ministry statement (Iraq)", "2021-01-21", """
Ministry of Health: 28 martyrs and 73 wounded in Bab al-Sharqi bombing

BAGHDAD, Jan. 21 — The Ministry of Health and Environment announces that the latest toll of the twin suicide bombing that targeted citizens in the al-Tayaran Square area of Bab al-Sharqi this morning stands at 28 martyrs and 73 wounded, several of them in a critical condition.

The casualties were received by the ministry's hospitals in the Rusafa and Karkh health directorates, and all medical staff on leave were recalled to work. The ministry urges citizens to donate blood at the nearest centre.

According to the Security Media Cell, the first bomber blew himself up among shoppers at the popular market for second-hand clothes after claiming to feel unwell, and the second detonated his explosive belt when people gathered to help the wounded.

The Joint Operations Command has ordered tighter security measures at the entrances to the capital and in its crowded markets, and the investigation to identify those behind this cowardly crime is continuing.
""", [
    E(True, "the twin suicide bombing that targeted citizens in the al-Tayaran Square area of Bab al-Sharqi this morning stands at 28 martyrs and 73 wounded",
      SUICIDE, INC_TAYARAN, actor1=UNKNOWN + ["suicide bombers", "bomber"], actor2=CIV + ["citizens", "shoppers"],
      loc=TAYARAN, date=D("2021-01-21"), killed=N(28), injured=N(73),
      source=["Ministry of Health and Environment", "Ministry of Health", "Security Media Cell"]),
    E(False, "the first bomber blew himself up among shoppers at the popular market for second-hand clothes", SUICIDE,
      INC_TAYARAN, actor1=UNKNOWN + ["bomber"], actor2=CIV + ["shoppers"], loc=TAYARAN,
      source=["Security Media Cell"]),
])

doc("wire", "2021-01-22", """
Islamic State claims Baghdad market bombing that killed 32

BAGHDAD, Jan. 22 — Islamic State said its fighters carried out the double suicide bombing that tore through a crowded clothes market at Tayaran Square in central Baghdad on Thursday, killing 32 people and wounding 110 in the deadliest attack on the Iraqi capital in three years.

The group posted its claim late on Thursday on its Amaq news outlet. Health officials raised the toll overnight as more of the wounded died.

Witnesses described a square strewn with shoes, bags and scattered clothing, and stalls reduced to twisted metal. Street vendors said the area had been busy with people shopping for winter coats.

Prime Minister Mustafa al-Kadhimi ordered a shake-up of security commanders responsible for the capital. The bombing came days after the government agreed to push back early parliamentary elections from June to October.

Iraq declared victory over Islamic State at the end of 2017, but the group's remaining cells still carry out ambushes and bombings, mostly in rural areas of the north and west, and large-scale attacks in Baghdad had become rare.
""", [
    E(True, "the double suicide bombing that tore through a crowded clothes market at Tayaran Square in central Baghdad on Thursday, killing 32 people and wounding 110",
      SUICIDE, INC_TAYARAN, actor1=ISIS, actor2=CIV + ["shoppers"], loc=TAYARAN, date=D("2021-01-21"),
      killed=N(32), injured=N(110), source=["Islamic State", "author", "Health officials"]),
    E(False, "the group's remaining cells still carry out ambushes and bombings, mostly in rural areas of the north and west",
      EXPL, "iraq-isis-insurgency-2021", actor1=ISIS, source=["author"], aggregate=True),
])

# =====================================================================
# 8. U.S. strikes on militia facilities near Abu Kamal, Thu 25 Feb 2021
#    (evening in Washington = early Friday 26 Feb in Syria)
# =====================================================================
INC_AKUS = "abukamal-us-2021-02-25"
doc("wire (Washington)", "2021-02-25", """
U.S. strikes militia facilities in eastern Syria in Biden's first military action

WASHINGTON, Feb. 25 — U.S. military aircraft struck several buildings at a border crossing point near Abu Kamal in eastern Syria on Thursday evening, the Department of Defense said, in the first military action ordered by President Joe Biden.

The department said the buildings were used by militias backed by Iran, among them Kata'ib Hezbollah and Kata'ib Sayyid al-Shuhada, and that the strikes answered recent attacks on American and coalition personnel in Iraq. The most serious of those was the Feb. 15 rocket attack on Erbil, in which a civilian contractor working with the coalition was killed and several Americans were wounded.

The Pentagon's press secretary called the strikes proportionate and said they had been designed to punish the militias without dragging the United States into a wider conflict.

The department did not say how many people were killed and gave no details of the aircraft used. Officials said the Iraqi government had been told in advance and had helped identify the site.

Spokesmen for the militias could not immediately be reached for comment.
""", [
    E(True, "U.S. military aircraft struck several buildings at a border crossing point near Abu Kamal in eastern Syria on Thursday evening",
      AIR, INC_AKUS, actor1=USA, actor2=IRQMIL, loc=ABUKAMAL, date=D("2021-02-25"),
      source=["Department of Defense", "Pentagon", "author"]),
    E(False, "the Feb. 15 rocket attack on Erbil, in which a civilian contractor working with the coalition was killed and several Americans were wounded",
      SHELL, "erbil-rockets-2021-02-15", actor1=UNKNOWN + IRQMIL, actor2=USA + ["civilian contractor"],
      loc=ERBIL, date=D("2021-02-15"), killed=N(1), injured=N(2, None), source=["Department of Defense", "author"]),
])

doc("monitor bulletin", "2021-02-26", """
At least 22 militiamen killed in U.S. strikes near Albu Kamal

Syrian Observatory for Human Rights — 26 February 2021

Shortly after midnight, U.S. warplanes struck positions and a convoy of Iranian-backed Iraqi militias on the Syrian-Iraqi border near Albu Kamal in the eastern countryside of Deir ez-Zor, killing at least 22 fighters, most of them members of Kata'ib Hezbollah, according to the Observatory's sources.

The raids destroyed three trucks loaded with ammunition that had just crossed from Iraq through an unofficial crossing south of the town, the sources said. Several more fighters were wounded, and ambulances were seen heading towards hospitals in al-Qa'im on the Iraqi side of the border.

The same area was hit by Israeli air raids on January 13, which killed 57 government soldiers and allied militiamen, according to the Observatory's documentation.

Iranian-backed militias control much of the western bank of the Euphrates between al-Mayadin and Albu Kamal, and use the crossings near the town to move fighters and weapons between Iraq and Syria.
""", [
    E(True, "U.S. warplanes struck positions and a convoy of Iranian-backed Iraqi militias on the Syrian-Iraqi border near Albu Kamal in the eastern countryside of Deir ez-Zor, killing at least 22 fighters",
      AIR, INC_AKUS, actor1=USA, actor2=IRQMIL + ["Iranian-backed Iraqi militias"], loc=ABUKAMAL,
      date=D("2021-02-26"), killed=N(22, None), source=["Syrian Observatory for Human Rights", "SOHR", "Observatory"]),
    E(False, "The same area was hit by Israeli air raids on January 13, which killed 57 government soldiers and allied militiamen",
      AIR, INC_AKISR, actor1=ISR, actor2=SYGOV + ["militiamen"], loc=ABUKAMAL, date=D("2021-01-13"),
      killed=N(57), source=["Observatory"]),
])

doc("partisan site (pro-PMF)", "2021-02-27", """
American aggression on the border: one martyr from the Hashd

AL-QAIM, Feb. 27 — In a new crime against Iraq's sovereignty, American warplanes bombed at dawn on Friday positions of the Popular Mobilization Forces guarding the border near Bukamal, a source in the Hashd told our correspondent.

The source said one fighter of the 46th Brigade was martyred and four others were wounded, contrary to the fabricated figures spread by Saudi- and British-funded media, which speak of dozens of dead in order to inflate the achievement of the occupier.

The positions that were hit belong to brigades that have sacrificed their sons for years to protect the border from Daesh terrorists, and the bombing can only serve the remnants of Daesh, the source added.

Political forces and members of parliament called on the government to expel the American forces from the country. "The blood of the martyrs will not be wasted, and the answer will come at the time and in the place the resistance chooses," a statement by one of the resistance factions said.
""", [
    E(True, "American warplanes bombed at dawn on Friday positions of the Popular Mobilization Forces guarding the border near Bukamal",
      AIR, INC_AKUS, actor1=USA, actor2=PMF, loc=ABUKAMAL, date=D("2021-02-26"), killed=N(1), injured=N(4),
      source=["source in the Hashd", "Hashd", "author"]),
    E(False, "the answer will come at the time and in the place the resistance chooses", EXPL,
      "iraq-resistance-threat-2021-02", actor1=["resistance", "resistance factions"], actor2=USA,
      source=["resistance factions"], status="planned"),
])

# =====================================================================
# Distractor: rockets on Ain al-Asad, Wed 3 Mar 2021 (same place as 8 Jan 2020)
# =====================================================================
doc("wire", "2021-03-03", """
Rockets hit Iraqi air base hosting U.S. troops; contractor dies of heart attack

BAGHDAD, March 3 — At least ten rockets struck the Ain al-Asad air base in Iraq's western Anbar province early on Wednesday, the U.S.-led coalition said, in the latest of a string of attacks on facilities that house American forces.

An American civilian contractor died of a heart attack while sheltering from the barrage, a Pentagon spokesman said. No service members were hurt, and the damage was being assessed.

Iraqi security officials said the rockets had been fired from a truck parked in open desert a few kilometres west of the base, and that the launcher had been found burnt out. No group claimed responsibility.

The attack came two days before Pope Francis was due to arrive for a historic visit to Iraq, and a week after U.S. aircraft bombed buildings used by Iranian-backed militias at the Syrian-Iraqi border near Abu Kamal.
""", [
    # the contractor died of a heart attack: counted as 0..1 killed, either reading is accepted
    E(True, "At least ten rockets struck the Ain al-Asad air base in Iraq's western Anbar province early on Wednesday",
      SHELL, "ainalasad-rockets-2021-03-03", actor1=UNKNOWN, actor2=USA + ["coalition"], loc=AINASAD,
      date=D("2021-03-03"), killed=N(0, 1), source=["U.S.-led coalition", "coalition", "Pentagon"]),
    E(False, "U.S. aircraft bombed buildings used by Iranian-backed militias at the Syrian-Iraqi border near Abu Kamal",
      AIR, INC_AKUS, actor1=USA, actor2=IRQMIL, loc=ABUKAMAL, date=D("2021-02-24", "2021-02-26"), source=["author"]),
    E(False, "the latest of a string of attacks on facilities that house American forces", SHELL,
      "iraq-attacks-us-2021", actor1=UNKNOWN, actor2=USA, source=["author"], aggregate=True),
])

# =====================================================================
# 9. Tayouneh shooting and street battle, Beirut, Thu 14 Oct 2021
# =====================================================================
INC_TAYOUNEH = "beirut-tayouneh-2021-10-14"
doc("wire", "2021-10-14", """
Six killed in Beirut gun battles during protest over port blast probe

BEIRUT, Oct. 14 — Six people were killed and some 30 wounded on Thursday in hours of gun battles in Beirut that erupted when supporters of Hezbollah and its ally Amal, gathering near the Tayouneh roundabout for a protest against the judge investigating last year's port explosion, came under fire.

Gunmen on both sides traded fire with automatic rifles and rocket-propelled grenades along the old civil war front line between the Shi'ite district of Chiyah and the Christian area of Ain el-Remmaneh, sending residents running for cover and pupils sheltering in school corridors.

The army, which deployed armoured vehicles and warned that it would shoot any armed man on the streets, said the protesters had come under sniper fire as they passed through the area. Hezbollah and Amal accused the Christian Lebanese Forces party of placing snipers on rooftops; the party's leader, Samir Geagea, condemned the violence and blamed the spread of weapons, in an allusion to Hezbollah.

It was the worst street violence in the capital in more than a decade, and it raised fears for the stability of a country already in deep economic collapse.
""", [
    E(True, "Six people were killed and some 30 wounded on Thursday in hours of gun battles in Beirut", CLASH,
      INC_TAYOUNEH, actor1=UNKNOWN + ["gunmen"], actor2=HEZ + AMAL + ["supporters of Hezbollah"],
      loc=TAYOUNEH, date=D("2021-10-14"), killed=N(6), injured=N(30), source=["author"]),
    E(False, "the protesters had come under sniper fire as they passed through the area", VAC, INC_TAYOUNEH,
      actor1=UNKNOWN + ["snipers"], actor2=["protesters"], loc=TAYOUNEH, source=["army", "Lebanese army"]),
    E(False, "Hezbollah and Amal accused the Christian Lebanese Forces party of placing snipers on rooftops", VAC,
      INC_TAYOUNEH, actor1=LF, actor2=["protesters"] + HEZ + AMAL, loc=TAYOUNEH, source=HEZ + AMAL),
])

# The joint statement insists the protesters were peaceful and unarmed, so its
# version is typed Violence against civilians / Attack (the wire calls it a battle).
doc("partisan statement (Hezbollah and Amal)", "2021-10-14", """
Joint statement of Hezbollah and the Amal Movement

BEIRUT, 14 October 2021 — At 10:45 this morning, while peaceful protesters were heading to the Palace of Justice to denounce the politicisation of the investigation into the port explosion, armed groups belonging to the Lebanese Forces party, deployed on the rooftops of buildings in the Tayouneh area and its surroundings, opened direct fire on them with sniper rifles and then with other weapons.

This premeditated aggression led to the fall of seven martyrs and dozens of wounded, some of them in a critical condition. Its perpetrators aimed to drag the country into a strife that the Lebanese have worked for decades to avoid.

Hezbollah and the Amal Movement call on the army and the security services to assume their responsibilities, to arrest the perpetrators and the planners, who are known by name, and to hand them over to justice. We call on our supporters to exercise the greatest restraint and not to be drawn into strife, and we thank the army for its rapid deployment.

Mercy to the martyrs and a speedy recovery to the wounded.
""", [
    E(True, "armed groups belonging to the Lebanese Forces party, deployed on the rooftops of buildings in the Tayouneh area and its surroundings, opened direct fire on them with sniper rifles and then with other weapons",
      VAC, INC_TAYOUNEH, actor1=LF + ["armed groups"], actor2=["protesters", "peaceful protesters"] + CIV + HEZ + AMAL,
      loc=TAYOUNEH, date=D("2021-10-14"), killed=N(7), injured=N(24, None), source=HEZ + AMAL),
])

doc("partisan statement (Lebanese Forces)", "2021-10-15", """
Lebanese Forces: we reject the accusations; Ain el-Remmaneh was invaded

MAARAB, Oct. 15 — The Lebanese Forces party categorically rejects the accusations levelled against it by Hezbollah and the Amal Movement, and denies that any of its members fired on the demonstrators in Tayouneh on Thursday. The party had no armed presence in the area and gave no instructions to anyone.

What happened is that hundreds of armed men from Hezbollah and Amal, who came under cover of a demonstration, pushed into the streets of Ain el-Remmaneh, smashing cars and shops and firing into the air and at buildings, which forced the residents of the neighbourhood to defend their homes, their families and their property. The videos filmed by citizens show clearly who carried weapons and who invaded whom.

The Lebanese Forces call on the army, which was present on the ground, to publish the full results of its investigation without delay, and warn against any attempt to turn the victim into the executioner in order to protect those who are obstructing the investigation into the port explosion.

We extend our condolences to the families of all the victims and wish a speedy recovery to the wounded.
""", [
    E(True, "denies that any of its members fired on the demonstrators in Tayouneh on Thursday", VAC, INC_TAYOUNEH,
      actor1=LF, actor2=["demonstrators", "protesters"], loc=TAYOUNEH, date=D("2021-10-14"),
      source=LF, status="denied"),
    E(True, "hundreds of armed men from Hezbollah and Amal, who came under cover of a demonstration, pushed into the streets of Ain el-Remmaneh, smashing cars and shops and firing into the air and at buildings",
      CLASH, INC_TAYOUNEH, actor1=HEZ + AMAL + ["armed men"], actor2=["residents", "residents of the neighbourhood"],
      loc=TAYOUNEH, date=D("2021-10-14"), source=LF),
])

# =====================================================================
# Distractor: Iranian missiles on Erbil, early Sun 13 Mar 2022 (same place as 15 Jan 2024)
# =====================================================================
doc("wire", "2022-03-13", """
Missiles slam into Erbil near new U.S. consulate; Iran's Guards claim attack

ERBIL, Iraq, March 13 — A dozen ballistic missiles struck the outskirts of Erbil, the capital of Iraq's Kurdistan region, in the early hours of Sunday, damaging houses and the studios of a local television channel near a large new U.S. consulate complex, Kurdish officials said.

One civilian was lightly injured and no one was killed, the region's interior ministry said. Windows were blown out across the neighbourhood, and the Kurdistan 24 channel broadcast images of its wrecked offices.

Iran's Revolutionary Guards said later on Sunday that they had targeted a "strategic centre" of Israeli plotting in the city, calling it revenge for an Israeli strike near Damascus on March 7 that killed two Guards officers. The Kurdistan Regional Government said there were no Israeli sites in the area and called the attack a crime against civilians.

A U.S. State Department spokesman said no American facility had been damaged and no U.S. citizen had been hurt. Iraq's foreign ministry summoned the Iranian ambassador.
""", [
    E(True, "A dozen ballistic missiles struck the outskirts of Erbil, the capital of Iraq's Kurdistan region, in the early hours of Sunday",
      SHELL, "erbil-irgc-2022-03-13", actor1=IRGC + ["unknown"], actor2=CIV + ["houses", "Kurdistan 24"],
      loc=ERBIL, date=D("2022-03-13"), killed=N(0), injured=N(1),
      source=["Kurdish officials", "interior ministry", "Kurdistan Regional Government"]),
    E(False, "they had targeted a \"strategic centre\" of Israeli plotting in the city", SHELL,
      "erbil-irgc-2022-03-13", actor1=IRGC, actor2=ISR + ["strategic centre"], loc=ERBIL,
      source=["Revolutionary Guards", "Iran"]),
    E(False, "an Israeli strike near Damascus on March 7 that killed two Guards officers", AIR,
      "damascus-israeli-2022-03-07", actor1=ISR, actor2=IRGC + ["Guards officers"], loc=DAMASCUS,
      date=D("2022-03-07"), killed=N(2), source=["Revolutionary Guards"]),
])

# =====================================================================
# 10. Shelling of the Barakh (Parakh) resort, Zakho, Wed 20 Jul 2022
# =====================================================================
INC_ZAKHO = "zakho-resort-2022-07-20"
doc("local news (Kurdistan region)", "2022-07-20", """
Shelling hits tourist resort in Duhok province; eight visitors killed

DUHOK, July 20 — Eight tourists were killed and 23 wounded on Wednesday afternoon when artillery shells struck a crowded mountain resort in the Amadiya district of Duhok province, a local official told our website, blaming Turkish forces deployed on nearby hilltops.

Most of the victims were holidaymakers from central and southern Iraq who had come north to escape the summer heat, the official said, adding that children were among the wounded. Ambulances carried the casualties to hospitals in Duhok.

Turkish forces have set up dozens of military posts inside the Kurdistan region in recent years as part of their campaign against the Kurdistan Workers' Party (PKK), and villagers in the border areas frequently complain of shelling and drone strikes that damage orchards and empty their villages.

There was no immediate comment from Ankara. Iraqi Kurdish officials said a committee had been formed to investigate.
""", [
    E(True, "Eight tourists were killed and 23 wounded on Wednesday afternoon when artillery shells struck a crowded mountain resort in the Amadiya district of Duhok province",
      SHELL, INC_ZAKHO, actor1=TUR, actor2=CIV + ["tourists", "holidaymakers"], loc=AMADIYA,
      date=D("2022-07-20"), killed=N(8), injured=N(23), source=["local official"]),
    E(False, "villagers in the border areas frequently complain of shelling and drone strikes", SHELL,
      "kurdistan-turkish-shelling-general", actor1=TUR, actor2=CIV + ["villagers"], loc=DUHOKBORDER,
      source=["villagers"], aggregate=True),
])

doc("government statement (Iraq)", "2022-07-20", """
Prime Minister's office: Turkish shelling of Zakho resort a flagrant violation of sovereignty

BAGHDAD, July 20 — Turkish forces have once again committed a flagrant violation of Iraq's sovereignty and of the lives of its citizens, this time by targeting with artillery fire a tourist resort in the Barakh area of Zakho district in Duhok province this afternoon, killing nine civilians, among them a child, and wounding 23 others, most of them visitors from the central and southern provinces.

The Prime Minister and Commander-in-Chief of the Armed Forces has ordered a high-level delegation to travel to the site, the evacuation of the wounded by military helicopters, and the summoning of the Turkish chargé d'affaires in Baghdad. The Ministry of Foreign Affairs has been instructed to prepare a complaint to the United Nations Security Council.

Iraq reserves its full right to respond to these repeated aggressions and will take every measure needed to protect its people. The government holds the Turkish side fully responsible for the consequences of this escalation.
""", [
    E(True, "by targeting with artillery fire a tourist resort in the Barakh area of Zakho district in Duhok province this afternoon, killing nine civilians, among them a child, and wounding 23 others",
      SHELL, INC_ZAKHO, actor1=TUR, actor2=CIV + ["visitors", "child"], loc=ZAKHO, date=D("2022-07-20"),
      killed=N(9), injured=N(23), source=["Prime Minister's office", "Iraqi government", "Iraq"]),
])

doc("government statement (Turkey)", "2022-07-21", """
Press release regarding the attack in Zakho, northern Iraq

ANKARA, 21 July — We are deeply saddened by the loss of life in the attack on civilians in the Zakho district of Duhok on 20 July, and we extend our condolences to the friendly people and Government of Iraq.

Türkiye conducts its counter-terrorism operations in accordance with international law and with the utmost care to avoid harm to civilians, historical and cultural assets and the environment. We reject the accusations made by some circles, on the basis of hasty assessments, that Turkish forces shelled the resort.

We believe that this attack was carried out by the terrorist organisation PKK in order to overshadow the success of our operations against it, and we call on the Iraqi authorities not to make statements under the influence of the terrorist organisation's propaganda. We are ready to take every step to bring the real perpetrators to light, including a joint investigation.

Türkiye will continue its fight against the PKK, which threatens the territorial integrity of Iraq as much as the security of Türkiye.
""", [
    E(True, "We reject the accusations made by some circles, on the basis of hasty assessments, that Turkish forces shelled the resort",
      SHELL, INC_ZAKHO, actor1=TUR, actor2=CIV, loc=ZAKHO, date=D("2022-07-20"),
      source=["Ministry of Foreign Affairs of Türkiye", "Turkish foreign ministry", "Türkiye", "Turkey"], status="denied"),
    E(True, "this attack was carried out by the terrorist organisation PKK", SHELL, INC_ZAKHO,
      actor1=PKK, actor2=CIV, loc=ZAKHO, date=D("2022-07-20"),
      source=["Ministry of Foreign Affairs of Türkiye", "Turkish foreign ministry", "Türkiye", "Turkey"]),
    E(False, "Türkiye conducts its counter-terrorism operations", CLASH, "turkey-pkk-campaign-general",
      actor1=TUR, actor2=PKK, source=["Türkiye"], aggregate=True),
])

# =====================================================================
# 11. Iranian missiles on Erbil, late Mon 15 Jan 2024 (and on Idlib, same night)
# =====================================================================
INC_ERBIL = "erbil-irgc-2024-01-15"
INC_IDLIB = "idlib-irgc-2024-01-15"
doc("government statement (Kurdistan Region)", "2024-01-16", """
Kurdistan Regional Government condemns missile attack on Erbil

ERBIL, Jan. 16 — The Kurdistan Regional Government strongly condemns the attack carried out late on Monday night by Iran's Revolutionary Guards, who fired ballistic missiles at residential areas of Erbil, killing four civilians and wounding six others.

Among the victims were the well-known Kurdish businessman Peshraw Dizayee and members of his family, including his infant daughter; their home was hit directly. The wounded were taken to hospitals in the city, and some of them remain in a serious condition.

The claims that the attack targeted a foreign intelligence centre are baseless. The house that was hit belongs to a civilian with no connection to any intelligence service, and the Kurdistan Region has never been and will never be a source of threat to any neighbouring country.

This crime is a violation of the sovereignty of the Kurdistan Region and of Iraq. We call on the federal government and the international community to take a clear position and not to remain silent. The Region's security authorities have opened a full investigation and will make its results public.
""", [
    E(True, "the attack carried out late on Monday night by Iran's Revolutionary Guards, who fired ballistic missiles at residential areas of Erbil, killing four civilians and wounding six others",
      SHELL, INC_ERBIL, actor1=IRGC, actor2=CIV + ["residential areas", "Peshraw Dizayee", "businessman"],
      loc=ERBIL, date=D("2024-01-15"), killed=N(4), injured=N(6),
      source=["Kurdistan Regional Government", "KRG"]),
])

doc("partisan site (pro-Iran)", "2024-01-16", """
IRGC destroys Mossad espionage headquarters in Erbil, hits Daesh in Idlib

TEHRAN, Jan. 16 — The aerospace force of the Islamic Revolution Guards Corps destroyed in the early hours of Tuesday one of the main espionage headquarters of the Zionist Mossad in the Kurdistan region of Iraq with ballistic missiles, a statement by the Guards said.

The headquarters in Erbil was used to plan spying operations and acts of terror against the Islamic Republic, the statement said, and it was destroyed in response to the recent crimes of the Zionist regime, which has killed commanders of the Guards and of the axis of resistance.

In a separate operation the same night, the Guards fired missiles at gatherings of commanders and key members of the Daesh terrorist group in the occupied territories of Syria, in Idlib province, and destroyed them, the statement added. Those targeted were responsible for the suicide bombings in Kerman earlier this month, it said.

The Guards warned that their operations would continue until the last drop of the blood of the martyrs had been avenged.
""", [
    E(True, "destroyed in the early hours of Tuesday one of the main espionage headquarters of the Zionist Mossad in the Kurdistan region of Iraq with ballistic missiles",
      SHELL, INC_ERBIL, actor1=IRGC + ["aerospace force"], actor2=["Mossad", "Zionist", "Israel", "espionage headquarters"],
      loc=ERBIL, date=D("2024-01-16"), source=["Guards", "Islamic Revolution Guards Corps", "IRGC", "author"]),
    E(True, "the Guards fired missiles at gatherings of commanders and key members of the Daesh terrorist group in the occupied territories of Syria, in Idlib province",
      SHELL, INC_IDLIB, actor1=IRGC, actor2=ISIS, loc=IDLIB, date=D("2024-01-15", "2024-01-16"),
      source=["Guards", "Islamic Revolution Guards Corps", "IRGC"]),
    E(False, "the suicide bombings in Kerman earlier this month", SUICIDE, "kerman-bombings-2024-01-03",
      actor1=ISIS, actor2=CIV, loc=P(["Kerman"], 30.28, 57.08, "IR"), date=D("2024-01-01", "2024-01-15"),
      source=["Guards"]),
    E(False, "the Zionist regime, which has killed commanders of the Guards and of the axis of resistance", AIR,
      "israel-kills-irgc-commanders-2023", actor1=ISR, actor2=IRGC, source=["Guards"], aggregate=True),
])

doc("wire", "2024-01-17", """
Iraq recalls envoy to Tehran after deadly Iranian missile strikes on Erbil

BAGHDAD, Jan. 17 — Iraq recalled its ambassador from Tehran and summoned Iran's chargé d'affaires on Tuesday after Iranian missiles struck the northern city of Erbil late on Monday, killing four civilians, including a prominent businessman and his young daughter, and wounding six.

Iran's Revolutionary Guards said they had hit an “espionage centre” of Israel's Mossad intelligence agency in the city. Iraqi and Kurdish officials rejected the claim, and a committee sent by Baghdad's national security adviser said it had found nothing to support it.

The Guards also said they had fired missiles at Islamic State targets in Syria's Idlib province the same night, in an area where the group has little presence and which is largely controlled by the rebel alliance Hayat Tahrir al-Sham. It was not immediately clear what had been hit.

The United States condemned the strikes as reckless. The attacks came as tensions rose across the region over the war in Gaza, with Iran-aligned groups attacking U.S. forces in Iraq and Syria and Yemen's Houthis firing at shipping in the Red Sea.
""", [
    E(True, "Iranian missiles struck the northern city of Erbil late on Monday, killing four civilians, including a prominent businessman and his young daughter, and wounding six",
      SHELL, INC_ERBIL, actor1=IRGC, actor2=CIV + ["businessman"], loc=ERBIL, date=D("2024-01-15"),
      killed=N(4), injured=N(6), source=["author"]),
    E(False, "they had hit an “espionage centre” of Israel's Mossad intelligence agency in the city", SHELL, INC_ERBIL,
      actor1=IRGC, actor2=["Mossad", "Israel", "espionage centre"], loc=ERBIL, source=["Revolutionary Guards", "IRGC"]),
    E(True, "they had fired missiles at Islamic State targets in Syria's Idlib province the same night", SHELL, INC_IDLIB,
      actor1=IRGC, actor2=ISIS, loc=IDLIB, date=D("2024-01-15", "2024-01-16"), source=["Revolutionary Guards", "IRGC"]),
    E(False, "Iran-aligned groups attacking U.S. forces in Iraq and Syria", EXPL, "iraq-syria-attacks-us-2023-2024",
      actor1=["Iran-aligned groups"] + IRQMIL, actor2=USA, source=["author"], aggregate=True),
    E(False, "Yemen's Houthis firing at shipping in the Red Sea", SHELL, "redsea-houthi-shipping-2023-2024",
      actor1=HOUTHI, actor2=["shipping", "ships"], source=["author"], aggregate=True),
])

# =====================================================================
# 12. Israeli strike on Hodeidah port, Sat 20 Jul 2024
# =====================================================================
INC_HODEIDAH = "hodeidah-israeli-2024-07-20"
INC_TLV = "telaviv-drone-2024-07-19"
doc("military statement (Israel)", "2024-07-20", """
IDF strikes military targets of the Houthi regime at Hodeidah port

TEL AVIV, July 20 — Fighter jets of the Israeli Air Force struck military targets of the Houthi terrorist regime in the area of the port of Hodeidah in Yemen a short while ago, the Israel Defense Forces said, in response to the hundreds of attacks carried out against the State of Israel in recent months.

The port is used by the Houthis as the main entry point for weapons supplied by Iran, the IDF said, and the fuel that passes through it feeds the regime's war machine.

The strike came a day after a drone launched from Yemen exploded in an apartment building in central Tel Aviv early on Friday, killing one man and wounding several other people. The military said its air defences had tracked the drone but had not identified it as a threat.

The IDF will continue to act against anyone who threatens the citizens of the State of Israel, wherever necessary, the statement said.
""", [
    E(True, "Fighter jets of the Israeli Air Force struck military targets of the Houthi terrorist regime in the area of the port of Hodeidah in Yemen a short while ago",
      AIR, INC_HODEIDAH, actor1=ISR, actor2=HOUTHI + ["military targets", "Houthi terrorist regime"], loc=HODEIDAH,
      date=D("2024-07-20"), source=["Israel Defense Forces", "IDF"]),
    E(False, "a drone launched from Yemen exploded in an apartment building in central Tel Aviv early on Friday, killing one man",
      AIR, INC_TLV, actor1=HOUTHI + ["unknown"], actor2=CIV, loc=TELAVIV, date=D("2024-07-19"), killed=N(1),
      injured=N(2, None), source=["IDF", "author"]),
    E(False, "the hundreds of attacks carried out against the State of Israel in recent months", EXPL,
      "houthi-attacks-israel-2023-2024", actor1=HOUTHI, actor2=ISR, source=["IDF"], aggregate=True),
])

doc("partisan site (pro-Houthi)", "2024-07-21", """
Health ministry: 3 martyrs and 87 wounded in Zionist aggression on Hodeidah

HODEIDAH, July 21 — The Ministry of Public Health and Population announced that the Zionist air aggression which targeted the fuel storage tanks and the power station in the port of Hodeidah on Saturday afternoon left three martyrs and 87 wounded, most of them with severe burns, according to a preliminary toll.

Most of the wounded were workers of the port and of the Yemen Petroleum Company, and some of them are in a critical condition, the ministry said. Firefighters were still battling the flames at the fuel tanks more than 24 hours later. The targeted sites are purely civilian facilities that supply fuel and electricity to millions of citizens, it said.

The spokesman of the armed forces affirmed that the aggression would not go unanswered and that the response to the Zionist enemy would be great. On Sunday, the armed forces announced that they had fired a number of ballistic missiles at the Umm al-Rashrash area in the south of occupied Palestine.

The crowds that filled al-Sabeen Square in Sanaa after Friday prayers renewed their support for Gaza and their readiness to confront America and Israel.
""", [
    E(True, "the Zionist air aggression which targeted the fuel storage tanks and the power station in the port of Hodeidah on Saturday afternoon left three martyrs and 87 wounded",
      AIR, INC_HODEIDAH, actor1=ISR, actor2=CIV + ["civilian facilities", "fuel storage tanks", "power station", "port workers"],
      loc=HODEIDAH, date=D("2024-07-20"), killed=N(3), injured=N(87),
      source=["Ministry of Public Health and Population", "health ministry"]),
    E(False, "the response to the Zionist enemy would be great", SHELL, "houthi-threat-2024-07-20",
      actor1=HOUTHI + ["armed forces"], actor2=ISR, source=["spokesman of the armed forces"], status="planned"),
    E(True, "they had fired a number of ballistic missiles at the Umm al-Rashrash area in the south of occupied Palestine",
      SHELL, "eilat-houthi-missiles-2024-07-21", actor1=HOUTHI + ["armed forces"], actor2=ISR, loc=EILAT,
      date=D("2024-07-21"), source=["armed forces", "spokesman of the armed forces"]),
    E(True, "The crowds that filled al-Sabeen Square in Sanaa after Friday prayers renewed their support for Gaza",
      PROTEST, "sanaa-rally-2024-07-19", actor1=["crowds", "protesters", "Houthi supporters"],
      loc=P(["al-Sabeen Square", "Sanaa"], 15.33, 44.20, "YE"), date=D("2024-07-19"), source=["author"]),
])

doc("wire", "2024-07-22", """
Fires still burn at Yemen's Hodeidah port as toll from Israeli strike rises to six

DUBAI, July 22 — The death toll from Israel's air strikes on the Houthi-held port of Hodeidah has risen to six, the Houthi-run health ministry said on Monday, as firefighters struggled for a third day to contain a blaze at the port's fuel depots. Dozens of people were wounded, many of them with burns.

Israel said its warplanes, flying some 1,700 km from home, hit Houthi military infrastructure on Saturday, including cranes used to unload weapons and fuel shipped from Iran. It was Israel's first declared strike on Yemen since the Iran-aligned group began firing drones and missiles at Israel in October.

The raid followed a Houthi drone attack that killed a man in Tel Aviv on Friday. Houthi leaders vowed to keep up their campaign, which they say is in solidarity with Palestinians in Gaza.

Satellite images reviewed by analysts showed that at least a dozen fuel storage tanks had been destroyed. Aid groups warned that damage to the port, through which most of northern Yemen's food and fuel imports arrive, could deepen the country's humanitarian crisis.
""", [
    E(True, "The death toll from Israel's air strikes on the Houthi-held port of Hodeidah has risen to six", AIR,
      INC_HODEIDAH, actor1=ISR, actor2=HOUTHI + ["Houthi-held port", "Houthi military infrastructure"], loc=HODEIDAH,
      date=D("2024-07-20"), killed=N(6), injured=N(24, None), source=["Houthi-run health ministry", "health ministry"]),
    E(False, "Israel said its warplanes, flying some 1,700 km from home, hit Houthi military infrastructure on Saturday",
      AIR, INC_HODEIDAH, actor1=ISR, actor2=HOUTHI + ["Houthi military infrastructure"], loc=HODEIDAH,
      date=D("2024-07-20"), source=["Israel"]),
    E(False, "a Houthi drone attack that killed a man in Tel Aviv on Friday", AIR, INC_TLV, actor1=HOUTHI,
      actor2=CIV, loc=TELAVIV, date=D("2024-07-19"), killed=N(1), source=["author"]),
    E(False, "the Iran-aligned group began firing drones and missiles at Israel in October", EXPL,
      "houthi-attacks-israel-2023-2024", actor1=HOUTHI, actor2=ISR, source=["author"], aggregate=True),
])

# =====================================================================
# 13. Israeli strike killing Fuad Shukr, Haret Hreik, Beirut, Tue 30 Jul 2024
#     (+ U.S. strike at Jurf al-Nasr, Iraq, the same day)
# =====================================================================
INC_SHUKR = "beirut-shukr-2024-07-30"
doc("military statement (Israel)", "2024-07-30", """
IDF: targeted strike in Beirut on the commander behind the Majdal Shams massacre

TEL AVIV, July 30 — Israel Defense Forces fighter jets carried out a targeted strike in the Beirut area on Tuesday evening against the commander who, the IDF said, was responsible for the rocket that killed twelve children and teenagers on a football pitch in Majdal Shams on Saturday.

The target was Fuad Shukr, also known as Hajj Mohsin, the most senior military commander of Hezbollah and a close adviser of its secretary-general, the military said in a statement. Shukr had been wanted by the United States for decades over his role in the 1983 bombing of the Marine barracks in Beirut.

The IDF said it was not seeking a wider war and that instructions for civilians in northern Israel remained unchanged. A military spokesman said later that the results of the strike were still being examined.

Hezbollah has fired thousands of rockets, missiles and drones at Israel since October, the IDF added, forcing tens of thousands of residents of the north from their homes.
""", [
    E(True, "Israel Defense Forces fighter jets carried out a targeted strike in the Beirut area on Tuesday evening against the commander",
      AIR, INC_SHUKR, actor1=ISR, actor2=HEZ + ["Fuad Shukr", "Hajj Mohsin", "commander"], loc=BEIRUT,
      date=D("2024-07-30"), source=["Israel Defense Forces", "IDF"]),
    E(False, "the rocket that killed twelve children and teenagers on a football pitch in Majdal Shams on Saturday",
      SHELL, "majdalshams-rocket-2024-07-27", actor1=HEZ, actor2=CIV + ["children"], loc=MAJDALSHAMS,
      date=D("2024-07-27"), killed=N(12), source=["IDF"]),
    E(False, "the 1983 bombing of the Marine barracks in Beirut", SUICIDE, "beirut-barracks-1983",
      actor1=HEZ, actor2=USA + ["Marine"], loc=BEIRUT, date=D("1983-01-01", "1983-12-31"), source=["IDF", "author"]),
    E(False, "Hezbollah has fired thousands of rockets, missiles and drones at Israel since October", SHELL,
      "hezbollah-fire-israel-2023-2024", actor1=HEZ, actor2=ISR, source=["IDF"], aggregate=True),
])

doc("ministry statement (Lebanon)", "2024-07-31", """
Ministry of Public Health: three killed, 74 wounded in Israeli strike on Haret Hreik

BEIRUT, July 31 — The Emergency Operations Centre of the Ministry of Public Health announced that the Israeli enemy's strike on a residential building in Haret Hreik, in Beirut's southern suburbs, on Tuesday evening killed three people, a woman and two children, and wounded 74 others, several of whom are in a critical condition.

The wounded were distributed among hospitals in the southern suburbs and in Beirut. Civil Defence search and rescue teams are still working under the rubble of the destroyed building, and the toll is not final. DNA tests are being carried out to identify remains.

The ministry asks citizens to stay away from the site so that ambulances and rescue teams can move freely, and calls on all hospitals to remain on alert to receive casualties.

The Minister of Public Health said that striking a crowded residential neighbourhood at the busiest hour of the evening was a blatant violation of international humanitarian law.
""", [
    E(True, "the Israeli enemy's strike on a residential building in Haret Hreik, in Beirut's southern suburbs, on Tuesday evening killed three people, a woman and two children, and wounded 74 others",
      AIR, INC_SHUKR, actor1=ISR, actor2=CIV + ["residential building", "woman", "children"], loc=HARETHREIK,
      date=D("2024-07-30"), killed=N(3), injured=N(74),
      source=["Ministry of Public Health", "Emergency Operations Centre", "Lebanese health ministry"]),
])

doc("wire", "2024-08-01", """
Hezbollah confirms commander's death as Beirut strike toll rises to seven

BEIRUT, Aug. 1 — Hezbollah confirmed on Wednesday night that its top military commander, Fuad Shukr, was killed in Tuesday's Israeli strike on Beirut's southern suburbs, after rescuers pulled his body from the rubble of the apartment building that was hit.

The strike killed at least seven people, including Shukr, an Iranian military adviser, a woman and two children, according to Lebanese officials and Hezbollah, and wounded dozens. It was the first Israeli attack on the Lebanese capital since January, when a strike in the same district killed a senior Hamas official.

In Iraq, a U.S. strike on Tuesday hit a site in Jurf al-Nasr, south of Baghdad, killing four members of an Iran-aligned armed faction. U.S. officials said the men had been preparing to launch attack drones that threatened U.S. and coalition forces. The Popular Mobilization Forces, an umbrella of mostly Shi'ite factions that includes the group, called the strike a dangerous escalation.

Diplomats scrambled to contain the fallout, fearing that Hezbollah's promised response could tip months of cross-border fire into a full-scale war.
""", [
    E(True, "The strike killed at least seven people, including Shukr, an Iranian military adviser, a woman and two children",
      AIR, INC_SHUKR, actor1=ISR, actor2=HEZ + CIV + ["Fuad Shukr", "Iranian military adviser"], loc=HARETHREIK,
      date=D("2024-07-30"), killed=N(7, None), injured=N(24, None), source=["Lebanese officials", "Hezbollah"]),
    E(False, "Fuad Shukr, was killed in Tuesday's Israeli strike on Beirut's southern suburbs", AIR, INC_SHUKR,
      actor1=ISR, actor2=HEZ + ["Fuad Shukr"], loc=HARETHREIK, date=D("2024-07-30"), source=["Hezbollah"]),
    E(False, "a strike in the same district killed a senior Hamas official", AIR, "beirut-arouri-2024-01",
      actor1=ISR, actor2=["Hamas", "senior Hamas official"], loc=HARETHREIK, date=D("2024-01-01", "2024-01-31"),
      killed=N(1, None), source=["author"]),
    E(True, "a U.S. strike on Tuesday hit a site in Jurf al-Nasr, south of Baghdad, killing four members of an Iran-aligned armed faction",
      AIR, "jurf-us-strike-2024-07-30", actor1=USA, actor2=IRQMIL + ["Iran-aligned armed faction"], loc=JURF,
      date=D("2024-07-30"), killed=N(4), source=["author", "U.S. officials"]),
    E(False, "Hezbollah's promised response", EXPL, "hezbollah-response-threat-2024-07", actor1=HEZ, actor2=ISR,
      source=["author"], status="planned"),
])

# =====================================================================
# Distractor: Israeli strike in Jamous, Beirut southern suburbs, Fri 20 Sep 2024
# (same place as the Shukr strike, seven weeks later)
# =====================================================================
doc("wire", "2024-09-21", """
Death toll from Israeli strike on Beirut suburb climbs to 31

BEIRUT, Sept. 21 — An Israeli air strike that flattened a residential building in the Jamous area of Beirut's southern suburbs on Friday afternoon killed at least 31 people, among them three children and seven women, Lebanon's health minister said on Saturday, as rescuers dug through the rubble for a second day.

The Israeli military said the strike killed Ibrahim Aqil, the head of Hezbollah's elite Radwan force, along with about a dozen other commanders who it said were meeting in a basement beneath the building. Hezbollah confirmed Aqil's death on Saturday.

Dozens of people were wounded, and the search for the missing was continuing, the minister said.

The strike capped a week in which thousands of pagers and hand-held radios used by Hezbollah members exploded across Lebanon, killing dozens of people and wounding thousands. Hezbollah blamed Israel for the blasts. Across the border, Hezbollah fired about 140 rockets at northern Israel on Friday, the Israeli military said, most of which were intercepted or fell in open areas.
""", [
    E(True, "An Israeli air strike that flattened a residential building in the Jamous area of Beirut's southern suburbs on Friday afternoon killed at least 31 people",
      AIR, "beirut-jamous-2024-09-20", actor1=ISR, actor2=CIV + HEZ + ["residential building"], loc=JAMOUS,
      date=D("2024-09-20"), killed=N(31, None), injured=N(24, None), source=["health minister", "author"]),
    E(False, "the strike killed Ibrahim Aqil, the head of Hezbollah's elite Radwan force, along with about a dozen other commanders",
      AIR, "beirut-jamous-2024-09-20", actor1=ISR, actor2=HEZ + ["Ibrahim Aqil", "Radwan force"], loc=JAMOUS,
      source=["Israeli military"]),
    E(False, "thousands of pagers and hand-held radios used by Hezbollah members exploded across Lebanon, killing dozens of people and wounding thousands",
      IED, "lebanon-pagers-2024-09", actor1=ISR + ["unknown"], actor2=HEZ, loc=LEBANON,
      date=D("2024-09-16", "2024-09-20"), killed=N(24, None), injured=N(2000, None), source=["author", "Hezbollah"],
      aggregate=True),
    E(True, "Hezbollah fired about 140 rockets at northern Israel on Friday", SHELL, "northisrael-hezbollah-2024-09-20",
      actor1=HEZ, actor2=ISR, loc=NORTHISRAEL, date=D("2024-09-20"), source=["Israeli military"]),
])

# =====================================================================
# 14. Shooting at a police patrol in Rabieh, Amman, early Sun 24 Nov 2024
# =====================================================================
INC_RABIEH = "amman-rabieh-2024-11-24"
doc("security statement (Jordan)", "2024-11-24", """
Public Security Directorate: gunman killed after opening fire on patrol in Rabieh

AMMAN, Nov. 24 — A gunman who opened fire on a Public Security patrol in the Rabieh area of Amman in the early hours of Sunday, wounding three police officers, was shot dead after a manhunt, the Public Security Directorate said in a statement.

The attacker fled on foot into the surrounding streets after the shooting, the directorate said. He was located after an extensive search, and when he refused to surrender and fired again at the force he was killed. An automatic weapon and a number of petrol bombs were found in his possession.

The wounded officers were taken to hospital, where their condition is stable. Investigations into the circumstances of the attack are continuing.

Government spokesman Mohammad Momani described the shooting as a terrorist attack on security personnel performing their duty, and said that any attempt to harm the security of the kingdom would be met with force.
""", [
    E(True, "A gunman who opened fire on a Public Security patrol in the Rabieh area of Amman in the early hours of Sunday, wounding three police officers, was shot dead after a manhunt",
      CLASH, INC_RABIEH, actor1=["gunman", "attacker"] + UNKNOWN, actor2=JORSEC + ["Public Security patrol"],
      loc=RABIEH, date=D("2024-11-24"), killed=N(1), injured=N(3),
      source=["Public Security Directorate", "directorate"]),
    E(False, "when he refused to surrender and fired again at the force he was killed", CLASH, INC_RABIEH,
      actor1=["gunman", "attacker"] + UNKNOWN, actor2=JORSEC, loc=RABIEH, killed=N(1),
      source=["Public Security Directorate", "directorate"]),
])

doc("partisan site (pro-resistance)", "2024-11-24", """
Near the Zionist embassy: a young man falls after confrontation with security forces

A young Jordanian man was killed late on Saturday night after an exchange of fire with security forces near the embassy of the Zionist entity in the Rabieh district of Amman, in an incident that the authorities hastened to describe as "terrorism".

According to accounts circulating among residents of the area, the young man approached the heavily guarded perimeter of the embassy, which has been the scene of near-daily protests since the start of the genocide in Gaza, before shots rang out. Two police officers were wounded, according to these accounts, and the young man was chased through the streets for hours before he was killed.

The official narrative raises questions that nobody has answered: why was it necessary to kill him rather than arrest him, and why is the embassy of the occupation guarded more closely than the people of Jordan?

The anger in the Jordanian street at the continued presence of this embassy is not the work of one young man. It is the feeling of millions who demand that the embassy be closed, the ambassador expelled and the Wadi Araba treaty cancelled. The authorities would do better to listen to this anger than to suppress it.
""", [
    E(True, "A young Jordanian man was killed late on Saturday night after an exchange of fire with security forces near the embassy of the Zionist entity in the Rabieh district of Amman",
      CLASH, INC_RABIEH, actor1=["young man", "Jordanian man", "gunman"] + UNKNOWN, actor2=JORSEC,
      loc=RABIEH, date=D("2024-11-23"), killed=N(1), injured=N(2), source=["author", "residents"]),
    E(False, "the embassy, which has been the scene of near-daily protests since the start of the genocide in Gaza",
      PROTEST, "amman-embassy-protests-2023-2024", actor1=["protesters"], loc=RABIEH,
      date=D("2023-10-07", "2024-11-24"), source=["author"], aggregate=True),
])

# =====================================================================
# Planted contradictions (doc ids are filled in from the gold below)
# =====================================================================
CONTRA = {
    INC_KHAN: [("killed", [N(58), N(86)]), ("status", ["occurred", "denied"])],
    INC_SALT: [("killed", [N(3), N(4)])],
    INC_FUHEIS: [("injured", [N(6), N(4)])],
    INC_ASAD: [("killed", [N(0), N(80, None)]), ("injured", [N(0), N(200)]),
               ("date", [D("2020-01-07"), D("2020-01-08")])],
    INC_ERBIL20: [("date", [D("2020-01-07"), D("2020-01-08")])],
    INC_MARIB: [("killed", [N(83), N(111)])],
    INC_BALYUN: [("killed", [N(33), N(34, None)]),
                 ("actor1", ["Military Forces of Syria", "Military Forces of Russia"])],
    INC_ADEN: [("killed", [N(22), N(26)]), ("status", ["occurred", "denied"])],
    INC_TAYARAN: [("killed", [N(28), N(32)]), ("injured", [N(73), N(110)])],
    INC_AKUS: [("killed", [N(22, None), N(1)]), ("date", [D("2021-02-25"), D("2021-02-26")])],
    INC_TAYOUNEH: [("killed", [N(6), N(7)]), ("actor1", ["Lebanese Forces", "Hezbollah"]),
                   ("status", ["occurred", "denied"])],
    INC_ZAKHO: [("killed", [N(8), N(9)]), ("actor1", ["Military Forces of Turkey", "Kurdistan Workers' Party"]),
                ("status", ["occurred", "denied"]),
                ("location", [{"name": "Amadiya", "lat": 37.09, "lon": 43.49},
                              {"name": "Zakho", "lat": 37.16, "lon": 42.74}])],
    INC_ERBIL: [("actor2", ["civilians", "Mossad"]), ("date", [D("2024-01-15"), D("2024-01-16")])],
    INC_HODEIDAH: [("killed", [N(3), N(6)]), ("actor2", ["Houthis", "civilians"])],
    INC_SHUKR: [("killed", [N(3), N(7, None)])],
    INC_RABIEH: [("date", [D("2024-11-24"), D("2024-11-23")]), ("injured", [N(3), N(2)])],
}

MAIN_INCIDENTS = [INC_KHAN, INC_FUHEIS, INC_ASAD, INC_MARIB, INC_BALYUN, INC_ADEN, INC_TAYARAN, INC_AKUS,
                  INC_TAYOUNEH, INC_ZAKHO, INC_ERBIL, INC_HODEIDAH, INC_SHUKR, INC_RABIEH]

# distractor incident -> (target incident, kind)
DISTRACTORS = [
    ("abukamal-israeli-2021-01-13", INC_AKUS, "same place"),
    ("erbil-irgc-2022-03-13", INC_ERBIL, "same place"),
    ("ainalasad-rockets-2021-03-03", INC_ASAD, "same place"),
    ("beirut-jamous-2024-09-20", INC_SHUKR, "same place"),
    ("aden-jalaa-2019-08-01", INC_ADEN, "same place"),
    (INC_IDLIB, INC_ERBIL, "same day"),
    (INC_ERBIL20, INC_ASAD, "same day"),
    ("greenzone-rockets-2020-01-08", INC_ASAD, "same day"),
    ("jurf-us-strike-2024-07-30", INC_SHUKR, "same day"),
    ("deirezzor-israeli-2021-01-13", "abukamal-israeli-2021-01-13", "same day"),
]


# =====================================================================
# checks and output
# =====================================================================
def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def day(s):
    return dt.date.fromisoformat(s)


def overlap(a, b):
    hi_a = math.inf if a["max"] is None else a["max"]
    hi_b = math.inf if b["max"] is None else b["max"]
    return a["min"] <= hi_b and b["min"] <= hi_a


def date_overlap(a, b):
    return day(a["start"]) <= day(b["end"]) and day(b["start"]) <= day(a["end"])


def names_match(lst, name):
    n = name.lower()
    return any(x.lower() in n or n in x.lower() for x in lst)


def matches(field, ev, value):
    v = ev.get(field) if field != "status" else ev["status"]
    if v is None:
        return False
    if field in ("killed", "injured", "casualties"):
        return overlap(v, value)
    if field == "date":
        return date_overlap(v, value)
    if field == "location":
        return km(v, value) < 50
    if field in ("actor1", "actor2"):
        return names_match(v, value)
    return v == value


def compatible(field, a, b):
    if field in ("killed", "injured", "casualties"):
        return overlap(a[field], b[field])
    if field == "date":
        return date_overlap(a[field], b[field])
    if field == "location":
        return km(a[field], b[field]) <= 50
    if field == "status":
        return a["status"] == b["status"]
    if field == "actor1":
        if "unknown" in [x.lower() for x in a[field] + b[field]]:
            return True
        return any(names_match(b[field], x) for x in a[field])
    return True


VALID_TYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Excessive force against protesters", "Protest with intervention", "Peaceful protest"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
STATUSES = {"occurred", "denied", "possible", "planned", "hypothetical"}


def main():
    assert 30 <= len(DOCS) <= 45, len(DOCS)
    out_docs = []
    claims = {}  # incident -> list of (doc_id, event)
    for i, d in enumerate(DOCS, 1):
        did = f"inc-{i:02d}"
        d["id"] = did
        text = d["text"]
        title, blank = text.split("\n")[0], text.split("\n")[1]
        assert blank == "", did
        words = len(re.findall(r"\S+", text))
        assert 120 <= words <= 350, (did, words)
        day(d["published"])
        for e in d["events"]:
            assert e["evidence"] in text, (did, e["evidence"])
            assert e["event_type"] in VALID_TYPES, (did, e["event_type"])
            if "sub_event_type" in e:
                assert e["sub_event_type"] in VALID_TYPES[e["event_type"]], (did, e["sub_event_type"])
            assert e["status"] in STATUSES
            if "date" in e:
                assert day(e["date"]["start"]) <= day(e["date"]["end"]) <= day(d["published"]), (did, e["date"])
            for k in ("killed", "injured", "casualties"):
                if k in e:
                    assert e[k]["max"] is None or e[k]["min"] <= e[k]["max"], (did, k)
            if "location" in e:
                assert set(e["location"]) == {"names", "lat", "lon", "country"}, did
            claims.setdefault(e["incident"], []).append((did, e))
        d["words"] = words
        # weekday named in an evidence span -> the gold date is that weekday
        for e in d["events"]:
            for wd in re.findall(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", e["evidence"]):
                assert "date" in e and e["date"]["start"] == e["date"]["end"], (did, e["evidence"])
                assert day(e["date"]["start"]).strftime("%A") == wd, (did, wd, e["date"])
                assert 0 <= (day(d["published"]) - day(e["date"]["start"])).days <= 6, did
        out_docs.append({"doc": {"id": did, "title": title, "outlet": d["outlet"], "published": d["published"],
                                 "text": text}, "events": d["events"]})
    pub = {d["id"]: d["published"] for d in DOCS}

    # incidents: ids unique per real event; documents within 3 days; one type family
    for inc, cl in claims.items():
        docs = sorted({c[0] for c in cl})
        pubs = [day(pub[x]) for x in docs]
        assert (max(pubs) - min(pubs)).days <= 3 or not all(c[1]["core"] for c in cl) or len(docs) == 1, inc
    for inc in MAIN_INCIDENTS:
        core_docs = {did for did, e in claims[inc] if e["core"]}
        assert 2 <= len(core_docs) <= 4, (inc, core_docs)
        pubs = [day(pub[x]) for x in core_docs]
        assert (max(pubs) - min(pubs)).days <= 3, inc

    # contradictions: derived from core claims, and nothing undeclared
    fields = ["killed", "injured", "casualties", "actor1", "actor2", "date", "location", "status"]
    contradictions = {}
    n_contra, contra_fields = 0, set()
    for inc, cl in claims.items():
        core = [(did, e) for did, e in cl if e["core"]]
        declared = dict(CONTRA.get(inc, []))
        for f in fields:
            have = [(did, e) for did, e in core if (f == "status" or f in e)]
            if f in declared:
                values = []
                for val in declared[f]:
                    ids = sorted({did for did, e in have if matches(f, e, val)})
                    assert ids, (inc, f, val)
                    values.append({"value": val, "doc_ids": ids})
                for did, e in have:
                    if f in ("actor1", "actor2") and "unknown" in [x.lower() for x in e[f]]:
                        continue
                    assert any(matches(f, e, v) for v in declared[f]), (inc, f, did)
                # the values really conflict: no document's claim satisfies two values at once, and
                # at least two different documents stand behind different values
                if f not in ("actor1", "actor2"):
                    for did, e in have:
                        assert sum(matches(f, e, v) for v in declared[f]) == 1, (inc, f, did)
                assert len({tuple(v["doc_ids"]) for v in values}) >= 2, (inc, f)
                contradictions.setdefault(inc, []).append({"field": f, "values": values})
                n_contra += 1
                contra_fields.add(f)
            else:
                for i in range(len(have)):
                    for j in range(i + 1, len(have)):
                        assert compatible(f, have[i][1], have[j][1]), ("undeclared contradiction", inc, f,
                                                                       have[i][0], have[j][0])
    for inc in CONTRA:
        assert inc in claims, inc
    assert n_contra >= 10 and len(contra_fields) >= 5, (n_contra, contra_fields)

    # distractors
    def core_claims(inc):
        return [e for _, e in claims[inc] if e["core"] and "date" in e and "location" in e]
    n_place = n_day = 0
    for dis, target, kind in DISTRACTORS:
        for a in core_claims(dis):
            for b in core_claims(target):
                assert a["event_type"] == b["event_type"] and a.get("sub_event_type") == b.get("sub_event_type"), (dis, target)
                dist = km(a["location"], b["location"])
                gap = min(abs((day(x) - day(y)).days) for x in (a["date"]["start"], a["date"]["end"])
                          for y in (b["date"]["start"], b["date"]["end"]))
                if kind == "same place":
                    assert dist < 30 and gap >= 3, (dis, target, dist, gap)
                else:
                    assert dist >= 100, (dis, target, dist)
            if kind == "same day":  # every claim of the distractor shares its day with a claim of the incident
                assert any(date_overlap(a["date"], b["date"]) for b in core_claims(target)), (dis, target)
        if kind == "same place":
            n_place += 1
        else:
            n_day += 1
    assert n_place >= 4 and n_day >= 4

    with open(HERE / "incidents.gold.jsonl", "w", encoding="utf-8") as f:
        for d in out_docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(HERE / "contradictions.json", "w", encoding="utf-8") as f:
        json.dump(contradictions, f, ensure_ascii=False, indent=1)
        f.write("\n")

    n_events = sum(len(d["events"]) for d in DOCS)
    n_core = sum(e["core"] for d in DOCS for e in d["events"])
    pairs = core_pairs = 0
    for cl in claims.values():
        for i in range(len(cl)):
            for j in range(i + 1, len(cl)):
                if cl[i][0] != cl[j][0]:
                    pairs += 1
                    core_pairs += cl[i][1]["core"] and cl[j][1]["core"]
    multi = [inc for inc, cl in claims.items() if len({c[0] for c in cl}) > 1]
    print(f"documents {len(DOCS)}, events {n_events} (core {n_core}), incidents {len(claims)} "
          f"({len(multi)} in more than one document), cross-document linked pairs {pairs} "
          f"(core-core {core_pairs}), contradictions {n_contra} over fields {sorted(contra_fields)}, "
          f"distractors same-place {n_place} / same-day {n_day}, words {min(d['words'] for d in DOCS)}-"
          f"{max(d['words'] for d in DOCS)}")


if __name__ == "__main__":
    main()
