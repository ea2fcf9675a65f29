"""Builds examples.gold.jsonl: the eight example articles shipped with sitrep
for `sitrep demo`, with hand-made gold events in the format of SPEC.md section 6
and eval/gold/ANNOTATION.md.

The articles were written for this project, in our own words and in eight
voices (wire report, military press release, partisan op-ed, round-up,
ministry statement/denial, speculative analysis, local news, Red Sea wire).
Some describe real incidents of 2019-2024; details, quotes and some minor
incidents are invented, and no sentence is copied from a real article.
The gold encodes what each TEXT says (including its slant and its errors),
not what is true.

Conventions used throughout (see also the comments beside single events):
- A headline or a second sentence that restates an event already annotated
  is a `core: false` duplicate claim, so that a system finding it is not
  punished; it carries the date/place of the event it restates. The
  incident key groups all claims about one real event within a document.
- Locations that are only a region, a province, a country or a sea
  ("central Syria", "Yemen", "Red Sea") carry names but no lat/lon, so they
  are scored by name; points are given to ~10 km.
- "some N" (approximate) is coded N..N, as ANNOTATION.md codes "some 45".
- `aggregate: true` is added only to tallies/summaries of several events.
- Disrupted weapons use (interceptions): actor1 is the force that intercepts,
  actor2 the one whose weapon was intercepted (ACLED's convention).

Run: python build_examples.py   (stdlib only; asserts every evidence string
is an exact substring of its text and writes examples.gold.jsonl beside it).
"""
from __future__ import annotations

import datetime
import json
import pathlib

# --------------------------------------------------------------------------
# Article texts. One paragraph per line; headline, blank line, body.
# --------------------------------------------------------------------------

EX01 = """U.S. drone strike in Baghdad kills Kataib Hezbollah commander

BAGHDAD, Feb. 8 (wire) — A U.S. drone strike on a car in the Mashtal district of eastern Baghdad late on Wednesday killed three people, including a senior commander of the Iran-backed Kataib Hezbollah militia, two Iraqi security officials said.

U.S. Central Command said in a statement that it had carried out the strike in response to attacks on American service members and that the commander had been directly involved in planning them. It did not say how many people died.

The drone fired two missiles at the vehicle, killing the commander and another senior member of the group, a U.S. television network reported, citing two U.S. officials.

"We heard two explosions, one after the other, and then the car was burning in the middle of the street," said Haidar Kadhim, 41, who runs a mobile phone shop nearby.

A spokesman for the Iraqi armed forces' commander-in-chief described the strike as an assassination in a crowded residential neighbourhood and a breach of Iraq's sovereignty, and said the government would review the presence of the U.S.-led coalition.

By Thursday morning, several hundred supporters of the militia had gathered around the burnt-out wreck, waving the group's yellow flags and chanting against America.

Washington has blamed Kataib Hezbollah for the drone attack that killed three U.S. soldiers at a base in Jordan on Jan. 28. The group said last week it was suspending its operations against U.S. forces, but other factions have not followed suit. Iran-aligned militias have attacked U.S. troops in Iraq and Syria more than 165 times since mid-October, according to the Pentagon.
"""

EX02 = """U.S. strikes in central and northwest Syria kill 37 ISIS and Hurras al-Din fighters

TAMPA, Fla., Sept. 29 — U.S. Central Command (CENTCOM) announced today that its forces carried out two strikes in Syria this month that killed 37 members of ISIS and of Hurras al-Din, an al-Qaeda affiliate, among them several senior leaders of both groups.

On Sept. 16, CENTCOM aircraft conducted a large-scale strike on a remote ISIS training camp in central Syria, killing 28 ISIS operatives, at least four of them Syrian leaders of the group. CENTCOM assesses that the camp was used to prepare attacks against U.S. forces, partner forces and civilians in the region and beyond.

On Sept. 24, CENTCOM forces conducted a precision strike in northwest Syria that killed nine operatives, including a senior Hurras al-Din leader who oversaw the group's military operations.

In a separate operation on Sept. 21, CENTCOM forces and the Syrian Democratic Forces detained an ISIS facilitator during a partnered raid in Deir ez-Zor province.

So far nothing suggests that any civilians were hurt in these operations, and the results are still being assessed.

“The leaders of ISIS and al-Qaeda have no safe haven in Syria,” the CENTCOM commander said. “We will keep striking them wherever they hide, together with our partners in the region.”

Defeating ISIS for good remains the command's mission in Syria, together with its regional partners.
"""

EX03 = """Ain al-Asad in flames: the occupier is learning the price of arrogance

Once again the American cowboys have been taught that Iraq is not their ranch. Local sources in al-Baghdadi say that the barrage of ballistic missiles and rockets the Islamic Resistance in Iraq fired at the occupation’s Ain al-Asad base last night killed or wounded dozens of American soldiers, and that helicopters ferried the bodies out until dawn.

The Pentagon, naturally, tells a different fairy tale. It claims that its air defences intercepted most of the missiles and that only “a number” of its personnel are being examined for brain injuries. Who still believes the people who swore that Saddam had weapons of mass destruction?

Let us remember who started this. On 4 January an American drone murdered the martyr commander Abu Taqwa and a companion in the heart of Baghdad, before the eyes of a government that calls itself sovereign. The puppets of the Green Zone issued a statement of “concern” and went back to sleep.

Perhaps the cowboys are already packing their bags; perhaps they are too arrogant even for that. Either way, the resistance has made its warning plain: tomorrow it may strike the Harir base in Erbil, and after that the Victoria base at Baghdad airport. If the occupiers do not leave Iraqi soil, every one of their bases will burn, one after the other.

The Iraqi people have made their choice. The occupier can leave on his own feet today, or be carried out in coffins tomorrow.
"""

