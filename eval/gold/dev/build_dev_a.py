"""Writes dev_a.gold.jsonl: twenty development articles about Syria (2019-2025),
written for this project in our own words, with hand-made gold events in the
format of SPEC.md section 6 and eval/gold/ANNOTATION.md.

The articles describe real kinds of incidents (some real, some composite) with
real places and actors; the gold encodes what each TEXT says, including its
slant and errors, not what is true. Metaphors and generic statements get no
gold event on purpose (a system that codes them as events should be
penalised); aggregates, background references, planned, threatened and
hypothetical acts are annotated with core=False.

Run:  python build_dev_a.py   (stdlib only; checks evidence substrings, word
counts, weekday arithmetic, and field shapes, then writes the JSONL beside
this file).
"""
import datetime as dt

from goldkit import STATUSES, TYPES, D, E, R, write_gold

# ---------------------------------------------------------------- helpers

def L(names, lat=None, lon=None, cc="SY"):
    loc = {"names": list(names)}
    if lat is not None:
        loc["lat"], loc["lon"] = lat, lon
    loc["country"] = cc
    return loc


EXP, BAT, VAC, PRO, STR = ("Explosions/Remote violence", "Battles", "Violence against civilians",
                           "Protests", "Strategic developments")
AIR, SHELL, IED, SUICIDE, GRENADE = ("Air/drone strike", "Shelling/artillery/missile attack",
                                     "Remote explosive/landmine/IED", "Suicide bomb", "Grenade")
CLASH, GOVREG, NSAOVER = "Armed clash", "Government regains territory", "Non-state actor overtakes territory"
ATTACK, ABDUCT = "Attack", "Abduction/forced disappearance"
ARRESTS, DISRUPT, BASE, AGREE, OTHER = ("Arrests", "Disrupted weapons use", "Headquarters or base established",
                                        "Agreement", "Other")
PEACEFUL, EXCESSIVE = "Peaceful protest", "Excessive force against protesters"

# Actor name lists. Short tokens that are substrings of unrelated names
# ("IS" in "Israel", "US" in "Russian") are left out on purpose, because the
# scorer matches by case-insensitive containment either way.
SDF = ["Syrian Democratic Forces", "SDF", "Kurdish-led"]
ISIS = ["Islamic State", "ISIS", "ISIL", "Daesh"]
TURKEY = ["Turkey", "Turkish", "Turkish Armed Forces", "Military Forces of Turkey"]
US = ["United States", "U.S.", "American", "Pentagon", "Military Forces of the United States"]
COALITION = ["coalition", "U.S.-led coalition", "International Coalition"]
RUSSIA = ["Russia", "Russian", "Russian Aerospace Forces", "Military Forces of Russia"]
SYGOV = ["Syrian government", "Syrian army", "Syrian Arab Army", "government forces", "regime",
         "Military Forces of Syria"]
ISRAEL = ["Israel", "Israeli", "IDF", "Israel Defense Forces", "Military Forces of Israel"]
HTS = ["Hayat Tahrir al-Sham", "HTS"]
NUSRA = ["Jabhat al-Nusra", "Nusra", "militants", "terrorists"] + HTS
SNA = ["Syrian National Army", "SNA", "Turkish-backed factions"]
PKKYPG = ["PKK/YPG", "PKK", "YPG", "Kurdistan Workers' Party", "terrorists"] + SDF
IRI = ["Islamic Resistance in Iraq", "Islamic Resistance", "resistance", "Iran-aligned militias",
       "Iran-backed groups", "militia"]
IRGC = ["Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guard", "Revolutionary Guards", "Iran"]
CIV = ["civilians", "Civilians (Syria)"]
UNK = ["unknown", "unidentified", "Unidentified Armed Group"]
LOYAL = ["gunmen loyal to the former regime", "remnants of the former regime", "Assad loyalists",
         "insurgents", "former regime"]
TRANSGOV = ["Syrian transitional government", "security forces", "government forces", "General Security",
            "Ministry of Defence", "Syrian government"]

# Places (lat/lon: town centre or site; checked against GeoNames where the
# aux cities file has them, otherwise from maps, within ~10 km).
QAMISHLI = L(["Qamishli", "Al Qamishli", "Qamishlo", "north-east Syria", "Derik", "al-Malikiyah"], 37.05, 41.22)
AMUDA = L(["Amuda", "Amude", "Amudah"], 37.10, 40.93)
HASAKAH = L(["al-Hasakah", "Hasakah", "Al Hasakah", "Hasaka"], 36.50, 40.75)
BUSAYRAH = L(["al-Busayrah", "Busayrah", "Busaira", "al-Busayra"], 35.15, 40.43)
DHIBAN = L(["Dhiban", "Diban", "Thiban"], 35.02, 40.50)
SHUHAIL_ROAD = L(["Dhiban", "al-Shuhail", "Shuhail", "al-Shuhayl"], 35.07, 40.48)
SHUHAIL = L(["al-Shuhail", "Shuhail", "al-Shuhayl", "Deir ez-Zor"], 35.11, 40.46)
HAJIN = L(["Hajin", "Hajeen", "Hajīn"], 34.69, 40.83)
KOBANI = L(["Kobani", "Kobane", "Ayn al-Arab", "Ain al-Arab"], 36.89, 38.35)
TALTAMR = L(["Tal Tamr", "Tell Tamer", "Tall Tamr"], 36.65, 40.37)
MAREA = L(["Marea", "Mare'", "Mari'", "Euphrates Shield"], 36.49, 37.20)
JISR = L(["Jisr al-Shughur", "Jisr ash-Shughur", "Jisr al-Shughour"], 35.81, 36.32)
HMEIMIM = L(["Hmeimim", "Khmeimim", "Hmeimim air base"], 35.40, 35.95)
KAFRNABL = L(["Kafr Nabl", "Kafranbel", "Kafr Nubl"], 35.61, 36.56)
IDLIB = L(["Idlib", "Idleb", "Idlib city"], 35.93, 36.63)
GOLAN = L(["Golan Heights", "Golan"], 33.00, 35.75)  # occupied Golan; see comment in doc 07
NGOLAN = L(["northern Golan Heights", "Golan Heights", "Golan"], 33.15, 35.75)
DARAA = L(["Daraa", "Deraa", "Dara'a"], 32.62, 36.10)
ALEPPO_AIRPORT = L(["Aleppo International Airport", "Aleppo airport", "Aleppo"], 36.18, 37.22)
SUQAYLABIYAH = L(["al-Suqaylabiyah", "Suqaylabiyah", "Skeilbieh", "Hama countryside"], 35.37, 36.39)
IBLIN = L(["Iblin", "Ibleen", "Jabal al-Zawiya"], 35.70, 36.54)
BARA = L(["al-Bara", "Al Bara", "Bara", "Jabal al-Zawiya"], 35.68, 36.54)
KANSAFRA = L(["Kansafra", "Kansafrah", "Jabal al-Zawiya"], 35.67, 36.52)
KAFROWEID = L(["Kafr Oweid", "Kafr Uwayd", "Jabal al-Zawiya"], 35.66, 36.47)
JZAWIYA = L(["Jabal al-Zawiya", "Jabal al-Zawiyah", "southern Idlib"], 35.68, 36.53)
CONOCO = L(["Conoco gas field", "Conoco", "Koniko"], 35.35, 40.30)
SHADDADI = L(["al-Shaddadi", "Shaddadi", "Al Shaddadah"], 36.06, 40.73)
ALBUKAMAL = L(["Albu Kamal", "Abu Kamal", "Al Bukamal", "Boukamal"], 34.45, 40.92)
MAYADIN = L(["Mayadin", "al-Mayadin", "Al Mayadin"], 35.02, 40.45)
OMAR = L(["al-Omar oil field", "al-Omar", "Al Omar", "Omar oil field"], 35.04, 40.55)
TANF = L(["al-Tanf", "Tanf", "At Tanf"], 33.50, 38.65)
TAFAS = L(["Tafas", "Tafs"], 32.74, 36.07)
JASIM_NAWA = L(["Jasim", "Nawa", "Jassem"], 32.94, 36.05)
DARAA_BALAD = L(["Daraa al-Balad", "Daraa", "Deraa"], 32.61, 36.10)
NAWA = L(["Nawa", "Nawa town"], 32.89, 36.04)
ARMAN = L(["Arman", "Orman", "Urman", "Sweida countryside"], 32.45, 36.75)
SALKHAD = L(["Salkhad", "Salkhad town"], 32.49, 36.71)
SWEIDA = L(["Sweida", "Suwayda", "As Suwayda", "al-Suwayda", "Swaida"], 32.71, 36.57)
SUKHNA = L(["al-Sukhna", "Sukhna", "As Sukhnah", "Sukhnah"], 34.88, 38.87)
SALAMIYAH = L(["Salamiyah", "Salamiyeh", "Salamiya"], 35.01, 37.05)
ALBAB = L(["al-Bab", "Al Bab"], 36.37, 37.52)
AFRIN = L(["Afrin", "Efrin"], 36.51, 36.87)
SARAQIB = L(["Saraqib", "Saraqeb"], 35.86, 36.81)
TISHREEN = L(["Tishreen Dam", "Tishrin Dam", "Tishreen"], 36.38, 38.18)
MANBIJ = L(["Manbij", "Menbij"], 36.53, 37.95)
T4 = L(["T4", "Tiyas", "T4 air base", "Tiyas airbase"], 34.52, 37.63)
ALHOL = L(["al-Hol", "al-Hawl", "Al Hol"], 36.38, 41.15)
BAGHOUZ = L(["Baghouz", "Baghuz", "al-Baghuz"], 34.46, 40.95)
RASALAIN = L(["Ras al-Ain", "Ras al-Ayn", "Serekaniye", "Tal Abyad", "Tell Abyad"], 36.85, 40.07)
ALEPPO = L(["Aleppo", "Halab"], 36.20, 37.16)
TALRIFAT = L(["Tal Rifat", "Tell Rifaat", "Tall Rif'at"], 36.47, 37.10)
HAMA = L(["Hama", "Hamah"], 35.13, 36.76)
JABLEH = L(["Jableh", "Jablah", "Latakia countryside"], 35.36, 35.93)
BANIYAS = L(["Baniyas", "Banias", "al-Qusour"], 35.18, 35.95)
QARDAHA = L(["al-Qardaha", "Qardaha", "Qardahah"], 35.45, 36.06)
TARTUS = L(["Tartus", "Tartous", "countryside of Tartus"], 34.89, 35.89)
DAMASCUS = L(["Damascus", "Dimashq"], 33.51, 36.29)
ANKARA = L(["Ankara"], 39.93, 32.86, "TR")

# ---------------------------------------------------------------- documents
# Each entry: (id, outlet, published, voice, theme, text, events)

T01 = """Turkish strikes hit oil sites and checkpoints across north-east Syria

QAMISHLI, Syria, Jan. 14 — Turkish warplanes and drones struck oil installations, a power station and checkpoints across north-east Syria on Saturday, killing at least nine people, the Kurdish-led Syrian Democratic Forces (SDF) said.

Most of the raids hit the countryside around Qamishli and the oil fields near Derik, also called al-Malikiyah, the SDF said in a statement, adding that six of the dead were civilian workers at the facilities. Power was cut across much of Hasakah province.

Late on Friday, a Turkish drone hit a car at a checkpoint on the edge of Amuda, killing two members of the Asayish, the Kurdish-run internal security force, a local official told reporters by telephone.

Turkey's defence ministry said its jets had destroyed 29 targets in northern Iraq and Syria, among them caves, bunkers, shelters and oil facilities, and that "many terrorists" had been neutralised. It did not say where in Syria the targets were.

The raids followed the killing of nine Turkish soldiers on Friday in an attack on a base in northern Iraq, which Ankara blamed on the Kurdistan Workers' Party (PKK). Turkey considers the YPG, the main Kurdish militia within the SDF, to be an offshoot of the PKK; the SDF rejects the claim.

"Striking power plants and oil wells in the middle of winter is a war on the people's livelihood, not on fighters," said Farhad Shami, head of the SDF media centre.

President Tayyip Erdogan vowed on Saturday that the operations would go on until no militant was left along Turkey's southern borders.
"""