EX04 = """Syria week: tribal fighting in Deir ez-Zor, a bomb in Daraa, strikes on Idlib

BEIRUT, Oct. 16 — Violence flared on several fronts in Syria over the past week, from the tribal areas of the east to the rebel-held north-west.

On Saturday, fighters of the Kurdish-led Syrian Democratic Forces (SDF) clashed with Arab tribal gunmen in the town of Dhiban, on the east bank of the Euphrates, leaving five to seven people dead and three pickup trucks burnt out, according to local sources. The tribes accuse the SDF of sidelining Arabs in the province; the SDF says the gunmen are backed by Damascus.

Two days earlier, a roadside bomb hit a Syrian army vehicle near the town of Tafas in the western Daraa countryside, killing two soldiers and wounding three others, the defence ministry said. No group claimed the attack, which bore the hallmarks of the Islamic State cells that remain active in the south.

In the north-west, Russian warplanes struck the outskirts of Sarmin, east of Idlib city, on Sunday, killing four civilians, two of them children, the Syria Civil Defence rescue service, also known as the White Helmets, said. Government and Russian bombardment has killed more than 70 people in the region since Oct. 5, when a drone attack on a military academy graduation in Homs killed dozens, according to the Syrian Observatory for Human Rights.

The SDF, meanwhile, detained 11 suspected Islamic State members in raids around al-Busayrah last week, backed by helicopters of the U.S.-led coalition, an SDF spokesman said.

And in al-Bab, which is held by Turkish-backed factions, unknown gunmen abducted a pharmacist outside his home late on Thursday. His family said on Sunday that they had received a ransom demand.
"""

EX05 = """Statement of the Russian Ministry of Defence on reports of an air strike in Maarat al-Numan

MOSCOW, 23 July — The Russian Ministry of Defence categorically rejects reports, spread by a number of Western media outlets, that Russian aircraft bombed a market in the town of Maarat al-Numan in Idlib province yesterday.

The ministry denies that its aircraft struck the market. The Russian Aerospace Forces flew no combat missions over that part of the Idlib de-escalation zone on 22 July, as objective monitoring data confirm.

The allegations originate with the so-called White Helmets, a structure well known for staging provocations for its foreign sponsors. According to the group, Russian warplanes hit the crowded vegetable market on Monday morning, killing more than 30 civilians and wounding more than 40. These figures were repeated without any verification by media that have never set foot in Syria.

The ministry draws attention to the real situation in the zone. Over the past 24 hours, militants of the terrorist organisation Hayat Tahrir al-Sham shelled populated areas of Hama and Latakia provinces 17 times. Yesterday, air defence systems at the Hmeimim air base destroyed two unmanned aerial vehicles launched by militants from the south-west of the de-escalation zone. There were no casualties and no damage to the base.

The Russian side once again calls on its Turkish partners to meet their obligations to separate the moderate opposition from terrorists in Idlib.
"""

EX06 = """Who hit the convoy on the Saraqeb road? Everyone has a theory

IDLIB, March 4 — The column of vehicles on the road between Saraqeb and Sarmin was hit on Monday night by either Turkish or Syrian government aircraft, killing at least nine people, according to a doctor at a field hospital in Sarmin who received the bodies. Beyond that, almost nothing about the attack is clear, and nobody has claimed it.

Witnesses describe a buzzing overhead followed by two blasts. Photos shared by local activists show burnt-out cars and a charred minibus by the roadside, but no insignia.

Which air force was responsible depends on who was in the vehicles. If they were pro-government militiamen moving up towards Saraqeb, which Damascus's forces retook on Monday, the culprit was probably one of the Turkish drones that have been pounding government columns since the weekend. If the dead were rebels, as one opposition commander insisted, it was probably a Syrian jet, or perhaps a Russian one, though Moscow says its aircraft were not active in the area.

Neither Ankara nor Damascus has commented. Turkey's defence ministry said on Tuesday that its drones had destroyed dozens of tanks and artillery pieces since Sunday, without naming places.

Some activists believe a second drone hit a fuel depot near Maarat Misrin later that night, but no footage has emerged and no one has confirmed it.

The stakes are not small. Two Turkish soldiers were killed by a government air strike near Nairab on Feb. 20. If the dead on the Saraqeb road turn out to be Iranian-backed fighters, their patrons may shell Turkish observation posts in revenge.
"""

EX07 = """Army kills or wounds some 20 smugglers in dawn clash on Syrian border

AMMAN, Feb. 17 — Jordanian border guards clashed with armed drug smugglers crossing from Syria at dawn on Wednesday north of al-Ruwaished, killing or wounding some 20 of them, the army said.

A source at the General Command of the Jordanian Armed Forces told the state news agency Petra that soldiers in the eastern military region had spotted several groups of men moving through thick fog towards the frontier, some of them carrying rifles. When the men ignored warnings and opened fire, the troops fired back, and the rest of the group fled into Syrian territory.

"Our forces dealt with the smugglers according to the new rules of engagement. None of our personnel were hurt," the army's spokesman told Al-Mamlaka television.

Three of the smugglers were captured alive, a security source told Reuters, adding that about 1.5 million Captagon pills and a quantity of hashish were found at the scene.

The clash was the deadliest on the border in weeks. Three weeks ago, the army said it had killed 27 smugglers in a single night of fighting in the same region, days after an army captain was shot dead by smugglers and three soldiers were wounded.

Amman says Iran-backed militias in southern Syria protect the drug trade and accuses them of flooding the Gulf with Captagon. Damascus rejects the charge.
"""

EX08 = """U.S. and British jets pound Houthi sites after missile hits cargo ship

DUBAI, Feb. 4 (wire) — The United States and Britain struck 36 Houthi targets at 13 locations in Yemen on Saturday night, including weapons stores and missile launchers around the capital Sanaa, the Pentagon said, a day after the Iran-aligned group hit a cargo ship in the Red Sea.

The Houthi-run Saba news agency said the raids also hit sites in Hodeidah, Taiz and Hajjah provinces. It gave no casualty figures.

Late on Friday, an anti-ship ballistic missile fired from Houthi-held territory struck a Greek-owned bulk carrier about 70 nautical miles west of Hodeidah, starting a small fire that the crew put out, the British military's United Kingdom Maritime Trade Operations agency said. There were no casualties on board, it said.

A few minutes later, a U.S. destroyer shot down two drones launched towards the vessel over the Red Sea, U.S. Central Command said.

A Houthi military spokesman said in a televised statement that the group had targeted a "British ship", and warned that its forces would hit American and British warships if the raids on Yemen continued.

The Houthis have attacked merchant ships more than 30 times since November, in what they describe as support for Palestinians in Gaza. Last month, one of their missiles set the tanker Marlin Luanda on fire in the Gulf of Aden, and shipping companies have since sent hundreds of vessels the long way around Africa.
"""

# --------------------------------------------------------------------------
# Shared name lists (no two-letter forms such as "US", "IS", "UK": matching
# is containment either way, and "us" is inside "Russian").
# --------------------------------------------------------------------------

US = ["United States", "U.S.", "American", "America", "Military Forces of the United States",
      "Pentagon", "Washington", "U.S. Central Command", "CENTCOM"]
UK = ["United Kingdom", "Britain", "British", "Military Forces of the United Kingdom"]
KH = ["Kataib Hezbollah", "Kata'ib Hizballah", "Kataib Hizbullah", "militia", "commander"]
IRI = ["Islamic Resistance in Iraq", "resistance"]
ISIS = ["Islamic State", "ISIS", "ISIL", "Daesh"]
SDF = ["Syrian Democratic Forces", "SDF", "Kurdish-led"]
SYR_ARMY = ["Military Forces of Syria", "Syrian army", "Syrian government", "army", "soldiers"]
RUSSIA = ["Russia", "Russian", "Military Forces of Russia", "Russian Aerospace Forces", "warplanes"]
HOUTHI = ["Houthis", "Houthi", "Ansar Allah", "Houthi Movement", "Iran-aligned group"]
JAF = ["Military Forces of Jordan", "Jordanian Armed Forces", "Jordanian army", "army",
       "border guards", "Jordanian", "troops"]
SMUGGLERS = ["smugglers", "drug smugglers", "armed smugglers"]
HTS = ["Hayat Tahrir al-Sham", "HTS", "militants", "terrorists"]
TURKEY = ["Turkey", "Turkish", "Military Forces of Turkey", "Turkish drones", "Ankara"]

# Places: names as written + common spellings, a point to ~10 km, ISO-2 country.
MASHTAL = {"names": ["Mashtal", "al-Mashtal", "Baghdad"], "lat": 33.325, "lon": 44.46, "country": "IQ"}
BAGHDAD = {"names": ["Baghdad"], "lat": 33.34, "lon": 44.40, "country": "IQ"}
AIN_ASAD = {"names": ["Ain al-Asad", "Ayn al-Asad", "Al Asad", "al-Asad air base", "al-Baghdadi", "Anbar"],
            "lat": 33.80, "lon": 42.44, "country": "IQ"}
HARIR = {"names": ["Harir", "Harir base", "Harir air base", "Erbil"], "lat": 36.54, "lon": 44.35, "country": "IQ"}
DHIBAN = {"names": ["Dhiban", "Thiban", "Diban"], "lat": 35.01, "lon": 40.51, "country": "SY"}
TAFAS = {"names": ["Tafas", "Tafs", "Daraa"], "lat": 32.74, "lon": 36.07, "country": "SY"}
SARMIN = {"names": ["Sarmin", "Sarmeen", "Idlib"], "lat": 35.90, "lon": 36.72, "country": "SY"}
HOMS = {"names": ["Homs", "Hims"], "lat": 34.73, "lon": 36.71, "country": "SY"}
BUSAYRAH = {"names": ["al-Busayrah", "Busayrah", "al-Busaira", "Busaira"], "lat": 35.15, "lon": 40.43, "country": "SY"}
AL_BAB = {"names": ["al-Bab", "Al Bab"], "lat": 36.37, "lon": 37.52, "country": "SY"}
MAARAT = {"names": ["Maarat al-Numan", "Ma'arrat al-Nu'man", "Maarat al-Nouman", "Maarrat al-Numan"],
          "lat": 35.64, "lon": 36.67, "country": "SY"}
HMEIMIM = {"names": ["Hmeimim", "Khmeimim", "Hmeimim air base", "Latakia"], "lat": 35.41, "lon": 35.95, "country": "SY"}
SARAQEB_ROAD = {"names": ["Saraqeb", "Saraqib", "Sarmin"], "lat": 35.88, "lon": 36.77, "country": "SY"}
SARAQEB = {"names": ["Saraqeb", "Saraqib"], "lat": 35.86, "lon": 36.81, "country": "SY"}
MAARAT_MISRIN = {"names": ["Maarat Misrin", "Ma'arrat Misrin", "Maarrat Misreen"], "lat": 36.01, "lon": 36.67, "country": "SY"}
NAIRAB = {"names": ["Nairab", "al-Nayrab", "Neirab"], "lat": 35.86, "lon": 36.74, "country": "SY"}
RUWAISHED = {"names": ["al-Ruwaished", "Ruwaished", "Ruwayshid", "Ar Ruwayshid"], "lat": 32.51, "lon": 38.20, "country": "JO"}
HODEIDAH = {"names": ["Hodeidah", "Hudaydah", "Al Hudaydah", "Red Sea"], "lat": 14.80, "lon": 42.95, "country": "YE"}
# region / country / sea level: names only, scored by name
JORDAN = {"names": ["Jordan", "Tower 22"], "country": "JO"}
CENTRAL_SYRIA = {"names": ["central Syria", "Syria", "Badia", "Syrian desert"], "country": "SY"}
NW_SYRIA = {"names": ["northwest Syria", "north-west Syria", "Syria", "Idlib"], "country": "SY"}
DEIR_PROV = {"names": ["Deir ez-Zor", "Deir ez-Zor province", "Deir al-Zour", "Dayr az Zawr"], "country": "SY"}
HAMA_LATAKIA = {"names": ["Hama", "Latakia"], "country": "SY"}
NW_REGION = {"names": ["north-west", "Idlib", "northwest Syria"], "country": "SY"}
YEMEN = {"names": ["Yemen", "Sanaa", "Sana'a"], "country": "YE"}
YEMEN_PROVS = {"names": ["Hodeidah", "Taiz", "Hajjah", "Yemen"], "country": "YE"}
RED_SEA = {"names": ["Red Sea"], "country": "YE"}
GULF_ADEN = {"names": ["Gulf of Aden"], "country": "YE"}
IRAQ_SYRIA = {"names": ["Iraq", "Syria"], "country": "IQ"}