E01 = [
    E(True, "Turkish warplanes and drones struck oil installations, a power station and checkpoints across north-east Syria on Saturday, killing at least nine people",
      EXP, AIR, actor1=TURKEY, actor2=SDF + CIV + ["oil installations"], location=QAMISHLI,
      date=D("2024-01-13"), killed=R(9, None), source=["SDF", "Syrian Democratic Forces"]),
    E(True, "a Turkish drone hit a car at a checkpoint on the edge of Amuda, killing two members of the Asayish",
      EXP, AIR, actor1=TURKEY, actor2=["Asayish", "internal security", "Kurdish-run internal security force"] + SDF,
      location=AMUDA, date=D("2024-01-12"), killed=R(2), source=["local official", "official"]),
    # tally over Iraq and Syria -> aggregate; "neutralised" gives no number here
    E(False, "its jets had destroyed 29 targets in northern Iraq and Syria", EXP, AIR,
      actor1=TURKEY, actor2=PKKYPG, source=["Turkey's defence ministry", "defence ministry", "Turkey"],
      aggregate=True),
    # background: event in Iraq, cause of the story
    E(False, "the killing of nine Turkish soldiers on Friday in an attack on a base in northern Iraq", BAT, CLASH,
      actor1=["PKK", "Kurdistan Workers' Party"], actor2=TURKEY + ["Turkish soldiers"],
      location=L(["northern Iraq"], cc="IQ"), date=D("2024-01-12"), killed=R(9), source=["author", "Ankara"]),
    E(False, "vowed on Saturday that the operations would go on", EXP, AIR,
      actor1=TURKEY + ["Erdogan"], actor2=PKKYPG, source=["Erdogan", "Tayyip Erdogan", "Turkey"], status="planned"),
]

T02 = """Deir ez-Zor: fatalities rise as SDF-tribal fighting spreads to new villages

SOHR, 30 August 2023 — The Syrian Observatory for Human Rights has documented new fatalities on the third day of clashes between the Syrian Democratic Forces (SDF) and gunmen from local Arab tribes in the eastern countryside of Deir ez-Zor.

According to SOHR sources, tribal gunmen stormed SDF checkpoints and positions in al-Busayrah town at dawn on Tuesday, triggering hours of clashes with medium and heavy machineguns. SOHR activists have documented five to seven fatalities in these clashes so far.

In Dhiban town, an SDF sniper shot dead a young man standing at the door of his house on Tuesday afternoon, local sources told SOHR.

The gunmen also briefly took over two SDF posts on the road linking Dhiban and al-Shuhail, SOHR activists reported. Meanwhile, SDF convoys with armoured vehicles arrived from al-Hasakah and Raqqa to reinforce positions around al-Omar oil field.

The fighting erupted after the SDF detained the commander of the Deir ez-Zor Military Council, Ahmed al-Khabil, known as "Abu Khawla", in al-Hasakah city on Sunday, and later announced his dismissal over charges of corruption and communication with the regime.

With these new fatalities, the number of people killed since the outbreak of clashes has risen to 29: 11 SDF members, 15 tribal gunmen and three civilians.

SOHR renews its appeal to all parties to keep civilians out of the fighting and to let residents of the affected villages leave safely.
"""

TRIBES = ["tribal gunmen", "Arab tribes", "tribal fighters", "gunmen", "Arab tribal"]
SOHR = ["Syrian Observatory for Human Rights", "SOHR", "Observatory", "monitor"]
E02 = [
    E(True, "tribal gunmen stormed SDF checkpoints and positions in al-Busayrah town at dawn on Tuesday", BAT, CLASH,
      actor1=TRIBES, actor2=SDF, location=BUSAYRAH, date=D("2023-08-29"), killed=R(5, 7),
      source=SOHR + ["author", "SOHR sources"]),
    E(True, "an SDF sniper shot dead a young man standing at the door of his house", VAC, ATTACK,
      actor1=SDF, actor2=CIV + ["young man"], location=DHIBAN, date=D("2023-08-29"), killed=R(1),
      source=["local sources"] + SOHR),
    # undated sentence in a bulletin about the 3-day-old fighting (Mon 28 - Wed 30)
    E(True, "The gunmen also briefly took over two SDF posts on the road linking Dhiban and al-Shuhail", BAT, NSAOVER,
      actor1=TRIBES, actor2=SDF, location=SHUHAIL_ROAD, date=D("2023-08-28", "2023-08-30"),
      source=SOHR + ["SOHR activists", "author"]),
    # a deployment, not violence: non-core
    E(False, "SDF convoys with armoured vehicles arrived from al-Hasakah and Raqqa to reinforce positions around al-Omar oil field",
      STR, BASE, actor1=SDF, location=OMAR, date=D("2023-08-28", "2023-08-30"), source=SOHR + ["author"]),
    # background: the arrest that set off the fighting (reported as cause, not as news)
    E(False, "the SDF detained the commander of the Deir ez-Zor Military Council, Ahmed al-Khabil", STR, ARRESTS,
      actor1=SDF, actor2=["Ahmed al-Khabil", "Abu Khawla", "Deir ez-Zor Military Council"], location=HASAKAH,
      date=D("2023-08-27"), source=SOHR + ["author"]),
    E(False, "the number of people killed since the outbreak of clashes has risen to 29", BAT, CLASH,
      actor1=TRIBES, actor2=SDF, location=L(["Deir ez-Zor", "eastern countryside of Deir ez-Zor"], 35.15, 40.45),
      date=D("2023-08-28", "2023-08-30"), killed=R(29), source=SOHR + ["author"], aggregate=True),
]

T03 = """SDF General Command: ISIS cell dismantled in al-Shuhail, three fighters martyred in Turkish drone strike

Statement to the public opinion

In a new security operation against the cells of the terrorist organisation ISIS, our forces, with the support of the International Coalition, raided a hideout in the town of al-Shuhail in the eastern countryside of Deir ez-Zor on 3 March 2024. Two members of the cell were captured, including a coordinator responsible for smuggling weapons and funds, and a third was killed after he opened fire on our fighters. Weapons, ammunition and explosive belts were seized.

On the same day, ISIS mercenaries attacked one of our military points near the town of Hajin with light weapons and RPGs. Our fighters responded to the sources of fire and forced the attackers to flee. None of our personnel were hurt.

In a separate, treacherous attack, a drone of the Turkish occupation army targeted a car on the outskirts of Kobani on Sunday evening, martyring three of our fighters and wounding a civilian who was passing by.

Since the beginning of the year, the Turkish occupation state has carried out more than 40 drone strikes on our areas, targeting our fighters, civilian infrastructure and the livelihood of our people, in flagrant violation of the ceasefire agreements.

We affirm that these attacks will not discourage our forces from continuing the fight against ISIS, and we call on the International Coalition and the guarantors of the ceasefire to assume their responsibilities.

Syrian Democratic Forces General Command
4 March 2024
"""

SDFSRC = ["SDF", "Syrian Democratic Forces", "SDF General Command", "author"]
E03 = [
    # a raid that detains people -> Arrests, even though one suspect was killed
    E(True, "our forces, with the support of the International Coalition, raided a hideout in the town of al-Shuhail in the eastern countryside of Deir ez-Zor on 3 March 2024",
      STR, ARRESTS, actor1=SDF + ["our forces"] + COALITION, actor2=ISIS + ["ISIS cell"], location=SHUHAIL,
      date=D("2024-03-03"), killed=R(1), source=SDFSRC),
    # "None of our personnel were hurt" -> 0 killed, 0 injured (attackers' losses unknown)
    E(True, "ISIS mercenaries attacked one of our military points near the town of Hajin", BAT, CLASH,
      actor1=ISIS, actor2=SDF + ["our military points"], location=HAJIN, date=D("2024-03-03"),
      killed=R(0), injured=R(0), source=SDFSRC),
    E(True, "a drone of the Turkish occupation army targeted a car on the outskirts of Kobani on Sunday evening, martyring three of our fighters and wounding a civilian",
      EXP, AIR, actor1=TURKEY + ["Turkish occupation army"], actor2=SDF + ["our fighters"], location=KOBANI,
      date=D("2024-03-03"), killed=R(3), injured=R(1), source=SDFSRC),
    # "more than 40" counts strikes, not people
    E(False, "the Turkish occupation state has carried out more than 40 drone strikes on our areas", EXP, AIR,
      actor1=TURKEY, actor2=SDF, date=D("2024-01-01", "2024-03-04"), source=SDFSRC, aggregate=True),
]

T04 = """Ministry of National Defence: 58 terrorists neutralised in northern Syria

ANKARA, Oct. 6 — The Turkish Ministry of National Defence issued the following statement on Friday:

"After the heinous suicide bombing at our Ministry of Interior in Ankara on 1 October, the Turkish Armed Forces continue their air operations against the PKK/YPG terrorist organisation in northern Iraq and Syria with determination.

In air operations carried out yesterday in the north of Syria, 30 targets used by the terrorists, including caves, shelters, depots and so-called energy facilities, were destroyed and 58 terrorists were neutralised.

Also yesterday, in the Tal Tamr region, our armed unmanned aerial vehicles destroyed three pickup trucks carrying terrorists who were preparing to attack our bases.

On the same day, terrorists fired an anti-tank guided missile at one of our bases in the Euphrates Shield area near the town of Marea. Two Turkish soldiers were slightly wounded and are being treated in hospital. The positions from which the attack was launched were immediately taken under fire by our artillery.

Our operations will continue until the last terrorist is eliminated. We will call the terrorists and their supporters to account for every drop of our heroes' blood."

The statement made no mention of the Turkish armed drone that a U.S. F-16 shot down over al-Hasakah province on Thursday after it came within half a kilometre of American troops, an incident confirmed by the Pentagon.
"""

TRMOD = ["Turkish Ministry of National Defence", "Ministry of National Defence", "defence ministry", "Turkey"]
E04 = [
    # "neutralised" (killed, wounded or captured) -> casualties, see report
    E(False, "30 targets used by the terrorists, including caves, shelters, depots and so-called energy facilities, were destroyed and 58 terrorists were neutralised",
      EXP, AIR, actor1=TURKEY, actor2=PKKYPG, location=L(["north of Syria", "northern Syria"]),
      date=D("2023-10-05"), casualties=R(58), source=TRMOD, aggregate=True),
    # three pickup trucks are vehicles, not people: no killed/injured
    E(True, "our armed unmanned aerial vehicles destroyed three pickup trucks carrying terrorists", EXP, AIR,
      actor1=TURKEY, actor2=PKKYPG, location=TALTAMR, date=D("2023-10-05"), source=TRMOD),
    E(True, "terrorists fired an anti-tank guided missile at one of our bases in the Euphrates Shield area near the town of Marea",
      EXP, SHELL, actor1=PKKYPG, actor2=TURKEY + ["Turkish soldiers"], location=MAREA, date=D("2023-10-05"),
      injured=R(2), source=TRMOD),
    # retaliatory fire; the text names no place for the launch positions
    E(True, "The positions from which the attack was launched were immediately taken under fire by our artillery",
      EXP, SHELL, actor1=TURKEY, actor2=PKKYPG, date=D("2023-10-05"), source=TRMOD),
    E(False, "Our operations will continue until the last terrorist is eliminated", EXP, AIR,
      actor1=TURKEY, actor2=PKKYPG, source=TRMOD, status="planned"),
    # background
    E(False, "the heinous suicide bombing at our Ministry of Interior in Ankara on 1 October", EXP, SUICIDE,
      actor1=["PKK", "PKK/YPG", "unknown"], actor2=["Ministry of Interior", "Turkey"], location=ANKARA,
      date=D("2023-10-01"), source=TRMOD),
    E(True, "the Turkish armed drone that a U.S. F-16 shot down over al-Hasakah province on Thursday", STR, DISRUPT,
      actor1=US, actor2=TURKEY, location=HASAKAH, date=D("2023-10-05"), source=["author", "Pentagon"]),
]

T05 = """Russian reconciliation centre: more than 40 militants eliminated near Jisr al-Shughur

MOSCOW, June 26 — The Russian Centre for Reconciliation of Opposing Parties in Syria said on Monday that the Russian Aerospace Forces had destroyed a terrorist base in Idlib province, according to a briefing published by the Russian Defence Ministry.

"Yesterday, the Russian Aerospace Forces struck a base of illegal armed groups near Jisr al-Shughur, where the terrorists were preparing attacks with unmanned aerial vehicles on the positions of government troops and on Hmeimim air base. More than 40 militants were eliminated, including field commanders," the deputy head of the centre said.

According to the briefing, on 24 June an unmanned aerial vehicle launched by militants from the Idlib de-escalation zone was shot down by the air defence systems of Hmeimim air base. There were no casualties and no damage.

Also yesterday, militants of the Jabhat al-Nusra terrorist group shelled the positions of government forces near Kafr Nabl with mortars, wounding three Syrian servicemen, the centre said.

Over the past 24 hours, the centre registered 12 shelling attacks from territory controlled by Jabhat al-Nusra: five in Idlib province, three in Latakia province, two in Aleppo province and two in Hama province.

The Russian side called on the leaders of illegal armed groups to abandon provocations and to take the path of peaceful settlement.
"""

RUMOD = ["Russian Centre for Reconciliation", "reconciliation centre", "Russian Defence Ministry",
         "Russian defence ministry", "Russia", "centre"]
E05 = [
    E(True, "the Russian Aerospace Forces struck a base of illegal armed groups near Jisr al-Shughur", EXP, AIR,
      actor1=RUSSIA, actor2=NUSRA + ["illegal armed groups"], location=JISR, date=D("2023-06-25"),
      killed=R(41, None), source=RUMOD, incident="jisr-2023-06-25"),
    E(True, "an unmanned aerial vehicle launched by militants from the Idlib de-escalation zone was shot down by the air defence systems of Hmeimim air base",
      STR, DISRUPT, actor1=RUSSIA + ["air defence", "Hmeimim"], actor2=NUSRA, location=HMEIMIM,
      date=D("2023-06-24"), killed=R(0), injured=R(0), source=RUMOD),
    E(True, "militants of the Jabhat al-Nusra terrorist group shelled the positions of government forces near Kafr Nabl with mortars, wounding three Syrian servicemen",
      EXP, SHELL, actor1=NUSRA, actor2=SYGOV + ["Syrian servicemen"], location=KAFRNABL, date=D("2023-06-25"),
      injured=R(3), source=RUMOD),
    E(False, "the centre registered 12 shelling attacks from territory controlled by Jabhat al-Nusra", EXP, SHELL,
      actor1=NUSRA, actor2=SYGOV, date=D("2023-06-25", "2023-06-26"), source=RUMOD, aggregate=True),
]

T06 = """Air strikes on Idlib market kill at least nine, rescuers say; Moscow says it hit militants

BEIRUT, June 26 — Air strikes on a busy vegetable market in the town of Jisr al-Shughur in north-west Syria killed at least nine civilians and wounded more than 30 on Sunday, rescue workers said, one of the deadliest attacks on the rebel-held enclave this year.

The Syria Civil Defence, a rescue group also known as the White Helmets, said Russian warplanes carried out the raid shortly before noon, when farmers were unloading produce. Two children were among the dead, it said.

The Syrian Observatory for Human Rights, a Britain-based war monitor, put the death toll at 13 and said the strikes were carried out by Russian aircraft.

Russia's defence ministry gave a different account. Russian aircraft destroyed a militant base near Jisr al-Shughur that was being used to prepare drone attacks on government forces, killing more than 40 fighters of the banned Jabhat al-Nusra group, the ministry said. It did not mention civilian casualties.

Separately, a Russian air strike on a poultry farm on the outskirts of Idlib city killed two men on Sunday, the rescuers said.

Hayat Tahrir al-Sham, the dominant armed group in Idlib and an offshoot of the former Nusra Front, vowed to retaliate with artillery fire on government positions.

The attacks were the deadliest since Russia and Turkey, which backs some rebel groups, brokered a ceasefire for Idlib in March 2020. Since then the front lines have barely moved, though shelling and air raids have continued.
"""

WH = ["White Helmets", "Syria Civil Defence", "Syrian Civil Defence", "rescue workers", "rescuers"]
E06 = [
    # three versions of one strike, one gold event per source (ANNOTATION: two sources' versions)
    E(True, "Air strikes on a busy vegetable market in the town of Jisr al-Shughur in north-west Syria killed at least nine civilians and wounded more than 30 on Sunday",
      EXP, AIR, actor1=RUSSIA, actor2=CIV, location=JISR, date=D("2023-06-25"), killed=R(9, None),
      injured=R(31, None), source=WH, incident="jisr-2023-06-25"),
    E(True, "put the death toll at 13 and said the strikes were carried out by Russian aircraft", EXP, AIR,
      actor1=RUSSIA, actor2=CIV, location=JISR, date=D("2023-06-25"), killed=R(13), source=SOHR,
      incident="jisr-2023-06-25"),
    E(True, "Russian aircraft destroyed a militant base near Jisr al-Shughur that was being used to prepare drone attacks on government forces, killing more than 40 fighters of the banned Jabhat al-Nusra group",
      EXP, AIR, actor1=RUSSIA, actor2=NUSRA, location=JISR, date=D("2023-06-25"), killed=R(41, None),
      source=["Russia's defence ministry", "Russian defence ministry", "ministry", "Russia"],
      incident="jisr-2023-06-25"),
    E(True, "a Russian air strike on a poultry farm on the outskirts of Idlib city killed two men on Sunday", EXP, AIR,
      actor1=RUSSIA, actor2=CIV + ["two men"], location=IDLIB, date=D("2023-06-25"), killed=R(2), source=WH),
    E(False, "vowed to retaliate with artillery fire on government positions", EXP, SHELL,
      actor1=HTS, actor2=SYGOV, source=HTS, status="planned"),
    # background agreement; no coordinates (an agreement about a region)
    E(False, "Russia and Turkey, which backs some rebel groups, brokered a ceasefire for Idlib in March 2020", STR, AGREE,
      actor1=RUSSIA, actor2=TURKEY, location=L(["Idlib"]), date=D("2020-03-01", "2020-03-31"), source=["author"]),
    # "shelling and air raids have continued": generic statement -> no gold on purpose
]

T07 = """IDF strikes Syrian army targets after rockets fired at the Golan Heights

IDF Spokesperson's Unit, Oct. 10

Earlier this evening, two rockets were launched from Syrian territory toward Israeli territory in the Golan Heights. One rocket fell in an open area and the second was intercepted by the IDF's aerial defense array. No injuries were reported.

In response, IDF artillery struck the sources of the fire. Shortly afterward, IDF fighter jets struck military infrastructure of the Syrian Armed Forces, including a command post and an aerial observation system, in the area of Daraa in southern Syria.

"The IDF holds the Syrian regime responsible for everything that happens in its territory and will not allow any attempt to harm the citizens of Israel," said Rear Admiral Daniel Hagari, the IDF spokesperson. "We will respond with force to any attack from Syria, as we did tonight."

This is the second time this week that rockets have been fired from Syria. On Monday night, three mortar shells launched from Syrian territory landed in open areas in the northern Golan Heights, causing no casualties. IDF tanks fired toward the launch site in response.

The IDF remains on high alert on all fronts and will continue to act against any threat to the security of the State of Israel.
"""

IDFSRC = ["IDF", "Israel Defense Forces", "IDF Spokesperson's Unit", "Israeli military", "Daniel Hagari"]
# Golan Heights: occupied Syrian territory (UN, ISO) -> country SY; the IDF text
# calls it "Israeli territory". Scoring uses coordinates, not the country.
E07 = [
    # "No injuries were reported" -> injured 0; killed not stated
    E(True, "two rockets were launched from Syrian territory toward Israeli territory in the Golan Heights", EXP, SHELL,
      actor1=UNK, actor2=ISRAEL, location=GOLAN, date=D("2023-10-10"), injured=R(0), source=IDFSRC),
    E(True, "the second was intercepted by the IDF's aerial defense array", STR, DISRUPT,
      actor1=ISRAEL, actor2=UNK, location=GOLAN, date=D("2023-10-10"), source=IDFSRC),
    E(True, "IDF artillery struck the sources of the fire", EXP, SHELL,
      actor1=ISRAEL, date=D("2023-10-10"), source=IDFSRC),
    E(True, "IDF fighter jets struck military infrastructure of the Syrian Armed Forces, including a command post and an aerial observation system, in the area of Daraa",
      EXP, AIR, actor1=ISRAEL, actor2=SYGOV + ["Syrian Armed Forces"], location=DARAA, date=D("2023-10-10"),
      source=IDFSRC),
    E(True, "three mortar shells launched from Syrian territory landed in open areas in the northern Golan Heights, causing no casualties",
      EXP, SHELL, actor1=UNK, actor2=ISRAEL, location=NGOLAN, date=D("2023-10-09", "2023-10-10"),
      killed=R(0), injured=R(0), source=IDFSRC),
    E(True, "IDF tanks fired toward the launch site in response", EXP, SHELL,
      actor1=ISRAEL, date=D("2023-10-09", "2023-10-10"), source=IDFSRC),
    # "This is the second time this week that rockets have been fired": tally of the two events above, not annotated
    # "We will respond with force to any attack": generic threat, no gold
]

T08 = """The Zionist aggression on Aleppo airport will not break Syria's will

By the editorial board

In the early hours of Tuesday, the Israeli enemy once again showed its true face. Israeli warplanes flying over the Mediterranean west of Latakia fired a barrage of missiles at Aleppo International Airport, at the very moment the airport was receiving aid planes for the victims of the earthquake. A military source said the aggression caused material damage and put the airport out of service, and that our air defences shot down some of the hostile missiles.

The so-called observatory in London, a mouthpiece of Western intelligence, rushed to claim that the strike killed three people, among them an officer, as if to gloat over Syrian blood. These lies serve only to cover the crime.

Let us be clear: the aggression on Aleppo is not a separate act. It is part of the same war that has been waged on Syria for twelve years, a war in which the terrorist groups and the Zionist entity are two hands of one body. It is no coincidence that on Monday, terrorist groups in Idlib fired rocket shells at the town of al-Suqaylabiyah in the Hama countryside, wounding two children.

Syria is a rock on which all conspiracies have broken. The people who rose from the rubble of the earthquake will rise from this aggression too. The Syrian Arab Army, which defeated terrorism in Aleppo, Homs and Ghouta, will know how to respond at the time and place of its choosing.

The world that rushed to lift sanctions on aid for a few weeks must now decide whether it stands with international law or with the aggressor.
"""