def D(start: str, end: str | None = None) -> dict:
    return {"start": start, "end": end or start}


def N(lo: int, hi: int | str | None = "same") -> dict:
    return {"min": lo, "max": lo if hi == "same" else hi}


ZERO = N(0)

# Key order of every event, as in ANNOTATION.md.
ORDER = ["core", "evidence", "event_type", "sub_event_type", "actor1", "actor2", "location", "date",
         "killed", "injured", "casualties", "source", "status", "aggregate", "incident"]


def ev(core: bool, evidence: str, event_type: str, sub_event_type: str | None = None, **kw) -> dict:
    e = dict(core=core, evidence=evidence, event_type=event_type, **kw)
    if sub_event_type:
        e["sub_event_type"] = sub_event_type
    unknown = set(e) - set(ORDER)
    assert not unknown, unknown
    return {k: e[k] for k in ORDER if k in e}


ERV = "Explosions/Remote violence"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
BAT = "Battles"
CLASH = "Armed clash"
VAC = "Violence against civilians"
SD = "Strategic developments"

# --------------------------------------------------------------------------
# Gold events
# --------------------------------------------------------------------------

DOCS = [
 ("ex-01", EX01, "wire service", "2024-02-08", [
   ev(False, "U.S. drone strike in Baghdad kills Kataib Hezbollah commander",
      ERV, AIR, actor1=US, actor2=KH, location=BAGHDAD, date=D("2024-02-07"), source=["author"], status="occurred",
      incident="ex-01/baghdad-strike"),
   ev(True, "A U.S. drone strike on a car in the Mashtal district of eastern Baghdad late on Wednesday killed three people",
      ERV, AIR, actor1=US, actor2=KH, location=MASHTAL, date=D("2024-02-07"), killed=N(3),
      source=["Iraqi security officials", "security officials", "two Iraqi security officials"],
      status="occurred", incident="ex-01/baghdad-strike"),
   # Second version of the same strike (different source, different toll):
   # one gold event per version, the attribution chain is the point here.
   ev(True, "The drone fired two missiles at the vehicle, killing the commander and another senior member of the group",
      ERV, AIR, actor1=US, actor2=KH, location=MASHTAL, date=D("2024-02-07"), killed=N(2),
      source=["U.S. television network", "television network", "network", "two U.S. officials", "U.S. officials"],
      status="occurred", incident="ex-01/baghdad-strike"),
   # Central Command's confirmation restates the strike without place, date or toll.
   ev(False, "it had carried out the strike in response to attacks on American service members",
      ERV, AIR, actor1=US, actor2=KH, location=MASHTAL, date=D("2024-02-07"),
      source=["U.S. Central Command", "Central Command", "CENTCOM"], status="occurred",
      incident="ex-01/baghdad-strike"),
   ev(False, "We heard two explosions, one after the other, and then the car was burning in the middle of the street",
      ERV, AIR, location=MASHTAL, date=D("2024-02-07"),
      source=["Haidar Kadhim", "witness", "shop"], status="occurred", incident="ex-01/baghdad-strike"),
   ev(False, "described the strike as an assassination in a crowded residential neighbourhood",
      ERV, AIR, actor1=US, location=MASHTAL, date=D("2024-02-07"),
      source=["spokesman", "Iraqi armed forces", "commander-in-chief"], status="occurred",
      incident="ex-01/baghdad-strike"),
   ev(True, "several hundred supporters of the militia had gathered around the burnt-out wreck, waving the group's yellow flags and chanting against America",
      "Protests", "Peaceful protest", actor1=["supporters", "Kataib Hezbollah supporters", "protesters", "militia"],
      location=MASHTAL, date=D("2024-02-08"), source=["author"], status="occurred",
      incident="ex-01/protest"),
   # Background reference (Tower 22) -> non-core. The text only says "a base in Jordan".
   ev(False, "the drone attack that killed three U.S. soldiers at a base in Jordan on Jan. 28",
      ERV, AIR, actor1=KH, actor2=US, location=JORDAN, date=D("2024-01-28"), killed=N(3),
      source=["author", "Washington"], status="occurred", incident="ex-01/tower-22"),
   # A unilateral suspension of operations: Change to group/activity (background, non-core).
   # "last week" against Thursday 2024-02-08 -> Mon 29 Jan .. Sun 4 Feb.
   ev(False, "The group said last week it was suspending its operations against U.S. forces",
      SD, "Change to group/activity", actor1=KH, date=D("2024-01-29", "2024-02-04"),
      source=["Kataib Hezbollah", "group"], status="occurred", incident="ex-01/suspension"),
   ev(False, "Iran-aligned militias have attacked U.S. troops in Iraq and Syria more than 165 times since mid-October",
      ERV, actor1=["Iran-aligned militias", "militias", "militia", "Islamic Resistance in Iraq"], actor2=US,
      location=IRAQ_SYRIA, date=D("2023-10-15", "2024-02-08"),
      source=["Pentagon"], status="occurred", aggregate=True, incident="ex-01/tally"),
 ]),

 ("ex-02", EX02, "military press release", "2024-09-29", [
   ev(False, "U.S. strikes in central and northwest Syria kill 37 ISIS and Hurras al-Din fighters",
      ERV, AIR, actor1=US, actor2=ISIS + ["Hurras al-Din", "al-Qaeda"], location={"names": ["Syria"], "country": "SY"},
      date=D("2024-09-01", "2024-09-29"), killed=N(37), source=["CENTCOM", "U.S. Central Command", "author"],
      status="occurred", aggregate=True,
      incident="ex-02/tally"),
   # The lead sums the two strikes below: a tally, non-core.
   ev(False, "its forces carried out two strikes in Syria this month that killed 37 members of ISIS and of Hurras al-Din",
      ERV, AIR, actor1=US, actor2=ISIS + ["Hurras al-Din", "al-Qaeda"], location={"names": ["Syria"], "country": "SY"},
      date=D("2024-09-01", "2024-09-29"), killed=N(37), source=["CENTCOM", "U.S. Central Command", "author"],
      status="occurred", aggregate=True, incident="ex-02/tally"),
   ev(True, "CENTCOM aircraft conducted a large-scale strike on a remote ISIS training camp in central Syria, killing 28 ISIS operatives",
      ERV, AIR, actor1=US, actor2=ISIS, location=CENTRAL_SYRIA, date=D("2024-09-16"), killed=N(28),
      source=["CENTCOM", "U.S. Central Command", "author"], status="occurred", incident="ex-02/camp-strike"),
   # Generic: what the camp was for (attacks being prepared) -> planned, non-core.
   ev(False, "the camp was used to prepare attacks against U.S. forces, partner forces and civilians",
      ERV, actor1=ISIS, actor2=US + ["partner forces", "civilians"], source=["CENTCOM", "U.S. Central Command"],
      status="planned", incident="ex-02/generic"),
   ev(True, "CENTCOM forces conducted a precision strike in northwest Syria that killed nine operatives",
      ERV, AIR, actor1=US, actor2=["Hurras al-Din", "Hurras al-Deen", "al-Qaeda", "operatives"],
      location=NW_SYRIA, date=D("2024-09-24"), killed=N(9),
      source=["CENTCOM", "U.S. Central Command", "author"], status="occurred", incident="ex-02/nw-strike"),
   ev(True, "CENTCOM forces and the Syrian Democratic Forces detained an ISIS facilitator during a partnered raid in Deir ez-Zor province",
      SD, "Arrests", actor1=US + SDF, actor2=ISIS + ["facilitator"], location=DEIR_PROV, date=D("2024-09-21"),
      source=["CENTCOM", "U.S. Central Command", "author"], status="occurred", incident="ex-02/raid"),
   ev(False, "We will keep striking them wherever they hide",
      ERV, actor1=US, actor2=ISIS + ["al-Qaeda"], source=["CENTCOM commander", "CENTCOM"], status="planned",
      incident="ex-02/threat"),
 ]),

 ("ex-03", EX03, "partisan site", "2024-01-21", [
   # Missiles and rockets fired from the ground -> Shelling/artillery/missile attack.
   ev(True, "the barrage of ballistic missiles and rockets the Islamic Resistance in Iraq fired at the occupation’s Ain al-Asad base last night killed or wounded dozens of American soldiers",
      ERV, SHELL, actor1=IRI, actor2=US + ["occupation"], location=AIN_ASAD, date=D("2024-01-20"),
      casualties=N(24, None), source=["Local sources", "local sources in al-Baghdadi", "author"],
      status="occurred", incident="ex-03/ain-al-asad"),
   # The Pentagon's version, reported (and mocked) by the author: an interception.
   ev(True, "its air defences intercepted most of the missiles",
      SD, "Disrupted weapons use", actor1=US, actor2=IRI, location=AIN_ASAD, date=D("2024-01-20"),
      source=["Pentagon"], status="occurred", incident="ex-03/ain-al-asad"),
   # Background (Abu Taqwa, Harakat al-Nujaba), explicit date -> non-core.
   ev(False, "On 4 January an American drone murdered the martyr commander Abu Taqwa and a companion in the heart of Baghdad",
      ERV, AIR, actor1=US, actor2=["Abu Taqwa", "commander", "Harakat al-Nujaba", "Nujaba", "resistance"],
      location=BAGHDAD, date=D("2024-01-04"), killed=N(2), source=["author"], status="occurred",
      incident="ex-03/abu-taqwa"),
   ev(False, "tomorrow it may strike the Harir base in Erbil, and after that the Victoria base at Baghdad airport",
      ERV, actor1=IRI, actor2=US, location=HARIR, date=D("2024-01-22"),
      source=["resistance", "Islamic Resistance in Iraq", "author"], status="planned", incident="ex-03/threat"),
   ev(False, "If the occupiers do not leave Iraqi soil, every one of their bases will burn",
      ERV, actor1=IRI, actor2=US + ["occupiers"], source=["author"], status="hypothetical",
      incident="ex-03/conditional"),
 ]),

 ("ex-04", EX04, "news round-up", "2023-10-16", [
   # Headline fragments restate three of the events below: non-core duplicates.
   ev(False, "tribal fighting in Deir ez-Zor",
      BAT, CLASH, actor1=SDF, actor2=["tribal", "Tribal Militia", "tribes"], location=DHIBAN, date=D("2023-10-14"),
      source=["author"], status="occurred", incident="ex-04/dhiban"),
   ev(False, "a bomb in Daraa",
      ERV, IED, actor1=["unknown", "unidentified"], location=TAFAS, date=D("2023-10-12"), source=["author"], status="occurred",
      incident="ex-04/tafas"),
   ev(False, "strikes on Idlib",
      ERV, AIR, actor1=RUSSIA, location=SARMIN, date=D("2023-10-15"), source=["author"], status="occurred", incident="ex-04/sarmin"),
   ev(True, "fighters of the Kurdish-led Syrian Democratic Forces (SDF) clashed with Arab tribal gunmen in the town of Dhiban",
      BAT, CLASH, actor1=SDF, actor2=["Arab tribal gunmen", "tribal gunmen", "tribal fighters", "tribes", "Arab tribes", "Tribal Militia"],
      location=DHIBAN, date=D("2023-10-14"), killed=N(5, 7), source=["local sources"], status="occurred",
      incident="ex-04/dhiban"),
   # "Two days earlier" is anchored on Saturday 14 Oct -> Thursday 12 Oct.
   # Perpetrator unknown; the author only says it bore IS hallmarks.
   ev(True, "a roadside bomb hit a Syrian army vehicle near the town of Tafas in the western Daraa countryside, killing two soldiers and wounding three others",
      ERV, IED, actor1=["unknown", "unidentified", "Islamic State"], actor2=SYR_ARMY,
      location=TAFAS, date=D("2023-10-12"), killed=N(2), injured=N(3),
      source=["defence ministry", "ministry", "Syrian Ministry of Defence"], status="occurred",
      incident="ex-04/tafas"),
   ev(True, "Russian warplanes struck the outskirts of Sarmin, east of Idlib city, on Sunday, killing four civilians",
      ERV, AIR, actor1=RUSSIA, actor2=["civilians", "children"], location=SARMIN, date=D("2023-10-15"),
      killed=N(4), source=["Syria Civil Defence", "White Helmets"], status="occurred", incident="ex-04/sarmin"),
   ev(False, "Government and Russian bombardment has killed more than 70 people in the region since Oct. 5",
      ERV, actor1=["Syrian government", "Russian", "Russia", "Government"], location=NW_REGION,
      date=D("2023-10-05", "2023-10-16"), killed=N(71, None),
      source=["Syrian Observatory for Human Rights", "SOHR"], status="occurred", aggregate=True,
      incident="ex-04/tally"),
   # Background reference (Homs military academy), "dozens" -> 24..null.
   ev(False, "a drone attack on a military academy graduation in Homs killed dozens",
      ERV, AIR, actor1=["unknown", "unidentified"], actor2=SYR_ARMY + ["military academy"],
      location=HOMS, date=D("2023-10-05"), killed=N(24, None),
      source=["Syrian Observatory for Human Rights", "SOHR"], status="occurred", incident="ex-04/homs"),
   # "last week" against Monday 16 Oct -> Mon 9 .. Sun 15 Oct.
   ev(True, "The SDF, meanwhile, detained 11 suspected Islamic State members in raids around al-Busayrah last week",
      SD, "Arrests", actor1=SDF + ["coalition", "U.S.-led coalition"], actor2=ISIS + ["suspected Islamic State members"],
      location=BUSAYRAH, date=D("2023-10-09", "2023-10-15"), source=["SDF", "SDF spokesman"],
      status="occurred", incident="ex-04/busayrah"),
   ev(True, "unknown gunmen abducted a pharmacist outside his home late on Thursday",
      VAC, "Abduction/forced disappearance", actor1=["unknown", "unidentified", "gunmen"],
      actor2=["pharmacist", "civilians"], location=AL_BAB, date=D("2023-10-12"),
      source=["author", "family"], status="occurred", incident="ex-04/al-bab"),
 ]),

 ("ex-05", EX05, "ministry statement", "2019-07-23", [
   # The statement's headline names the reported strike only to reject it.
   ev(False, "reports of an air strike in Maarat al-Numan",
      ERV, AIR, actor1=RUSSIA, location=MAARAT, date=D("2019-07-22"), source=["Russian Ministry of Defence", "Ministry of Defence", "ministry"],
      status="denied", incident="ex-05/market"),
   # The denied event is the story -> core, status denied, the ministry as source.
   ev(True, "Russian aircraft bombed a market in the town of Maarat al-Numan in Idlib province yesterday",
      ERV, AIR, actor1=RUSSIA, actor2=["market", "civilians"], location=MAARAT, date=D("2019-07-22"),
      source=["Russian Ministry of Defence", "Ministry of Defence", "ministry", "Russia"], status="denied",
      incident="ex-05/market"),
   ev(False, "The ministry denies that its aircraft struck the market",
      ERV, AIR, actor1=RUSSIA, actor2=["market", "civilians"], location=MAARAT, date=D("2019-07-22"),
      source=["Russian Ministry of Defence", "Ministry of Defence", "ministry", "Russia"], status="denied",
      incident="ex-05/market"),
   ev(False, "The Russian Aerospace Forces flew no combat missions over that part of the Idlib de-escalation zone on 22 July",
      ERV, AIR, actor1=RUSSIA, location=MAARAT, date=D("2019-07-22"),
      source=["Russian Ministry of Defence", "Ministry of Defence", "ministry", "Russia"], status="denied",
      incident="ex-05/market"),
   # The counter-claim, in the other source's version.
   ev(True, "Russian warplanes hit the crowded vegetable market on Monday morning, killing more than 30 civilians and wounding more than 40",
      ERV, AIR, actor1=RUSSIA, actor2=["civilians", "market"], location=MAARAT, date=D("2019-07-22"),
      killed=N(31, None), injured=N(41, None), source=["White Helmets", "Syria Civil Defence", "Syrian Civil Defence"],
      status="occurred", incident="ex-05/market"),
   ev(False, "militants of the terrorist organisation Hayat Tahrir al-Sham shelled populated areas of Hama and Latakia provinces 17 times",
      ERV, SHELL, actor1=HTS, actor2=["civilians", "populated areas"], location=HAMA_LATAKIA,
      date=D("2019-07-22", "2019-07-23"), source=["Russian Ministry of Defence", "Ministry of Defence", "ministry"],
      status="occurred", aggregate=True, incident="ex-05/tally"),
   ev(True, "air defence systems at the Hmeimim air base destroyed two unmanned aerial vehicles launched by militants",
      SD, "Disrupted weapons use", actor1=RUSSIA + ["air defence"], actor2=HTS, location=HMEIMIM,
      date=D("2019-07-22"), killed=ZERO, injured=ZERO, casualties=ZERO,
      source=["Russian Ministry of Defence", "Ministry of Defence", "ministry"], status="occurred",
      incident="ex-05/hmeimim"),
 ]),

 ("ex-06", EX06, "analysis newsletter", "2020-03-04", [
   # Headline restates the event as a question: non-core duplicate.
   ev(False, "Who hit the convoy on the Saraqeb road?",
      ERV, AIR, actor1=["unknown", "unidentified"], actor2=["convoy"], location=SARAQEB_ROAD, date=D("2020-03-02"), source=["author"],
      status="occurred", incident="ex-06/convoy"),
   # The strike itself is not in doubt (a doctor counted the dead); only the
   # perpetrator is: actor1 lists both alternatives (uncertain perpetrator).
   # Victims unknown too (militiamen or rebels).
   ev(True, "The column of vehicles on the road between Saraqeb and Sarmin was hit on Monday night by either Turkish or Syrian government aircraft, killing at least nine people",
      ERV, AIR, actor1=TURKEY + ["Syrian government", "Syria", "Military Forces of Syria", "unknown", "unidentified",
                        "Unidentified Military Forces"],
      actor2=["column of vehicles", "convoy", "pro-government militiamen", "Pro-Government Militia", "rebels",
              "unknown", "unidentified"],
      location=SARAQEB_ROAD, date=D("2020-03-02"), killed=N(9, None),
      source=["doctor", "field hospital", "author"], status="occurred", incident="ex-06/convoy"),
   ev(False, "Witnesses describe a buzzing overhead followed by two blasts",
      ERV, AIR, location=SARAQEB_ROAD, date=D("2020-03-02"), source=["Witnesses"], status="occurred",
      incident="ex-06/convoy"),
   # Relative-clause background: government retakes Saraqeb on Monday 2 March.
   ev(False, "Saraqeb, which Damascus's forces retook on Monday",
      BAT, "Government regains territory", actor1=SYR_ARMY + ["Damascus"], location=SARAQEB,
      date=D("2020-03-02"), source=["author"], status="occurred", incident="ex-06/saraqeb"),
   ev(False, "the Turkish drones that have been pounding government columns since the weekend",
      ERV, AIR, actor1=TURKEY, actor2=SYR_ARMY + ["government columns"], date=D("2020-02-29", "2020-03-04"),
      source=["author"], status="occurred", aggregate=True, incident="ex-06/turkish-drones"),
   # Moscow's denial of the "Russian jet" hypothesis.
   ev(False, "Moscow says its aircraft were not active in the area",
      ERV, AIR, actor1=RUSSIA + ["Moscow"], location=SARAQEB_ROAD, date=D("2020-03-02"),
      source=["Moscow", "Russia"], status="denied", incident="ex-06/convoy"),
   # "dozens of tanks" are not people: no casualty numbers.
   ev(False, "its drones had destroyed dozens of tanks and artillery pieces since Sunday",
      ERV, AIR, actor1=TURKEY, actor2=SYR_ARMY, date=D("2020-03-01", "2020-03-03"),
      source=["Turkey's defence ministry", "Turkish defence ministry", "defence ministry"], status="occurred",
      aggregate=True, incident="ex-06/turkish-drones"),
   # Unconfirmed and not the piece's subject -> possible, non-core.
   ev(False, "a second drone hit a fuel depot near Maarat Misrin later that night",
      ERV, AIR, actor1=["unknown", "unidentified"], actor2=["fuel depot"], location=MAARAT_MISRIN,
      date=D("2020-03-02", "2020-03-03"), source=["activists", "Some activists"], status="possible",
      incident="ex-06/depot"),
   ev(False, "Two Turkish soldiers were killed by a government air strike near Nairab on Feb. 20",
      ERV, AIR, actor1=SYR_ARMY + ["government"], actor2=TURKEY + ["Turkish soldiers"], location=NAIRAB,
      date=D("2020-02-20"), killed=N(2), source=["author"], status="occurred", incident="ex-06/nairab"),
   ev(False, "their patrons may shell Turkish observation posts in revenge",
      ERV, SHELL, actor1=["patrons", "Iran", "Iranian-backed fighters"], actor2=TURKEY + ["observation posts"],
      source=["author"], status="hypothetical", incident="ex-06/conditional"),
 ]),

 ("ex-07", EX07, "local newspaper", "2022-02-17", [
   ev(False, "Army kills or wounds some 20 smugglers in dawn clash on Syrian border",
      BAT, CLASH, actor1=JAF, actor2=SMUGGLERS, location=RUWAISHED, date=D("2022-02-16"), casualties=N(20),
      source=["author", "army"],
      status="occurred", incident="ex-07/clash"),
   # "killing or wounding some 20" -> casualties 20..20 (no split). "None of our
   # personnel were hurt" is about the army's side only, so killed/injured
   # stay unset rather than 0.
   ev(True, "Jordanian border guards clashed with armed drug smugglers crossing from Syria at dawn on Wednesday north of al-Ruwaished, killing or wounding some 20 of them",
      BAT, CLASH, actor1=JAF, actor2=SMUGGLERS, location=RUWAISHED, date=D("2022-02-16"),
      casualties=N(20), source=["army", "Jordanian army", "Jordanian Armed Forces"], status="occurred",
      incident="ex-07/clash"),
   ev(False, "When the men ignored warnings and opened fire, the troops fired back",
      BAT, CLASH, actor1=JAF, actor2=SMUGGLERS + ["men"], location=RUWAISHED, date=D("2022-02-16"),
      source=["General Command", "Jordanian Armed Forces", "Petra", "army"], status="occurred",
      incident="ex-07/clash"),
   # Captures during the clash: ACLED folds them into the battle; non-core.
   ev(False, "Three of the smugglers were captured alive",
      SD, "Arrests", actor1=JAF, actor2=SMUGGLERS, location=RUWAISHED, date=D("2022-02-16"),
      source=["security source", "Reuters"], status="occurred", incident="ex-07/clash"),
   # "Three weeks ago" from Thu 17 Feb = Thu 27 Jan; coded as that week.
   ev(False, "the army said it had killed 27 smugglers in a single night of fighting in the same region",
      BAT, CLASH, actor1=JAF, actor2=SMUGGLERS, location=RUWAISHED, date=D("2022-01-24", "2022-01-30"),
      killed=N(27), source=["army", "Jordanian army"], status="occurred", incident="ex-07/january"),
   # "days after" the late-January clash: some days before 27 Jan.
   ev(False, "an army captain was shot dead by smugglers and three soldiers were wounded",
      BAT, CLASH, actor1=SMUGGLERS, actor2=JAF + ["army captain", "soldiers"], location=RUWAISHED,
      date=D("2022-01-10", "2022-01-26"), killed=N(1), injured=N(3), source=["author"], status="occurred",
      incident="ex-07/captain"),
 ]),

 ("ex-08", EX08, "wire service", "2024-02-04", [
   ev(False, "U.S. and British jets pound Houthi sites",
      ERV, AIR, actor1=US + UK, actor2=HOUTHI, location=YEMEN, date=D("2024-02-03"), source=["author"], status="occurred",
      incident="ex-08/us-uk-strikes"),
   ev(False, "missile hits cargo ship",
      ERV, SHELL, actor1=HOUTHI, actor2=["cargo ship", "ship"], location=HODEIDAH, date=D("2024-02-02"), source=["author"],
      status="occurred", incident="ex-08/ship"),
   # One night-long wave of strikes, reported as one event (not an aggregate).
   ev(True, "The United States and Britain struck 36 Houthi targets at 13 locations in Yemen on Saturday night",
      ERV, AIR, actor1=US + UK, actor2=HOUTHI, location=YEMEN, date=D("2024-02-03"),
      source=["Pentagon", "U.S. Defense Department", "Defense Department"], status="occurred",
      incident="ex-08/us-uk-strikes"),
   ev(False, "the Iran-aligned group hit a cargo ship in the Red Sea",
      ERV, SHELL, actor1=HOUTHI, actor2=["cargo ship", "ship"], location=HODEIDAH, date=D("2024-02-02"),
      source=["author", "Pentagon"], status="occurred", incident="ex-08/ship"),
   ev(False, "the raids also hit sites in Hodeidah, Taiz and Hajjah provinces",
      ERV, AIR, actor1=US + UK, actor2=HOUTHI, location=YEMEN_PROVS, date=D("2024-02-03"),
      source=["Saba", "Saba news agency", "Houthi-run Saba"], status="occurred", incident="ex-08/us-uk-strikes"),
   # A ground-launched anti-ship ballistic missile -> Shelling/artillery/missile attack.
   # "west of Hodeidah" -> Hodeidah's coordinates (guide: "east of X" -> X).
   ev(True, "an anti-ship ballistic missile fired from Houthi-held territory struck a Greek-owned bulk carrier about 70 nautical miles west of Hodeidah",
      ERV, SHELL, actor1=HOUTHI, actor2=["bulk carrier", "Greek-owned bulk carrier", "cargo ship", "ship", "vessel"],
      location=HODEIDAH, date=D("2024-02-02"), killed=ZERO, injured=ZERO, casualties=ZERO,
      source=["United Kingdom Maritime Trade Operations", "UKMTO", "British military"], status="occurred",
      incident="ex-08/ship"),
   ev(True, "a U.S. destroyer shot down two drones launched towards the vessel over the Red Sea",
      SD, "Disrupted weapons use", actor1=US + ["U.S. destroyer", "U.S. Navy"], actor2=HOUTHI + ["unknown", "unidentified"],
      location=RED_SEA, date=D("2024-02-02"), source=["U.S. Central Command", "Central Command", "CENTCOM"],
      status="occurred", incident="ex-08/drones"),
   # The Houthis' own version of the ship attack (target "British").
   ev(False, "the group had targeted a \"British ship\"",
      ERV, SHELL, actor1=HOUTHI, actor2=["British ship", "ship"] + UK, location=HODEIDAH, date=D("2024-02-02"),
      source=["Houthi military spokesman", "Houthi", "Houthis"], status="occurred", incident="ex-08/ship"),
   ev(False, "its forces would hit American and British warships if the raids on Yemen continued",
      ERV, actor1=HOUTHI, actor2=US + UK + ["warships"],
      source=["Houthi military spokesman", "Houthi", "Houthis"], status="hypothetical",
      incident="ex-08/conditional"),
   ev(False, "The Houthis have attacked merchant ships more than 30 times since November",
      ERV, actor1=HOUTHI, actor2=["merchant ships", "ships"], date=D("2023-11-01", "2024-02-04"),
      source=["author"], status="occurred", aggregate=True, incident="ex-08/tally"),
   ev(False, "one of their missiles set the tanker Marlin Luanda on fire in the Gulf of Aden",
      ERV, SHELL, actor1=HOUTHI, actor2=["Marlin Luanda", "tanker"], location=GULF_ADEN,
      date=D("2024-01-01", "2024-01-31"), source=["author"], status="occurred", incident="ex-08/marlin-luanda"),
 ]),
]