E08 = [
    # missiles fired by aircraft -> Air/drone strike; target is an airport (no actor2)
    E(True, "Israeli warplanes flying over the Mediterranean west of Latakia fired a barrage of missiles at Aleppo International Airport",
      EXP, AIR, actor1=ISRAEL + ["Israeli enemy", "Zionist"], location=ALEPPO_AIRPORT, date=D("2023-03-07"),
      source=["author", "military source"], incident="aleppo-airport-2023-03-07"),
    E(True, "our air defences shot down some of the hostile missiles", STR, DISRUPT,
      actor1=SYGOV + ["air defences", "Syrian air defences"], actor2=ISRAEL, location=ALEPPO_AIRPORT,
      date=D("2023-03-07"), source=["military source", "author"]),
    # second version (the monitor's), which the author calls lies: still an 'occurred' claim by that source
    E(True, "claim that the strike killed three people, among them an officer", EXP, AIR,
      actor1=ISRAEL, location=ALEPPO_AIRPORT, date=D("2023-03-07"), killed=R(3),
      source=SOHR + ["observatory in London"], incident="aleppo-airport-2023-03-07"),
    E(True, "terrorist groups in Idlib fired rocket shells at the town of al-Suqaylabiyah in the Hama countryside, wounding two children",
      EXP, SHELL, actor1=["terrorist groups", "terrorists", "unknown"] + HTS, actor2=CIV + ["children"],
      location=SUQAYLABIYAH, date=D("2023-03-06"), injured=R(2), source=["author"]),
    # "will know how to respond at the time and place of its choosing": generic threat, no gold
    # "defeated terrorism in Aleppo, Homs and Ghouta", "Syria is a rock ...": generic / metaphor, no gold
]

T09 = """Jabal al-Zawiya is bleeding, and the world is looking away

For the third week in a row, the villages of Jabal al-Zawiya in southern Idlib have been pounded day and night by the artillery of Assad's forces and the militias of his Russian and Iranian masters. The so-called ceasefire exists only in the statements of diplomats.

On Saturday, a laser-guided Krasnopol shell slammed into a house in the village of Iblin, killing five members of one family, three of them children, according to the Syria Civil Defence. Their neighbours pulled the bodies from the rubble with their bare hands.

On Thursday, regime artillery shelled the village of al-Bara, wounding a Civil Defence volunteer as he rushed to put out a fire. Three weeks ago, Russian jets bombed the outskirts of Kansafra, killing a shepherd and dozens of his sheep. Residents also say regime forces allegedly fired incendiary rounds at wheat fields near Kafr Oweid on Friday, though this could not be verified.

According to local monitors, the regime and its allies have shelled the area more than 300 times since the start of the month.

The revolution has not been silent. On Sunday, the Fateh al-Mubin operations room shelled regime positions in Kafr Nabl and Maarat al-Numan, killing or wounding some 45 soldiers, the operations room said in a statement.

Idlib's four million people are hostages in a giant prison, with Assad's guns on one side and a closed border on the other. If the world remains silent, the regime's tanks would soon try to storm the mountain, and a new wave of hundreds of thousands of displaced would head for the Turkish border.

The least the free world can do is to stop pretending that there is a ceasefire.
"""

ASSAD = SYGOV + ["Assad's forces", "regime forces", "regime artillery"]
FATEH = ["Fateh al-Mubin", "Fateh al-Mubin operations room", "operations room", "rebels", "opposition"]
E09 = [
    E(True, "a laser-guided Krasnopol shell slammed into a house in the village of Iblin, killing five members of one family",
      EXP, SHELL, actor1=ASSAD + RUSSIA, actor2=CIV + ["family"], location=IBLIN, date=D("2021-06-12"),
      killed=R(5), source=WH + ["author"]),
    E(True, "regime artillery shelled the village of al-Bara, wounding a Civil Defence volunteer", EXP, SHELL,
      actor1=ASSAD, actor2=CIV + ["Civil Defence volunteer"] + WH, location=BARA, date=D("2021-06-10"),
      injured=R(1), source=["author"]),
    # "three weeks ago" -> the Monday-Sunday week containing published - 21 days (2021-05-24)
    # "dozens of his sheep" are animals: killed = 1 (the shepherd)
    E(True, "Russian jets bombed the outskirts of Kansafra, killing a shepherd", EXP, AIR,
      actor1=RUSSIA, actor2=CIV + ["shepherd"], location=KANSAFRA, date=D("2021-05-24", "2021-05-30"),
      killed=R(1), source=["author"]),
    # "allegedly ... could not be verified": a side claim -> possible, non-core
    E(False, "regime forces allegedly fired incendiary rounds at wheat fields near Kafr Oweid on Friday", EXP, SHELL,
      actor1=ASSAD, location=KAFROWEID, date=D("2021-06-11"), source=["Residents"], status="possible"),
    E(False, "the regime and its allies have shelled the area more than 300 times since the start of the month",
      EXP, SHELL, actor1=ASSAD, location=JZAWIYA, date=D("2021-06-01", "2021-06-14"),
      source=["local monitors"], aggregate=True),
    # "killing or wounding some 45" -> casualties (not split)
    E(True, "the Fateh al-Mubin operations room shelled regime positions in Kafr Nabl and Maarat al-Numan, killing or wounding some 45 soldiers",
      EXP, SHELL, actor1=FATEH, actor2=SYGOV + ["soldiers"],
      location=L(["Kafr Nabl", "Kafranbel", "Maarat al-Numan", "Maarat al-Nuaman"], 35.61, 36.56),
      date=D("2021-06-13"), casualties=R(45), source=FATEH),
    E(False, "the regime's tanks would soon try to storm the mountain", BAT, GOVREG,
      actor1=ASSAD, location=JZAWIYA, source=["author"], status="hypothetical"),
    # "Jabal al-Zawiya is bleeding", "hostages in a giant prison": metaphors, no gold
]

T10 = """The resistance sets the occupiers' bases ablaze

Last night the free men of the Islamic Resistance in Iraq struck the American occupation base at the Conoco gas field with a swarm of drones, scoring direct hits, the Resistance said in a statement. Local sources told us that ambulances raced to the base for hours and that at least five American soldiers were wounded.

The Pentagon, as usual, hides its losses. Its spokesmen claim the attack "did not wound anyone" and caused only minor damage. Who still believes them?

On Friday, the mujahideen's rockets hit the occupiers' base at al-Shaddadi in Hasakah, where the Americans hold prisoners and steal the wheat of the Jazira. Last month, American warplanes bombed two warehouses near Albu Kamal, pretending they belonged to the Revolutionary Guard, in a desperate attempt to frighten the resistance.

The numbers speak for themselves: in a single month the resistance struck coalition positions 30 times, from al-Omar and Conoco to al-Shaddadi and al-Tanf. The Americans who came to steal Syria's oil are now counting their days behind concrete walls.

The resistance has vowed to keep striking every American base in Syria and Iraq until the last occupier has left. If Washington sends more troops, the resistance would hit al-Tanf itself, the biggest nest of the occupation.

The flood that began in Gaza has reached the Euphrates. The ground is burning under the occupiers' feet, and no air defence can save them from the anger of the peoples of the region.
"""

USOCC = US + ["occupation", "occupiers", "coalition"]
E10 = [
    # "last night" in a piece published Monday -> Sunday night, possibly past midnight
    E(True, "the free men of the Islamic Resistance in Iraq struck the American occupation base at the Conoco gas field with a swarm of drones",
      EXP, AIR, actor1=IRI, actor2=USOCC, location=CONOCO, date=D("2023-11-19", "2023-11-20"),
      injured=R(5, None), source=["Islamic Resistance in Iraq", "Resistance", "Local sources", "author"],
      incident="conoco-2023-11-19"),
    # Pentagon version: negated outcome ("did not wound anyone") = 0 injured, not a denial
    E(True, "Its spokesmen claim the attack \"did not wound anyone\"", EXP, AIR,
      actor1=IRI, actor2=USOCC, location=CONOCO, date=D("2023-11-19", "2023-11-20"), injured=R(0),
      source=["Pentagon", "spokesmen"], incident="conoco-2023-11-19"),
    E(True, "the mujahideen's rockets hit the occupiers' base at al-Shaddadi in Hasakah", EXP, SHELL,
      actor1=IRI + ["mujahideen"], actor2=USOCC, location=SHADDADI, date=D("2023-11-17"), source=["author"]),
    # background reference with a month date
    E(False, "American warplanes bombed two warehouses near Albu Kamal", EXP, AIR,
      actor1=US, actor2=IRGC + IRI, location=ALBUKAMAL, date=D("2023-10-01", "2023-10-31"), source=["author"]),
    E(False, "in a single month the resistance struck coalition positions 30 times", EXP, AIR,
      actor1=IRI, actor2=USOCC, source=["author"], aggregate=True),
    E(False, "The resistance has vowed to keep striking every American base in Syria and Iraq", EXP, AIR,
      actor1=IRI, actor2=USOCC, source=["author", "resistance"], status="planned"),
    E(False, "the resistance would hit al-Tanf itself", EXP, AIR,
      actor1=IRI, actor2=USOCC, location=TANF, source=["author"], status="hypothetical"),
    # "The flood ... has reached the Euphrates", "The ground is burning": metaphors, no gold
]

T11 = """Daraa: ex-rebel commander shot dead in Tafas, roadside bomb hits army vehicle near Jasim

DARAA — Unknown gunmen on a motorcycle shot dead a former opposition commander in the town of Tafas, in the western countryside of Daraa, yesterday evening, local sources told our correspondent.

The man, who joined the Russian-sponsored "settlement" in 2018 and later worked with the government's Military Security branch, was hit by several bullets near his home and died on the way to hospital. No group has claimed the killing.

On Monday, an improvised explosive device went off as a Syrian army vehicle drove along the road between Jasim and Nawa, killing two soldiers and wounding three others, according to a medical source in Jasim.

In Daraa city, Military Security forces raided houses in the Daraa al-Balad neighbourhood at dawn on Tuesday and detained four young men, among them a university student, relatives said. The reasons for the arrests were not given.

Late on Sunday night, an unknown person threw a hand grenade at the house of a member of the local reconciliation committee in Nawa. The blast damaged the front of the house but caused no casualties.

The security chaos in the province has deepened since the start of the year. The Horan Free Gathering, a local documentation group, says it recorded 58 assassination attempts in Daraa last month, 31 of which were fatal.

Residents say the mix of government security branches, former rebels, smuggling gangs and Islamic State cells makes it almost impossible to know who is behind each killing. "Every night we hear shots, and every morning we ask who died," a teacher in Tafas said.
"""

E11 = [
    # victim: ex-rebel working with Military Security, attacked alone at home, unarmed as far as
    # the text says -> Violence against civilians/Attack (ACLED codes most Daraa assassinations so)
    E(True, "Unknown gunmen on a motorcycle shot dead a former opposition commander in the town of Tafas", VAC, ATTACK,
      actor1=UNK + ["Unknown gunmen", "gunmen"], actor2=["former opposition commander", "civilians", "Military Security"],
      location=TAFAS, date=D("2024-02-06"), killed=R(1), source=["local sources", "author"]),
    E(True, "an improvised explosive device went off as a Syrian army vehicle drove along the road between Jasim and Nawa, killing two soldiers and wounding three others",
      EXP, IED, actor1=UNK, actor2=SYGOV + ["soldiers"], location=JASIM_NAWA, date=D("2024-02-05"),
      killed=R(2), injured=R(3), source=["medical source", "a medical source in Jasim"]),
    E(True, "Military Security forces raided houses in the Daraa al-Balad neighbourhood at dawn on Tuesday and detained four young men",
      STR, ARRESTS, actor1=SYGOV + ["Military Security"], actor2=CIV + ["young men", "university student"],
      location=DARAA_BALAD, date=D("2024-02-06"), source=["relatives"]),
    E(True, "an unknown person threw a hand grenade at the house of a member of the local reconciliation committee in Nawa",
      EXP, GRENADE, actor1=UNK + ["unknown person"], actor2=["reconciliation committee", "member of the local reconciliation committee"] + CIV,
      location=NAWA, date=D("2024-02-04", "2024-02-05"), killed=R(0), injured=R(0), source=["author"]),
    E(False, "it recorded 58 assassination attempts in Daraa last month, 31 of which were fatal", VAC, ATTACK,
      actor1=UNK, location=L(["Daraa", "Daraa province"], 32.62, 36.10), date=D("2024-01-01", "2024-01-31"),
      killed=R(31), source=["Horan Free Gathering"], aggregate=True),
    # "Every night we hear shots": generic, no gold
]

T12 = """Jordanian air strikes kill ten in Sweida countryside, angry protests in the city

SWEIDA — Ten civilians, among them two girls and a woman, were killed when Jordanian warplanes struck houses in the village of Arman in the southern countryside of Sweida at dawn on Thursday, local activists and the Suwayda 24 network reported.

Residents said the strikes flattened two houses, one of them belonging to a man whom Jordanian authorities accuse of drug smuggling, while he was not at home. "They killed a family in their beds to reach one smuggler who was not even there," a relative told Suwayda 24.

Hours earlier, Jordanian jets also struck a farm near the town of Salkhad, causing damage but no casualties, according to the same sources.

Jordan's army did not comment on the strikes. It has repeatedly said it will use "all force" against smuggling and weapons networks operating from Syria, and has vowed to step up its operations along the border.

Yesterday afternoon, hundreds of people gathered in al-Karama square in the centre of Sweida, denouncing the killing of the civilians and chanting against the Syrian government, which they hold responsible for the flood of Captagon across the border. The square has hosted daily protests since August, when the lifting of fuel subsidies ignited a movement that now calls for political change.

In December, Jordanian troops fought a long battle with armed smugglers crossing the border from Syria, killing several of them and seizing large quantities of drugs and weapons.
"""

JORDAN = ["Jordan", "Jordanian", "Jordanian Armed Forces", "Military Forces of Jordan", "Jordan's army"]
S24 = ["local activists", "Suwayda 24", "Suwayda 24 network"]
E12 = [
    E(True, "Ten civilians, among them two girls and a woman, were killed when Jordanian warplanes struck houses in the village of Arman",
      EXP, AIR, actor1=JORDAN, actor2=CIV, location=ARMAN, date=D("2024-01-18"), killed=R(10), source=S24),
    # "Hours earlier" than dawn Thursday -> Wednesday night or early Thursday
    E(True, "Jordanian jets also struck a farm near the town of Salkhad, causing damage but no casualties", EXP, AIR,
      actor1=JORDAN, location=SALKHAD, date=D("2024-01-17", "2024-01-18"), killed=R(0), injured=R(0), source=S24),
    E(False, "has vowed to step up its operations along the border", EXP, AIR,
      actor1=JORDAN, actor2=["smugglers", "smuggling networks"], source=JORDAN, status="planned"),
    E(True, "hundreds of people gathered in al-Karama square in the centre of Sweida", PRO, PEACEFUL,
      actor1=["protesters", "Protesters (Syria)", "people", "Druze"],
      location=L(["Sweida", "al-Karama square", "Suwayda", "As Suwayda"], 32.71, 36.57), date=D("2024-01-18"),  # no target
      source=["author"]),
    E(False, "The square has hosted daily protests since August", PRO, PEACEFUL,
      actor1=["protesters", "Protesters (Syria)"], location=SWEIDA, date=D("2023-08-01", "2024-01-19"),
      source=["author"], aggregate=True),
    # background; the clash was on the border (mostly Jordanian side), no coordinates given
    E(False, "Jordanian troops fought a long battle with armed smugglers crossing the border from Syria", BAT, CLASH,
      actor1=JORDAN + ["Jordanian troops"], actor2=["armed smugglers", "smugglers"],
      location=L(["Jordan-Syria border", "border"], cc="JO"), date=D("2023-12-01", "2023-12-31"), source=["author"]),
]

T13 = """Syria round-up: dozens killed in desert attack on truffle hunters; car bomb in al-Bab

BEIRUT, Feb. 18 — Islamic State militants attacked a group of truffle hunters in the desert east of al-Sukhna in Homs province on Friday, killing 53 people, among them 46 civilians and seven soldiers, Syrian state television reported, citing a local official.

The Syrian Observatory for Human Rights said 61 people were killed, most of them members of pro-government militias who were guarding the hunters, and that dozens of others were wounded. The monitor said the militants had used motorcycles and heavy machineguns.

A day earlier, a landmine left over from the war exploded near a group of truffle hunters in the desert east of Salamiyah, in Hama province, killing a dozen of them, the monitor said. Hundreds of people, many of them desperately poor, comb the Badia desert every spring for the prized fungi despite the danger.

In the northern town of al-Bab, a car bomb exploded near a vegetable market on Thursday evening, wounding at least nine people, local rescuers said. No one claimed the attack. Officials of the Turkish-backed Syrian National Army (SNA) blamed Kurdish militants, but a local activist said the culprits were "probably Turkish-backed factions, or perhaps the SDF itself".

In nearby Afrin, fighters of two SNA factions, the Hamza Division and the Levant Front, fought with machineguns on Friday over control of a checkpoint, killing three fighters, the Observatory said.

In the north-west, Hayat Tahrir al-Sham said its fighters had killed five government soldiers in a raid on an army post near Saraqib on Friday. There was no comment from Damascus.

Since the truffle season began this month, at least 75 people have been killed in the desert by landmines and Islamic State attacks, according to the Observatory.
"""

TRUFFLE = CIV + ["truffle hunters", "soldiers", "pro-government militias"]
E13 = [
    # convoy of civilians and guards: both versions coded Violence against civilians/Attack, because the
    # document (headline, lede) stresses an attack on truffle hunters; the SOHR version stresses militia
    # members among the dead, so a system may reasonably code it as Battles - see report.
    E(True, "Islamic State militants attacked a group of truffle hunters in the desert east of al-Sukhna in Homs province on Friday, killing 53 people",
      VAC, ATTACK, actor1=ISIS, actor2=TRUFFLE, location=SUKHNA, date=D("2023-02-17"), killed=R(53),
      source=["Syrian state television", "state television", "state media", "local official"], incident="sukhna-2023-02-17"),
    E(True, "61 people were killed, most of them members of pro-government militias who were guarding the hunters",
      VAC, ATTACK, actor1=ISIS, actor2=TRUFFLE, location=SUKHNA, date=D("2023-02-17"), killed=R(61),
      injured=R(24, None), source=SOHR, incident="sukhna-2023-02-17"),
    E(True, "a landmine left over from the war exploded near a group of truffle hunters in the desert east of Salamiyah, in Hama province, killing a dozen of them",
      EXP, IED, actor1=UNK, actor2=CIV + ["truffle hunters"], location=SALAMIYAH, date=D("2023-02-16"),
      killed=R(12), source=SOHR),
    # uncertain perpetrator: alternatives listed in actor1
    E(True, "a car bomb exploded near a vegetable market on Thursday evening, wounding at least nine people", EXP, IED,
      actor1=UNK + SNA + SDF + ["Kurdish militants"], actor2=CIV, location=ALBAB, date=D("2023-02-16"),
      injured=R(9, None), source=["local rescuers", "rescuers"], incident="albab-2023-02-16"),
    # the two attributions of blame are further versions of the same bombing (one per source); they add
    # only a perpetrator, so they are non-core second claims
    E(False, "Officials of the Turkish-backed Syrian National Army (SNA) blamed Kurdish militants", EXP, IED,
      actor1=["Kurdish militants", "YPG", "PKK"] + SDF, actor2=CIV, location=ALBAB, date=D("2023-02-16"),
      source=SNA + ["Officials of the Turkish-backed Syrian National Army"], incident="albab-2023-02-16"),
    E(False, "the culprits were \"probably Turkish-backed factions, or perhaps the SDF itself\"", EXP, IED,
      actor1=SNA + SDF, actor2=CIV, location=ALBAB, date=D("2023-02-16"),
      source=["local activist", "activist"], incident="albab-2023-02-16"),
    E(True, "fighters of two SNA factions, the Hamza Division and the Levant Front, fought with machineguns on Friday over control of a checkpoint",
      BAT, CLASH, actor1=["Hamza Division"] + SNA, actor2=["Levant Front", "al-Jabha al-Shamiya"] + SNA,
      location=AFRIN, date=D("2023-02-17"), killed=R(3), source=SOHR),
    E(True, "its fighters had killed five government soldiers in a raid on an army post near Saraqib on Friday", BAT, CLASH,
      actor1=HTS, actor2=SYGOV, location=SARAQIB, date=D("2023-02-17"), killed=R(5), source=HTS),
    E(False, "at least 75 people have been killed in the desert by landmines and Islamic State attacks", VAC, ATTACK,
      actor1=ISIS + UNK, actor2=CIV + ["truffle hunters"], date=D("2023-02-01", "2023-02-18"), killed=R(75, None),
      source=SOHR, aggregate=True),
    # "Hundreds of people ... comb the Badia desert every spring": generic, no gold
]

T14 = """Turkey denies its drones hit civilian convoy near Tishreen Dam

ANKARA/QAMISHLI, Jan. 20 — Turkey's defence ministry on Monday denied that its drones had struck a convoy of civilians near the Tishreen Dam in northern Syria, calling the reports "black propaganda" by the PKK/YPG.

"The claims that our forces targeted civilians are completely unfounded. Our operations are directed only at terrorists and their positions," the ministry said in a weekly briefing in Ankara.

The Kurdish-led Syrian Democratic Forces (SDF) said a Turkish drone hit the convoy on Saturday as it drove from Kobani toward the dam, where residents have been holding a sit-in for weeks, killing four civilians and wounding 15. Local health officials gave the same figures.

Three weeks ago, a similar strike on the sit-in tents killed two people, the SDF said at the time.

The dam on the Euphrates has been the scene of heavy fighting since Turkish-backed factions of the Syrian National Army (SNA) captured the nearby city of Manbij from the SDF in December. On Sunday, SNA factions attacked SDF positions in villages south-east of the dam and were repelled, leaving a dozen of their fighters dead, the SDF said. The SNA did not comment on its losses.

The ministry said Turkish forces had "neutralised" 21 terrorists in northern Syria and Iraq over the past week, without giving details.

Washington, which backs the SDF against the Islamic State group, has been trying to broker a ceasefire around the dam and Kobani. A U.S. official said talks were continuing but that "nothing is agreed yet".
"""