# --------------------------------------------------------------------------
# Checks and output
# --------------------------------------------------------------------------

TYPES = {
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


def check(did: str, text: str, published: str, events: list[dict]) -> int:
    lines = text.split("\n")
    assert lines[0].strip() and lines[1] == "", (did, "headline, blank line, body")
    words = len(text.split())
    assert 150 <= words <= 400, (did, words)
    pub = datetime.date.fromisoformat(published)
    for e in events:
        assert e["evidence"] in text, (did, e["evidence"])
        assert text.count(e["evidence"]) == 1, (did, "evidence not unique", e["evidence"])
        assert e["event_type"] in TYPES, (did, e["event_type"])
        if "sub_event_type" in e:
            assert e["sub_event_type"] in TYPES[e["event_type"]], (did, e["sub_event_type"])
        assert e["status"] in STATUSES, (did, e["status"])
        assert isinstance(e["core"], bool) and e["source"], (did, e["evidence"])
        if e["core"]:
            assert e["status"] in ("occurred", "possible", "denied"), (did, e["evidence"])
            assert not e.get("aggregate"), (did, e["evidence"])
        if "date" in e:
            s, t = (datetime.date.fromisoformat(e["date"][k]) for k in ("start", "end"))
            assert s <= t, (did, e["date"])
            if e["status"] not in ("planned", "hypothetical"):
                assert s <= pub, (did, e["date"])
        for f in ("killed", "injured", "casualties"):
            if f in e:
                lo, hi = e[f]["min"], e[f]["max"]
                assert isinstance(lo, int) and (hi is None or hi >= lo), (did, f)
        loc = e.get("location")
        if loc:
            assert loc["names"] and len(loc["country"]) == 2, (did, loc)
            assert ("lat" in loc) == ("lon" in loc), (did, loc)
        for a in ("actor1", "actor2"):
            if a in e:
                assert all(len(n) > 2 for n in e[a]), (did, a, e[a])  # no "US"/"IS"
    return words


def main() -> None:
    out = pathlib.Path(__file__).with_name("examples.gold.jsonl")
    ids = [d[0] for d in DOCS]
    assert ids == [f"ex-{i:02d}" for i in range(1, 9)], ids
    with open(out, "w", encoding="utf-8") as f:
        for did, text, outlet, published, events in DOCS:
            words = check(did, text, published, events)
            doc = {"id": did, "title": text.split("\n", 1)[0], "outlet": outlet,
                   "published": published, "text": text}
            f.write(json.dumps({"doc": doc, "events": events}, ensure_ascii=False) + "\n")
            core = sum(e["core"] for e in events)
            print(f"{did}  {words:3d} words  {core:2d} core  {len(events) - core:2d} non-core")
    print("wrote", out)


if __name__ == "__main__":
    main()