SDFH = ["SDF", "Syrian Democratic Forces", "Local health officials"]
E14 = [
    # the denial is the story -> core, status denied, source = the denier
    E(True, "denied that its drones had struck a convoy of civilians near the Tishreen Dam", EXP, AIR,
      actor1=TURKEY, actor2=CIV + ["convoy"], location=TISHREEN, date=D("2025-01-18"),
      source=["Turkey's defence ministry", "defence ministry", "Turkish defence ministry", "Turkey"],
      status="denied", incident="tishreen-2025-01-18"),
    E(True, "a Turkish drone hit the convoy on Saturday as it drove from Kobani toward the dam", EXP, AIR,
      actor1=TURKEY, actor2=CIV + ["convoy"], location=TISHREEN, date=D("2025-01-18"), killed=R(4), injured=R(15),
      source=SDFH, incident="tishreen-2025-01-18"),
    # background; "three weeks ago" -> week of Mon 2024-12-30 .. Sun 2025-01-05
    E(False, "a similar strike on the sit-in tents killed two people", EXP, AIR,
      actor1=TURKEY + UNK, actor2=CIV, location=TISHREEN, date=D("2024-12-30", "2025-01-05"), killed=R(2),
      source=["SDF", "Syrian Democratic Forces"]),
    E(False, "Turkish-backed factions of the Syrian National Army (SNA) captured the nearby city of Manbij from the SDF in December",
      BAT, NSAOVER, actor1=SNA, actor2=SDF, location=MANBIJ, date=D("2024-12-01", "2024-12-31"), source=["author"]),
    E(True, "SNA factions attacked SDF positions in villages south-east of the dam and were repelled, leaving a dozen of their fighters dead",
      BAT, CLASH, actor1=SNA, actor2=SDF, location=TISHREEN, date=D("2025-01-19"), killed=R(12),
      source=["SDF", "Syrian Democratic Forces"]),
    E(False, "Turkish forces had \"neutralised\" 21 terrorists in northern Syria and Iraq over the past week", EXP, AIR,
      actor1=TURKEY, actor2=PKKYPG, date=D("2025-01-13", "2025-01-20"), casualties=R(21),
      source=["defence ministry", "ministry", "Turkey"], aggregate=True),
]

T15 = """Analysis: Who was behind the blasts at T4?

A series of heavy explosions shook the T4 air base in the desert east of Homs late on Sunday, according to residents of nearby villages who described flashes lighting up the sky for nearly an hour. Syrian state media has said nothing. Israel, as usual, has neither confirmed nor denied any involvement. So what happened?

It is possible that Israeli jets struck a hangar used by Iran's Revolutionary Guards to store and assemble drones, as Israel allegedly did at the same base several times before. Unconfirmed posts on social media channels close to Iran-aligned militias spoke of five to seven fighters killed, though none of the names has been published.

But the evidence is thin. The explosions could just as well have been an accident at an overcrowded ammunition depot, something that has happened at other Syrian bases before. Satellite images, when they become available, may settle the question.

The history of the base explains why suspicion falls on Israel. In April 2018, a strike widely attributed to Israel hit T4, killing seven members of the Revolutionary Guards, and the base has been hit repeatedly since.

If it was an Israeli strike, Iran would be under pressure to answer, perhaps through its allies in southern Syria or Iraq. If Tehran responded, Israel would almost certainly strike again, and the cycle of retaliation that both sides have managed for years could slip out of control.

For now, the only certainty is silence. In the shadow war between Israel and Iran in Syria, silence is itself a message.
"""

E15 = [
    # The piece's subject is one specific unconfirmed event: the blasts happened, that they were an
    # (Israeli) strike is only possible -> core, status possible. Perpetrator uncertain (Israel or none).
    E(True, "A series of heavy explosions shook the T4 air base in the desert east of Homs late on Sunday", EXP, AIR,
      actor1=ISRAEL + UNK, actor2=IRGC + ["Iran-aligned militias"], location=T4, date=D("2022-11-13"),
      killed=R(5, 7), source=["residents", "author"], status="possible", incident="t4-2022-11-13"),
    # the same event as the author's hypothesis: second claim, non-core
    E(False, "It is possible that Israeli jets struck a hangar used by Iran's Revolutionary Guards", EXP, AIR,
      actor1=ISRAEL, actor2=IRGC, location=T4, date=D("2022-11-13"), killed=R(5, 7),
      source=["author", "social media"], status="possible", incident="t4-2022-11-13"),
    E(False, "as Israel allegedly did at the same base several times before", EXP, AIR,
      actor1=ISRAEL, actor2=IRGC, location=T4, source=["author"], status="possible", aggregate=True),
    E(False, "In April 2018, a strike widely attributed to Israel hit T4, killing seven members of the Revolutionary Guards",
      EXP, AIR, actor1=ISRAEL, actor2=IRGC, location=T4, date=D("2018-04-01", "2018-04-30"), killed=R(7),
      source=["author"]),
    E(False, "the base has been hit repeatedly since", EXP, AIR,
      actor1=ISRAEL + UNK, actor2=IRGC, location=T4, source=["author"], aggregate=True),
    E(False, "Israel would almost certainly strike again", EXP, AIR,
      actor1=ISRAEL, actor2=IRGC, source=["author"], status="hypothetical"),
    # "an accident at an overcrowded ammunition depot": not political violence, no gold
    # "the shadow war between Israel and Iran": metaphor, no gold
]

T16 = """ISIS gunmen kill four SDF fighters in Christmas Eve attack near al-Hol

HASAKAH, Syria, Dec. 26 — Islamic State militants attacked a checkpoint of the U.S.-backed Syrian Democratic Forces near the town of al-Hol on Christmas Eve, killing four fighters and wounding two, the SDF said on Thursday.

The attackers, travelling in two cars, opened fire on the checkpoint late in the evening and fled south toward the desert. "Coalition aircraft tracked the attackers and struck them as they fled, killing two," said Colonel Myles Caggins, a coalition spokesman. He said the operation showed that the coalition and its partners "remain on the hunt" for the group's remnants.

Yesterday, a roadside bomb hit an SDF patrol vehicle on the road south of al-Shaddadi. The blast damaged the vehicle but did not wound anyone, an SDF official said.

On Monday, SDF and coalition forces detained five suspected ISIS members in a raid near the town of Hajin, in the eastern countryside of Deir ez-Zor, the SDF said.

The attacks show that the militants remain capable of striking nine months after the SDF declared the end of the group's territorial rule with the capture of Baghouz in March. In October, Turkey and allied Syrian factions launched an offensive against the SDF and seized the border towns of Tal Abyad and Ras al-Ain, forcing the Kurdish-led force to pull fighters away from guard duty at ISIS prisons and camps. Al-Hol, a sprawling camp for some 70,000 women and children, many of them relatives of ISIS fighters, lies a few kilometres from the site of the attack.

Coalition officials have warned that the group could try to free thousands of fighters held in SDF-run prisons if security lapses.
"""

E16 = [
    E(True, "Islamic State militants attacked a checkpoint of the U.S.-backed Syrian Democratic Forces near the town of al-Hol on Christmas Eve, killing four fighters and wounding two",
      BAT, CLASH, actor1=ISIS, actor2=SDF, location=ALHOL, date=D("2019-12-24"), killed=R(4), injured=R(2),
      source=["SDF", "Syrian Democratic Forces"]),
    E(True, "Coalition aircraft tracked the attackers and struck them as they fled, killing two", EXP, AIR,
      actor1=COALITION + US, actor2=ISIS + ["attackers"], location=ALHOL, date=D("2019-12-24"), killed=R(2),
      source=COALITION + ["Myles Caggins", "coalition spokesman"]),
    # negated outcome: "did not wound anyone" = injured 0, not a denial
    E(True, "a roadside bomb hit an SDF patrol vehicle on the road south of al-Shaddadi", EXP, IED,
      actor1=UNK, actor2=SDF, location=SHADDADI, date=D("2019-12-25"), injured=R(0),
      source=["SDF official", "SDF", "Syrian Democratic Forces"]),
    E(True, "SDF and coalition forces detained five suspected ISIS members in a raid near the town of Hajin", STR, ARRESTS,
      actor1=SDF + COALITION, actor2=ISIS + ["suspected ISIS members"], location=HAJIN, date=D("2019-12-23"),
      source=["SDF", "Syrian Democratic Forces"]),
    # background paragraph: older events, non-core
    E(False, "the SDF declared the end of the group's territorial rule with the capture of Baghouz in March", BAT, NSAOVER,
      actor1=SDF, actor2=ISIS, location=BAGHOUZ, date=D("2019-03-01", "2019-03-31"), source=["author", "SDF"]),
    # Turkish forces abroad with Syrian factions seizing towns: sub-type is a judgement call (see report)
    E(False, "Turkey and allied Syrian factions launched an offensive against the SDF and seized the border towns of Tal Abyad and Ras al-Ain",
      BAT, NSAOVER, actor1=TURKEY + SNA + ["allied Syrian factions"], actor2=SDF, location=RASALAIN,
      date=D("2019-10-01", "2019-10-31"), source=["author"]),
    E(False, "the group could try to free thousands of fighters held in SDF-run prisons if security lapses", BAT, CLASH,
      actor1=ISIS, actor2=SDF, source=["Coalition officials"], status="hypothetical"),
]

T17 = """Rebels sweep into Aleppo as government defences crumble

BEIRUT, Nov. 30 — Insurgents led by Hayat Tahrir al-Sham (HTS) swept into Aleppo on Friday, seizing government buildings, police stations and the city's central square with little resistance, witnesses and rebel commanders said, in the most dramatic shift on Syria's battlefield in years.

The Syrian army's General Command acknowledged in a statement on Saturday that "terrorist organisations" had entered large parts of Aleppo and said dozens of soldiers had been killed or wounded in the battles there. It described the withdrawal of its troops as a temporary redeployment ahead of a counter-attack.

The offensive began on Nov. 27 from rebel-held Idlib. Since then, at least 277 people have been killed, most of them fighters from both sides, according to the Syrian Observatory for Human Rights.

Late on Friday, Russian and Syrian government warplanes struck Idlib city and the western countryside of Aleppo, killing at least nine civilians in Idlib, the White Helmets rescue group said.

Early on Saturday, an air strike hit a convoy of displaced families near Tal Rifat, north of Aleppo, killing five people, residents said. They said the strike was carried out by either Turkish or Syrian government aircraft, both of which were active over the area.

Opposition fighters were reportedly advancing toward Hama, though this could not be confirmed.

Reuters reported, citing two Syrian army sources, that Russia had promised Damascus additional military aid that would start arriving within 72 hours.

The army vowed to retake every area it had lost and "restore the authority of the state". Kremlin spokesman Dmitry Peskov said Moscow regarded the offensive as an attack on Syria's sovereignty and backed swift action to restore order.
"""

REBELS = HTS + ["Insurgents", "rebels", "terrorist organisations", "opposition"]
ARMYGC = ["Syrian army", "General Command", "Syrian army's General Command", "army"]
E17 = [
    E(True, "Insurgents led by Hayat Tahrir al-Sham (HTS) swept into Aleppo on Friday", BAT, NSAOVER,
      actor1=REBELS, actor2=SYGOV, location=ALEPPO, date=D("2024-11-29"),
      source=["witnesses", "rebel commanders", "author"], incident="aleppo-2024-11-29"),
    # the army's version of the same event; "dozens ... killed or wounded" -> casualties 24..
    E(True, "\"terrorist organisations\" had entered large parts of Aleppo and said dozens of soldiers had been killed or wounded",
      BAT, NSAOVER, actor1=REBELS, actor2=SYGOV, location=ALEPPO, date=D("2024-11-29", "2024-11-30"),
      casualties=R(24, None), source=ARMYGC, incident="aleppo-2024-11-29"),
    E(False, "at least 277 people have been killed, most of them fighters from both sides", BAT, CLASH,
      actor1=REBELS, actor2=SYGOV, date=D("2024-11-27", "2024-11-30"), killed=R(277, None), source=SOHR,
      aggregate=True),
    E(True, "Russian and Syrian government warplanes struck Idlib city and the western countryside of Aleppo, killing at least nine civilians in Idlib",
      EXP, AIR, actor1=RUSSIA + SYGOV, actor2=CIV, location=IDLIB, date=D("2024-11-29"), killed=R(9, None),
      source=WH),
    # uncertain perpetrator: both alternatives acceptable
    E(True, "an air strike hit a convoy of displaced families near Tal Rifat, north of Aleppo, killing five people", EXP, AIR,
      actor1=TURKEY + SYGOV + UNK, actor2=CIV + ["displaced families"], location=TALRIFAT, date=D("2024-11-30"),
      killed=R(5), source=["residents"]),
    E(False, "Opposition fighters were reportedly advancing toward Hama", BAT, CLASH,
      actor1=REBELS, actor2=SYGOV, location=HAMA, date=D("2024-11-30"), source=["author"], status="possible"),
    E(False, "Russia had promised Damascus additional military aid that would start arriving within 72 hours", STR, OTHER,
      actor1=RUSSIA, actor2=SYGOV, source=["Reuters", "two Syrian army sources", "Syrian army sources"], status="planned"),
    E(False, "The army vowed to retake every area it had lost", BAT, GOVREG,
      actor1=SYGOV, actor2=REBELS, source=ARMYGC, status="planned"),
]

T18 = """Coastal Syria: toll mounts as security operations continue for a third day

Daily bulletin, 8 March 2025

The monitor has continued to document killings in the coastal provinces of Latakia and Tartus and in the countryside of Hama since the outbreak of violence on Thursday (2025-03-06).

The violence began on Thursday afternoon, when gunmen loyal to the former regime ambushed a General Security patrol near the town of Jableh in the Latakia countryside, killing at least 13 of its members. The gunmen then attacked checkpoints and besieged a security building in the town, according to local sources.

On Friday, members of the security forces and allied armed factions that arrived as reinforcements executed dozens of Alawite civilians, among them women and children, in the al-Qusour neighbourhood of Baniyas, residents told the monitor. Bodies were left in the streets and on the balconies of homes.

The Ministry of Defence denied that its units had targeted civilians in Baniyas, saying that “individual violations” by “undisciplined groups” would be referred to a military court, and that its forces were pursuing “remnants of the former regime”.

Also on Friday, government helicopters struck positions of the insurgents in the mountains near al-Qardaha, the hometown of the ousted president, the ministry said.

There are unconfirmed reports that fighters of the former regime seized several checkpoints in the countryside of Tartus on Friday night.

With these new documented deaths, the number of people killed since Thursday has risen to 553, including 340 civilians, 120 members of the security forces and 93 gunmen loyal to the former regime.

The monitor calls on the transitional authorities to stop the killings immediately, to protect civilians regardless of their sect and to open an independent investigation.
"""

MON = ["monitor", "author"]
MODSY = ["Ministry of Defence", "ministry", "Syrian Ministry of Defence", "defence ministry"]
E18 = [
    # ambush on an armed patrol -> Battles/Armed clash
    E(True, "gunmen loyal to the former regime ambushed a General Security patrol near the town of Jableh in the Latakia countryside, killing at least 13 of its members",
      BAT, CLASH, actor1=LOYAL, actor2=TRANSGOV, location=JABLEH, date=D("2025-03-06"), killed=R(13, None),
      source=MON),
    E(True, "The gunmen then attacked checkpoints and besieged a security building in the town", BAT, CLASH,
      actor1=LOYAL, actor2=TRANSGOV, location=JABLEH, date=D("2025-03-06"), source=["local sources"] + MON),
    E(True, "members of the security forces and allied armed factions that arrived as reinforcements executed dozens of Alawite civilians",
      VAC, ATTACK, actor1=TRANSGOV + ["allied armed factions"], actor2=CIV + ["Alawite civilians", "Alawites"],
      location=BANIYAS, date=D("2025-03-07"), killed=R(24, None), source=["residents"] + MON,
      incident="baniyas-2025-03-07"),
    # the denial concerns the story's central event -> core, status denied
    E(True, "The Ministry of Defence denied that its units had targeted civilians in Baniyas", VAC, ATTACK,
      actor1=TRANSGOV, actor2=CIV, location=BANIYAS, date=D("2025-03-07"), source=MODSY, status="denied",
      incident="baniyas-2025-03-07"),
    E(True, "government helicopters struck positions of the insurgents in the mountains near al-Qardaha", EXP, AIR,
      actor1=TRANSGOV, actor2=LOYAL, location=QARDAHA, date=D("2025-03-07"), source=MODSY),
    E(False, "fighters of the former regime seized several checkpoints in the countryside of Tartus on Friday night",
      BAT, NSAOVER, actor1=LOYAL, actor2=TRANSGOV, location=TARTUS, date=D("2025-03-07", "2025-03-08"),
      source=["unconfirmed reports"], status="possible"),
    E(False, "the number of people killed since Thursday has risen to 553", VAC, ATTACK,
      actor1=TRANSGOV + LOYAL, actor2=CIV, location=L(["Latakia", "Tartus", "coastal provinces"], 35.30, 35.95),
      date=D("2025-03-06", "2025-03-08"), killed=R(553), source=MON, aggregate=True),
]

T19 = """Israel strikes Damascus as fighting rages in Druze city of Sweida

DAMASCUS/JERUSALEM, July 16 — Israeli warplanes struck the entrance of the Syrian defence ministry's headquarters in central Damascus on Wednesday, killing three people and wounding 34, the Syrian health ministry said, as Israel escalated its intervention in the fighting in the Druze-majority city of Sweida.

The Israeli military said its jets had hit the entrance of the General Staff compound in Damascus and a military target near the presidential palace, and that it was acting to protect the Druze community. It did not give casualty figures.

Government forces entered Sweida on Tuesday after two days of fighting between Druze militias and Bedouin tribal fighters. The defence ministry announced a ceasefire with the city's Druze religious leaders the same day, but it collapsed within hours as clashes resumed between government troops and Druze gunmen.

On Tuesday, gunmen wearing military uniforms stormed a family guesthouse in Sweida and shot dead at least nine men, according to the Syrian Observatory for Human Rights, which published a video of the aftermath. The interior ministry said it would investigate.

Israeli drones had already struck government tanks and armoured vehicles on the road into Sweida on Monday, killing two soldiers, according to the Syrian army.

The violence started on Sunday after the abduction of a Druze vegetable merchant on the Damascus-Sweida highway last week, which set off a cycle of kidnappings and clashes.

Israel's defence minister, Israel Katz, threatened that the "painful blows" would continue until government forces withdrew from Sweida. More than 250 people have been killed since Sunday, the Observatory said.
"""

DRUZE = ["Druze militias", "Druze gunmen", "Druze", "Druze fighters"]
E19 = [
    E(True, "Israeli warplanes struck the entrance of the Syrian defence ministry's headquarters in central Damascus on Wednesday, killing three people and wounding 34",
      EXP, AIR, actor1=ISRAEL, actor2=TRANSGOV + ["Syrian defence ministry", "defence ministry"], location=DAMASCUS,
      date=D("2025-07-16"), killed=R(3), injured=R(34), source=["Syrian health ministry", "health ministry"],
      incident="damascus-2025-07-16"),
    E(True, "its jets had hit the entrance of the General Staff compound in Damascus and a military target near the presidential palace",
      EXP, AIR, actor1=ISRAEL, actor2=TRANSGOV + ["General Staff"], location=DAMASCUS, date=D("2025-07-16"),
      source=["Israeli military", "IDF", "Israel"], incident="damascus-2025-07-16"),
    E(True, "Government forces entered Sweida on Tuesday", BAT, GOVREG,
      actor1=TRANSGOV, actor2=DRUZE, location=SWEIDA, date=D("2025-07-15"), source=["author"]),
    E(False, "two days of fighting between Druze militias and Bedouin tribal fighters", BAT, CLASH,
      actor1=DRUZE, actor2=["Bedouin tribal fighters", "Bedouin", "tribal fighters"], location=SWEIDA,
      date=D("2025-07-13", "2025-07-14"), source=["author"]),
    E(True, "The defence ministry announced a ceasefire with the city's Druze religious leaders the same day", STR, AGREE,
      actor1=TRANSGOV + MODSY, actor2=["Druze religious leaders", "Druze"], location=SWEIDA, date=D("2025-07-15"),
      source=["author", "defence ministry"]),
    E(True, "clashes resumed between government troops and Druze gunmen", BAT, CLASH,
      actor1=TRANSGOV + ["government troops"], actor2=DRUZE, location=SWEIDA, date=D("2025-07-15"),
      source=["author"]),
    # perpetrator described only by dress: acceptable names include the uncertain reading
    E(True, "gunmen wearing military uniforms stormed a family guesthouse in Sweida and shot dead at least nine men",
      VAC, ATTACK, actor1=UNK + ["gunmen", "gunmen wearing military uniforms"] + TRANSGOV,
      actor2=CIV + ["men", "family", "Druze"], location=SWEIDA, date=D("2025-07-15"), killed=R(9, None),
      source=SOHR),
    E(True, "Israeli drones had already struck government tanks and armoured vehicles on the road into Sweida on Monday, killing two soldiers",
      EXP, AIR, actor1=ISRAEL, actor2=TRANSGOV + ["Syrian army", "government tanks"], location=SWEIDA,
      date=D("2025-07-14"), killed=R(2), source=["Syrian army", "army"]),
    # background; "last week" -> Mon 2025-07-07 .. Sun 2025-07-13; no perpetrator named
    E(False, "the abduction of a Druze vegetable merchant on the Damascus-Sweida highway last week", VAC, ABDUCT,
      actor1=UNK, actor2=CIV + ["Druze vegetable merchant", "merchant"],
      location=L(["Damascus-Sweida highway", "Sweida"]), date=D("2025-07-07", "2025-07-13"), source=["author"]),
    E(False, "threatened that the \"painful blows\" would continue until government forces withdrew from Sweida", EXP, AIR,
      actor1=ISRAEL, actor2=TRANSGOV, location=SWEIDA, source=["Israel Katz", "Katz", "Israel's defence minister"],
      status="planned"),
    E(False, "More than 250 people have been killed since Sunday", BAT, CLASH,
      actor1=TRANSGOV + DRUZE, location=SWEIDA, date=D("2025-07-13", "2025-07-16"), killed=R(251, None),
      source=SOHR, aggregate=True),
]

T20 = """U.S. strikes Iran-linked sites in eastern Syria after new attacks on troops

WASHINGTON, Nov. 13 — U.S. fighter jets struck a training facility near Albu Kamal on Sunday and, minutes later, bombed a safe house near Mayadin, targeting sites used by Iran's Revolutionary Guards and allied militias in eastern Syria, the Pentagon said.

"The President has no higher priority than the safety of U.S. personnel," Defense Secretary Lloyd Austin said in a statement, adding that the strikes were a response to continued attacks by Iran-backed groups.

Reuters reported, citing two U.S. officials, that the strike near Albu Kamal killed five to seven militants. The Pentagon itself gave no casualty estimate.

Hours before the strikes, on Saturday, several rockets were fired at U.S. troops at the al-Omar oil field. "None of our personnel were hurt and there was no damage to infrastructure," said Major General Pat Ryder, the Pentagon press secretary.

U.S. forces in Iraq and Syria have been attacked at least 46 times since Oct. 17, and 56 personnel have suffered minor injuries, most of them traumatic brain injuries, according to the Pentagon. Iran's mission to the United Nations has denied that Tehran had any role in those attacks.

Ryder said the United States would take further action "at a time and place of our choosing" if the attacks continued.
"""

PENT = ["Pentagon", "Department of Defense", "Lloyd Austin", "U.S. military"]
E20 = [
    E(True, "U.S. fighter jets struck a training facility near Albu Kamal on Sunday", EXP, AIR,
      actor1=US, actor2=IRGC + IRI, location=ALBUKAMAL, date=D("2023-11-12"), source=PENT,
      incident="albukamal-2023-11-12"),
    E(True, "bombed a safe house near Mayadin", EXP, AIR,
      actor1=US, actor2=IRGC + IRI, location=MAYADIN, date=D("2023-11-12"), source=PENT),
    # second source's version of the Albu Kamal strike, with a citing chain
    E(True, "the strike near Albu Kamal killed five to seven militants", EXP, AIR,
      actor1=US, actor2=IRGC + IRI + ["militants"], location=ALBUKAMAL, date=D("2023-11-12"), killed=R(5, 7),
      source=["Reuters", "U.S. officials", "two U.S. officials"], incident="albukamal-2023-11-12"),
    # "None of our personnel were hurt" -> 0 killed, 0 injured
    E(True, "several rockets were fired at U.S. troops at the al-Omar oil field", EXP, SHELL,
      actor1=UNK + IRI, actor2=US + ["U.S. troops"], location=OMAR, date=D("2023-11-11"), killed=R(0), injured=R(0),
      source=["Pentagon", "Pat Ryder", "Pentagon press secretary"]),
    E(False, "U.S. forces in Iraq and Syria have been attacked at least 46 times since Oct. 17", EXP, AIR,
      actor1=IRI + UNK, actor2=US, date=D("2023-10-17", "2023-11-13"), injured=R(56), source=PENT, aggregate=True),
    E(False, "Iran's mission to the United Nations has denied that Tehran had any role in those attacks", EXP, AIR,
      actor1=["Iran", "Tehran"], actor2=US, source=["Iran's mission to the United Nations", "Iran"],
      status="denied", aggregate=True),
    E(False, "the United States would take further action \"at a time and place of our choosing\" if the attacks continued",
      EXP, AIR, actor1=US, actor2=IRI + IRGC, source=["Ryder", "Pat Ryder", "Pentagon"], status="hypothetical"),
]

# (id, outlet, published, voice, theme, text, events)
DOCS = [
    ("dev-a-01", "wire", "2024-01-14", "wire report", "NE Syria: Turkish strikes on SDF", T01, E01),
    ("dev-a-02", "SOHR-style monitor bulletin", "2023-08-30", "monitor bulletin", "Deir ez-Zor tribal clashes Aug 2023", T02, E02),
    ("dev-a-03", "SDF press statement", "2024-03-04", "official statement (SDF)", "NE Syria: SDF vs ISIS cells, Turkish drone near Kobani", T03, E03),
    ("dev-a-04", "Turkish Ministry of National Defence", "2023-10-06", "official statement (Turkish ministry)", "NE/N Syria: Turkish air operations", T04, E04),
    ("dev-a-05", "Russian Defence Ministry briefing", "2023-06-26", "official statement (Russian MoD)", "Idlib: Russian strikes", T05, E05),
    ("dev-a-06", "wire", "2023-06-26", "wire report, three versions", "Idlib: Jisr al-Shughur market strike", T06, E06),
    ("dev-a-07", "IDF Spokesperson's Unit", "2023-10-10", "official statement (IDF)", "South: rockets from Syria, Israeli strikes near Daraa", T07, E07),
    ("dev-a-08", "pro-government daily", "2023-03-08", "partisan op-ed (pro-government)", "Israeli strike on Aleppo airport", T08, E08),
    ("dev-a-09", "opposition news site", "2021-06-14", "partisan op-ed (pro-opposition)", "Idlib: Jabal al-Zawiya shelling", T09, E09),
    ("dev-a-10", "resistance-axis site", "2023-11-20", "partisan op-ed (pro-resistance)", "NE Syria: militia attacks on U.S. bases", T10, E10),
    ("dev-a-11", "Daraa local news", "2024-02-07", "local news", "South: Daraa assassinations and IEDs", T11, E11),
    ("dev-a-12", "Sweida local news", "2024-01-19", "local news", "South: Jordanian strikes on smugglers, Sweida protests", T12, E12),
    ("dev-a-13", "wire", "2023-02-18", "round-up", "Badia truffle hunters, al-Bab, SNA infighting, HTS raid", T13, E13),
    ("dev-a-14", "wire", "2025-01-20", "denial", "Tishreen Dam: Turkish drone strike denied", T14, E14),
    ("dev-a-15", "analysis blog", "2022-11-15", "speculative piece", "Israeli strikes: blasts at T4", T15, E15),
    ("dev-a-16", "wire", "2019-12-26", "wire report with background paragraph", "NE Syria: ISIS attack near al-Hol", T16, E16),
    ("dev-a-17", "wire", "2024-11-30", "wire report, two versions", "Late-2024 offensive: Aleppo falls", T17, E17),
    ("dev-a-18", "SOHR-style monitor bulletin", "2025-03-08", "monitor bulletin", "2025 coastal violence", T18, E18),
    ("dev-a-19", "wire", "2025-07-16", "wire report, two versions", "2025 Sweida clashes, Israeli strikes on Damascus", T19, E19),
    ("dev-a-20", "wire", "2023-11-13", "wire report, citing chain", "U.S. strikes near Albu Kamal/Mayadin, rocket attack on al-Omar", T20, E20),
]

# Weekday arithmetic, checked: (doc, phrase, resolved date, weekday it must be)
WEEKDAYS = [
    ("dev-a-01", "on Saturday", "2024-01-13", "Saturday"), ("dev-a-01", "Late on Friday", "2024-01-12", "Friday"),
    ("dev-a-02", "at dawn on Tuesday", "2023-08-29", "Tuesday"), ("dev-a-02", "on Sunday", "2023-08-27", "Sunday"),
    ("dev-a-03", "3 March 2024 / Sunday evening", "2024-03-03", "Sunday"),
    ("dev-a-04", "yesterday / Thursday", "2023-10-05", "Thursday"), ("dev-a-04", "1 October", "2023-10-01", "Sunday"),
    ("dev-a-05", "Yesterday", "2023-06-25", "Sunday"), ("dev-a-06", "on Sunday", "2023-06-25", "Sunday"),
    ("dev-a-07", "On Monday night", "2023-10-09", "Monday"), ("dev-a-07", "Earlier this evening", "2023-10-10", "Tuesday"),
    ("dev-a-08", "early hours of Tuesday", "2023-03-07", "Tuesday"), ("dev-a-08", "on Monday", "2023-03-06", "Monday"),
    ("dev-a-09", "On Saturday", "2021-06-12", "Saturday"), ("dev-a-09", "On Thursday", "2021-06-10", "Thursday"),
    ("dev-a-09", "on Friday", "2021-06-11", "Friday"), ("dev-a-09", "On Sunday", "2021-06-13", "Sunday"),
    ("dev-a-09", "Three weeks ago (week start)", "2021-05-24", "Monday"),
    ("dev-a-10", "Last night", "2023-11-19", "Sunday"), ("dev-a-10", "On Friday", "2023-11-17", "Friday"),
    ("dev-a-11", "yesterday / at dawn on Tuesday", "2024-02-06", "Tuesday"), ("dev-a-11", "On Monday", "2024-02-05", "Monday"),
    ("dev-a-11", "Late on Sunday night", "2024-02-04", "Sunday"),
    ("dev-a-12", "at dawn on Thursday / Yesterday", "2024-01-18", "Thursday"),
    ("dev-a-13", "on Friday", "2023-02-17", "Friday"), ("dev-a-13", "on Thursday evening", "2023-02-16", "Thursday"),
    ("dev-a-14", "on Saturday", "2025-01-18", "Saturday"), ("dev-a-14", "On Sunday", "2025-01-19", "Sunday"),
    ("dev-a-14", "Three weeks ago (week start)", "2024-12-30", "Monday"),
    ("dev-a-15", "late on Sunday", "2022-11-13", "Sunday"),
    ("dev-a-16", "Christmas Eve", "2019-12-24", "Tuesday"), ("dev-a-16", "Yesterday", "2019-12-25", "Wednesday"),
    ("dev-a-16", "On Monday", "2019-12-23", "Monday"),
    ("dev-a-17", "on Friday", "2024-11-29", "Friday"), ("dev-a-17", "Early on Saturday", "2024-11-30", "Saturday"),
    ("dev-a-17", "Nov. 27", "2024-11-27", "Wednesday"),
    ("dev-a-18", "Thursday (2025-03-06)", "2025-03-06", "Thursday"), ("dev-a-18", "On Friday", "2025-03-07", "Friday"),
    ("dev-a-19", "on Wednesday", "2025-07-16", "Wednesday"), ("dev-a-19", "on Tuesday", "2025-07-15", "Tuesday"),
    ("dev-a-19", "on Monday", "2025-07-14", "Monday"), ("dev-a-19", "on Sunday", "2025-07-13", "Sunday"),
    ("dev-a-19", "last week (start)", "2025-07-07", "Monday"),
    ("dev-a-20", "on Sunday", "2023-11-12", "Sunday"), ("dev-a-20", "on Saturday", "2023-11-11", "Saturday"),
]


def check(did, text, published, events):
    title, blank = text.splitlines()[:2]
    assert title and not blank, (did, "headline, blank line, body")
    words = len(text.split("\n", 2)[2].split())
    assert 150 <= words <= 450, (did, words)
    pub = dt.date.fromisoformat(published)
    for e in events:
        assert text.count(e["evidence"]) == 1, (did, "evidence must occur exactly once", e["evidence"])
        assert e["sub_event_type"] in TYPES[e["event_type"]], (did, e["sub_event_type"])
        assert e["status"] in STATUSES, (did, e["status"])
        for k in ("killed", "injured", "casualties"):
            if k in e:
                lo, hi = e[k]["min"], e[k]["max"]
                assert lo >= 0 and (hi is None or hi >= lo), (did, k, e[k])
        if "date" in e:
            s, t = (dt.date.fromisoformat(e["date"][x]) for x in ("start", "end"))
            assert s <= t <= pub, (did, e["evidence"], e["date"])
        if "location" in e and "lat" in e["location"]:
            lat, lon = e["location"]["lat"], e["location"]["lon"]
            if e["location"]["country"] == "SY":
                assert 32.3 <= lat <= 37.4 and 35.6 <= lon <= 42.4, (did, e["location"])
        assert e["source"], (did, e["evidence"])
    return words


def main():
    write_gold(__file__, DOCS, WEEKDAYS, "dev_a", check)


if __name__ == "__main__":
    main()
