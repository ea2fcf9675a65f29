"""Builds eval/gold/test/test.gold.jsonl: the HELD-OUT test set of sitrep.

Fourteen short articles written for this project in our own words (they
describe real incidents of 2015-2025 but copy no real sentence), in varied
voices, with hand-made gold events in the format of SPEC.md section 6 and
eval/gold/ANNOTATION.md. The gold encodes what each TEXT says (including its
slant and errors), not what is true.

Do not tune anything on this set: it is for the final measurement only.

Run:  python build_test.py   (stdlib only; checks every evidence string is a
substring of its text and occurs there exactly once, then writes the JSONL).

Conventions used throughout (see also the comments at each document):
- Every claim that states an event gets a gold event; restatements of an event
  already annotated (headlines, a second sentence about the same act by the
  same source) are non-core copies.
- Background: a brief reference inside another sentence ("since an attack on
  Damascus airport in early January") is non-core; a past event told in its
  own clause with its act, victims and place/time is core, however old.
- Two sources' versions of one event -> one gold event per version (core).
- "dozens" -> 24..None, "more than N" -> N+1..None, "at least N" -> N..None,
  "no casualties"/"nobody was hurt" -> killed 0..0 and injured 0..0.
- Locations: coordinates of the named place (for "near X"/"east of X": X);
  regions and seas without a point get names only (name match).
- Every event carries "aggregate" (extra key; SPEC section 4 meaning).
"""
import datetime
import json
import pathlib

# --------------------------------------------------------------------------
# acceptable-name lists (no two-letter names)
ISR = ["Israel", "Israeli", "Israel Defense Forces", "IDF", "Israeli military",
       "Israeli army", "Military Forces of Israel"]
SYR = ["Syrian government", "Syrian army", "Syrian regime", "regime", "regime forces",
       "government forces", "Syrian Arab Army", "Military Forces of Syria"]
RUS = ["Russia", "Russian", "Russian warplanes", "Military Forces of Russia"]
OPP = ["opposition factions", "opposition", "rebels", "Hayat Tahrir al-Sham", "HTS",
       "National Front for Liberation"]
TUR = ["Turkey", "Turkish", "Turkiye", "Türkiye", "Ankara", "Turkish army",
       "Turkish Armed Forces", "Military Forces of Turkey"]
SDF = ["Syrian Democratic Forces", "SDF", "Kurdish-led forces", "YPG", "Asayish",
       "Autonomous Administration"]
USA = ["United States", "U.S.", "American", "Americans", "U.S. forces", "U.S. military",
       "Pentagon", "CENTCOM", "Central Command", "Military Forces of the United States"]
ISIS = ["Islamic State", "ISIS", "ISIL", "Daesh"]
IRQ = ["Iraqi security forces", "Iraqi army", "Iraqi forces", "Iraqi Air Force",
       "Military Forces of Iraq"]
IRQPOL = ["police", "Iraqi police", "Federal Police", "Police Forces of Iraq"]
PMF = ["Popular Mobilisation Forces", "Popular Mobilization Forces", "PMF",
       "Hashd al-Shaabi", "paramilitary"]
HOU = ["Houthi", "Houthis", "Ansar Allah", "Ansarallah", "Huthi"]
HEZ = ["Hezbollah", "Hizbullah", "Hizballah"]
PKK = ["PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party", "HPG",
       "People's Defence Forces", "Kurdish militants"]
IRGC = ["Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards", "Guards",
        "Iran", "Iranian", "Military Forces of Iran"]
PAK = ["Pakistan", "Pakistani", "Pakistani military", "Military Forces of Pakistan"]
JOR = ["Jordan", "Jordanian", "Jordanian army", "Jordanian air force",
       "Jordanian Armed Forces", "Military Forces of Jordan"]
UNK = ["unknown", "unidentified"]
CIV = ["civilians"]

ERV = "Explosions/Remote violence"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
BAT = "Battles"
CLASH = "Armed clash"
SD = "Strategic developments"
DWU = "Disrupted weapons use"
VAC = "Violence against civilians"


def loc(names, lat=None, lon=None, country=None):
    d = {"names": names}
    if lat is not None:
        d["lat"], d["lon"] = lat, lon
    if country:
        d["country"] = country
    return d


def day(a, b=None):
    return {"start": a, "end": b or a}


def n(lo, hi="same"):
    return {"min": lo, "max": lo if hi == "same" else hi}


def ev(core, evidence, etype, sub, source, status="occurred", aggregate=False, **kw):
    e = {"core": core, "evidence": evidence, "event_type": etype, "sub_event_type": sub}
    for k in ("actor1", "actor2", "location", "date", "killed", "injured", "casualties"):
        if k in kw:
            e[k] = kw.pop(k)
    assert not kw, kw
    e["source"] = source
    e["status"] = status
    e["aggregate"] = aggregate
    return e


# places (lat/lon checked against GeoNames; ~10 km)
KAFRSOUSA = loc(["Kafr Sousa", "Kafr Souseh", "Kafarsouseh", "Kfar Sousa", "Damascus"], 33.50, 36.27, "SY")
DAMASCUS = loc(["Damascus", "Dimashq"], 33.51, 36.29, "SY")
DAM_AIRPORT = loc(["Damascus airport", "Damascus International Airport", "Damascus"], 33.41, 36.51, "SY")
JASIM = loc(["Jasim", "Jassem", "Jasem"], 32.99, 36.06, "SY")
MAARAT = loc(["Maarat al-Numan", "Maarat al-Nouman", "Ma'arrat al-Nu'man", "Maaret al-Numan",
              "Ma`arrat an Nu`man"], 35.65, 36.68, "SY")
ARIHA = loc(["Ariha", "Areeha"], 35.81, 36.61, "SY")
KHANSH = loc(["Khan Sheikhoun", "Khan Shaykhun", "Khan Shaykhoun"], 35.44, 36.65, "SY")
KAFRNAB = loc(["Kafr Nabudah", "Kafr Nabuda", "Kafranbouda", "Kafr Naboudeh"], 35.43, 36.51, "SY")
KABANI = loc(["Kabani", "Kbani", "Kabbani", "Latakia countryside"], 35.78, 36.25, "SY")
SWEDIYAH = loc(["Swediyah", "Suwaydiyah", "Sweidiyeh", "Rmelan", "Rumeilan", "Rimelan", "Rumaylan"],
               37.00, 42.02, "SY")
DERIK = loc(["Derik", "Al-Malikiyah", "Al Malikiyah", "Malikiyah"], 37.18, 42.14, "SY")
HASAKAH = loc(["Hasakah", "Al-Hasakah", "Al Hasakah", "Hasakeh"], 36.50, 40.75, "SY")
AMUDA = loc(["Amuda", "Amouda", "Qamishli", "Al Qamishli"], 37.08, 41.08, "SY")
ANKARA = loc(["Ankara"], 39.93, 32.86, "TR")
KOBANI = loc(["Kobani", "Kobane", "Ayn al-Arab", "Ain al-Arab"], 36.89, 38.35, "SY")
MASYAF = loc(["Masyaf", "Misyaf", "Scientific Studies and Research Centre"], 35.07, 36.34, "SY")
ALEPPO_AIRPORT = loc(["Aleppo airport", "Aleppo International Airport", "Aleppo"], 36.18, 37.22, "SY")
MAKHMOUR = loc(["Qarachogh", "Qara Chokh", "Qarachokh", "Makhmour", "Makhmur", "Mexmur"], 35.78, 43.58, "IQ")
RUTBA = loc(["Rutba", "Rutbah", "Ar Rutbah"], 33.04, 40.29, "IQ")
TARMIYAH = loc(["Tarmiyah", "Tarmiya", "At Tarmiyah"], 33.67, 44.40, "IQ")
BASRA = loc(["Basra", "Basrah", "Al Basrah"], 30.51, 47.78, "IQ")
BASRA_AIRPORT = loc(["Basra International Airport", "Basra airport", "Basra"], 30.55, 47.66, "IQ")
ZUBAIR = loc(["Zubair", "Az Zubayr", "Zubayr", "Rumaila"], 30.39, 47.70, "IQ")
KALSU = loc(["Camp Kalsu", "Kalsu", "Iskandariya", "Iskandariyah", "Babil"], 32.89, 44.35, "IQ")
RED_SEA = loc(["southern Red Sea", "Red Sea", "Gulf of Aden"], country="YE")
GULF_ADEN = loc(["Gulf of Aden"], country="YE")
HOUTHI_YEMEN = loc(["Houthi-held territory", "Yemen"], country="YE")
ADEN = loc(["Aden", "Gulf of Aden"], 12.78, 45.04, "YE")
MARIB = loc(["Marib", "Ma'rib", "Marib city"], 15.46, 45.32, "YE")
SIRWAH = loc(["Sirwah", "Serwah", "Sirwa"], 15.45, 45.02, "YE")
KHAMIS = loc(["Khamis Mushait", "Khamis Mushayt"], 18.30, 42.73, "SA")
SAFED = loc(["Safed", "Tzfat", "Zefat", "Safad"], 32.96, 35.50, "IL")
NABATIEH = loc(["Nabatieh", "Nabatiyeh", "Nabatiye", "An Nabatiyah"], 33.38, 35.48, "LB")
SAWANA = loc(["al-Sawana", "Sawana", "Souaneh", "al-Sawaneh", "Swaneh"], 33.19, 35.43, "LB")
KSHMONA = loc(["Kiryat Shmona", "Qiryat Shmona", "Kiryat Shemona"], 33.21, 35.57, "IL")
BEIRUT = loc(["Beirut"], 33.89, 35.50, "LB")
JOUAIYYA = loc(["Jouaiyya", "Jwaya", "Juwayya", "Jwayya", "Joueiya"], 33.23, 35.33, "LB")
SAFED_ROSHPINA = loc(["Safed", "Rosh Pina", "Rosh Pinna", "Tzfat"], 32.97, 35.52, "IL")
KFARGILADI = loc(["Kfar Giladi", "Kibbutz Kfar Giladi"], 33.24, 35.58, "IL")
N_ISRAEL = loc(["northern Israel", "Upper Galilee", "Galilee"], country="IL")
ARMAN = loc(["Arman", "Orman", "Urman", "Malh", "Sweida", "Suwayda", "As-Suwayda"], 32.46, 36.80, "SY")
E_SWEIDA = loc(["eastern Sweida", "Sweida", "Suwayda", "As-Suwayda"], country="SY")
SWEIDA_BORDER = loc(["frontier with Sweida province", "Sweida", "Suwayda", "Jordan-Syria border",
                     "Jordanian border"], country="JO")
METINA = loc(["Metina", "Claw-Lock", "northern Iraq"], 37.20, 43.45, "IQ")
N_IRAQ = loc(["northern Iraq", "Metina", "Hakurk", "Gara", "Qandil"], country="IQ")
ISTANBUL = loc(["Istanbul"], 41.01, 28.95, "TR")
SARAVAN = loc(["Saravan", "Sarawan", "Sistan-Baluchestan"], 27.37, 62.33, "IR")
PANJGUR = loc(["Panjgur", "Panjgoor"], 26.97, 64.09, "PK")
RASK = loc(["Rask", "Rasak"], 26.24, 61.40, "IR")
ERBIL = loc(["Erbil", "Arbil", "Irbil", "Hewler"], 36.19, 44.01, "IQ")
IDLIB = loc(["Idlib", "Idleb"], 35.93, 36.63, "SY")
KERMAN = loc(["Kerman"], 30.28, 57.08, "IR")

# ==========================================================================
# test-01  Syria — wire report; two versions of one strike (ministry vs SOHR)
T01 = """Missile strike on Damascus district kills five, tolls disputed

DAMASCUS, Feb 21 — Israeli warplanes fired missiles at a residential building in the Kafr Sousa district of Damascus shortly after midnight on Sunday, killing five people, among them a soldier, and wounding 15 others, Syria's defence ministry said.

The missiles were launched from over the occupied Golan Heights, the ministry said in a statement carried by the state news agency SANA. Syrian air defences intercepted most of the incoming missiles over the southern approaches to the capital, it added.

The Syrian Observatory for Human Rights, a Britain-based monitor that relies on a network of informants inside the country, said the strike had killed 15 people. Citing its sources on the ground, it said the dead included two civilians and several members of Iranian-backed groups, and that the building was used by officers of Iran's Revolutionary Guards.

The Israeli military declined to comment, in line with its policy of not discussing individual operations in Syria. The strike was the first on the capital since an attack on Damascus airport in early January put the facility out of service for a day.

Kafr Sousa, a tightly guarded neighbourhood that houses several security agencies and an Iranian cultural centre, was sealed off by troops for much of Sunday, residents said. Windows were blown out in buildings up to 200 metres away.

In the southern province of Daraa, two gunmen on a motorcycle shot dead a member of the Jasim town council outside his home on Monday evening, according to local activists. No group said it was behind the killing.
"""
MOD_SY = ["defence ministry", "Syrian defence ministry", "Syria's defence ministry",
          "Syrian Ministry of Defence", "ministry", "SANA"]
SOHR = ["Syrian Observatory for Human Rights", "SOHR", "Observatory", "monitor"]
E01 = [
    ev(False, "Missile strike on Damascus district kills five", ERV, AIR, ["author"] + MOD_SY,
       actor1=ISR + UNK, location=KAFRSOUSA, date=day("2023-02-19"), killed=n(5)),
    ev(True, "Israeli warplanes fired missiles at a residential building in the Kafr Sousa district of Damascus shortly after midnight on Sunday, killing five people",
       ERV, AIR, MOD_SY, actor1=ISR, actor2=CIV + ["residential building", "soldier", "Syrian army"],
       location=KAFRSOUSA, date=day("2023-02-19"), killed=n(5), injured=n(15)),
    # restatement by the same source in a second sentence
    ev(False, "The missiles were launched from over the occupied Golan Heights", ERV, AIR, MOD_SY,
       actor1=ISR, location=KAFRSOUSA, date=day("2023-02-19")),
    ev(True, "Syrian air defences intercepted most of the incoming missiles over the southern approaches to the capital",
       SD, DWU, MOD_SY, actor1=["Syrian air defences", "air defences"] + SYR, actor2=ISR,
       location=DAMASCUS, date=day("2023-02-19")),
    # second version of the same strike: the monitor's toll and target
    ev(True, "the strike had killed 15 people", ERV, AIR, SOHR, actor1=ISR,
       actor2=["Iranian-backed groups", "Revolutionary Guards", "IRGC", "Iran"] + CIV,
       location=KAFRSOUSA, date=day("2023-02-19"), killed=n(15)),
    # brief background reference
    ev(False, "an attack on Damascus airport in early January", ERV, AIR, ["author"],
       actor1=ISR + UNK, location=DAM_AIRPORT, date=day("2023-01-01", "2023-01-10")),
    ev(True, "two gunmen on a motorcycle shot dead a member of the Jasim town council outside his home on Monday evening",
       VAC, "Attack", ["local activists", "activists"], actor1=UNK + ["gunmen"],
       actor2=CIV + ["town council", "council member"], location=JASIM,
       date=day("2023-02-20"), killed=n(1)),
]

# ==========================================================================
# test-02  Syria — monitor bulletin (NW Syria offensive, May 2019)
T02 = """Daily toll: at least 11 civilians killed in Idlib and Hama

Syrian Network for Human Rights, documentation bulletin for Monday, May 27, 2019

SNHR field researchers documented the deaths of at least 11 civilians in north-western Syria on Monday, as the offensive by Syrian regime and Russian forces on the last opposition-held enclave entered its second month. The main incidents were as follows.

Idlib governorate: At about 1:30 pm, Russian fixed-wing warplanes fired missiles at the vegetable market in the centre of Maarat al-Numan, killing at least nine civilians, including two children and a woman, and wounding more than 20 others. Our researchers documented three separate impacts in the market, which was crowded with people shopping before the evening Ramadan meal.

Around 6 pm, regime helicopters dropped two barrel bombs on a farm on the southern edge of Ariha, killing a woman and her daughter.

Regime artillery stationed near Morek shelled residential neighbourhoods of Khan Sheikhoun through the afternoon, wounding between five and seven civilians; the local civil defence centre and our researchers gave different counts.

Hama governorate: Fierce fighting continued around Kafr Nabudah in the northern Hama countryside between regime forces and allied militias on one side and opposition factions, including Hayat Tahrir al-Sham and the National Front for Liberation, on the other. Dozens of fighters were killed on both sides, according to medical sources in the area; as our daily toll covers civilians only, they are not included above. The opposition factions announced on Sunday evening that they had regained full control of Kafr Nabudah, a week after regime forces captured it.

Unverified reports: We are still investigating reports from the Kabani area of the Latakia countryside that regime forces used a toxic gas, believed to be chlorine, against opposition positions on the morning of May 19. We have not been able to verify these reports.

With Monday's victims, SNHR has documented the deaths of at least 229 civilians, 61 of them children, since the campaign began on April 26.
"""
SNHR = ["Syrian Network for Human Rights", "SNHR", "author", "field researchers"]
E02 = [
    ev(False, "at least 11 civilians killed in Idlib and Hama", ERV, AIR, SNHR, aggregate=True,
       actor1=SYR + RUS, actor2=CIV, location=loc(["Idlib", "Hama"], country="SY"),
       date=day("2019-05-27"), killed=n(11, None)),
    ev(False, "documented the deaths of at least 11 civilians in north-western Syria on Monday", ERV, AIR,
       SNHR, aggregate=True, actor1=SYR + RUS, actor2=CIV,
       location=loc(["north-western Syria", "Idlib", "Hama"], country="SY"),
       date=day("2019-05-27"), killed=n(11, None)),
    ev(True, "Russian fixed-wing warplanes fired missiles at the vegetable market in the centre of Maarat al-Numan, killing at least nine civilians",
       ERV, AIR, SNHR, actor1=RUS, actor2=CIV + ["vegetable market"], location=MAARAT,
       date=day("2019-05-27"), killed=n(9, None), injured=n(21, None)),
    # barrel bombs from helicopters -> air strike (ACLED convention)
    ev(True, "regime helicopters dropped two barrel bombs on a farm on the southern edge of Ariha, killing a woman and her daughter",
       ERV, AIR, SNHR, actor1=SYR + ["regime helicopters"], actor2=CIV, location=ARIHA,
       date=day("2019-05-27"), killed=n(2)),
    # the guns stand near Morek; the target (and event location) is Khan Sheikhoun
    ev(True, "Regime artillery stationed near Morek shelled residential neighbourhoods of Khan Sheikhoun",
       ERV, SHELL, SNHR + ["civil defence"], actor1=SYR + ["regime artillery"], actor2=CIV,
       location=KHANSH, date=day("2019-05-27"), injured=n(5, 7)),
    ev(True, "Fierce fighting continued around Kafr Nabudah in the northern Hama countryside between regime forces and allied militias on one side and opposition factions",
       BAT, CLASH, ["medical sources"] + SNHR, actor1=SYR, actor2=OPP, location=KAFRNAB,
       date=day("2019-05-27"), killed=n(24, None)),
    ev(True, "they had regained full control of Kafr Nabudah", BAT, "Non-state actor overtakes territory",
       ["opposition factions", "opposition"], actor1=OPP, actor2=SYR, location=KAFRNAB,
       date=day("2019-05-26")),
    ev(False, "a week after regime forces captured it", BAT, "Government regains territory", SNHR,
       actor1=SYR, actor2=OPP, location=KAFRNAB, date=day("2019-05-18", "2019-05-20")),
    # unconfirmed and not the bulletin's subject -> possible, non-core
    ev(False, "regime forces used a toxic gas, believed to be chlorine, against opposition positions on the morning of May 19",
       ERV, "Chemical weapon", SNHR + ["reports"], status="possible", actor1=SYR, actor2=OPP,
       location=KABANI, date=day("2019-05-19")),
    ev(False, "SNHR has documented the deaths of at least 229 civilians, 61 of them children, since the campaign began on April 26",
       ERV, AIR, SNHR, aggregate=True, actor1=SYR + RUS, actor2=CIV,
       location=loc(["Idlib", "Hama", "north-western Syria"], country="SY"),
       date=day("2019-04-26", "2019-05-27"), killed=n(229, None)),
]

# ==========================================================================
# test-03  Syria — partisan op-ed (pro-Kurdish side), Turkish strikes Oct 2023
T03 = """Ankara wants Rojava in the dark, and the world is letting it happen

Opinion

For five days now, Turkish drones have circled over north-east Syria like vultures over a wounded animal. Every morning we count our dead; every evening we count the power stations that are still standing.

Nothing about this campaign has to do with security. On Thursday, Turkish drones struck the Swediyah gas plant near Rmelan, the only facility that supplies cooking gas and much of the electricity for the cities of the Jazira. By nightfall more than a million people were without power.

The next day a drone hit the police training academy on the outskirts of Derik while young recruits were finishing their morning drill. The Asayish, our internal security forces, buried 29 of them.

Even the Americans, who sold Ankara its weapons for decades, had to shoot down one of its armed drones near Hasakah on Thursday, when it came too close to their own soldiers.

None of this started last week. Last month, a drone killed a mother and her two teenage sons as they drove between Amuda and Qamishli. Nobody in Brussels or Washington issued so much as a statement.

Ankara says it is taking revenge for the suicide bombing at the interior ministry in Ankara on October 1, and claims the two bombers came from Syria. Our administration has denied any link, and Turkey has offered no proof.

Turkish officials are open about what comes next. The defence minister promised on Friday that the air campaign would go on until the last "terrorist" had been eliminated.

Since Thursday, according to the Autonomous Administration, Turkish jets and drones have carried out more than 90 strikes across our region, killing at least 44 people, most of them civilians.

If the West keeps looking away, Turkish artillery will be shelling the streets of Kobani by winter, and the camps holding thousands of Islamic State fighters and their families will be left unguarded.

We defeated the caliphate with our blood. We will not be switched off like a light bulb.
"""
# "drones have circled ... like vultures", "switched off like a light bulb",
# "We defeated the caliphate": metaphor / generic -> no gold event.
E03 = [
    ev(True, "Turkish drones struck the Swediyah gas plant near Rmelan", ERV, AIR, ["author"],
       actor1=TUR, actor2=["Swediyah gas plant", "gas plant", "civilians", "Autonomous Administration"],
       location=SWEDIYAH, date=day("2023-10-05")),
    ev(True, "a drone hit the police training academy on the outskirts of Derik", ERV, AIR,
       ["author", "Asayish"], actor1=TUR + UNK,
       actor2=["police", "police training academy", "recruits", "Asayish", "Syrian Democratic Forces", "SDF"],
       location=DERIK, date=day("2023-10-06"), killed=n(29)),
    ev(True, "the Americans, who sold Ankara its weapons for decades, had to shoot down one of its armed drones near Hasakah",
       SD, DWU, ["author"], actor1=USA, actor2=TUR, location=HASAKAH, date=day("2023-10-05")),
    # told in its own sentence with victims, place and month -> core
    ev(True, "a drone killed a mother and her two teenage sons as they drove between Amuda and Qamishli",
       ERV, AIR, ["author"], actor1=TUR + UNK, actor2=CIV + ["mother", "sons"], location=AMUDA,
       date=day("2023-09-01", "2023-09-30"), killed=n(3)),
    ev(False, "the suicide bombing at the interior ministry in Ankara on October 1", ERV, "Suicide bomb",
       ["Ankara", "Turkey", "author"], actor1=["two bombers", "bombers", "PKK", "Kurdistan Workers' Party"] + UNK,
       actor2=["interior ministry", "Turkish interior ministry", "Police Forces of Turkey"],
       location=ANKARA, date=day("2023-10-01")),
    ev(False, "the air campaign would go on until the last \"terrorist\" had been eliminated", ERV, AIR,
       ["defence minister", "Turkish defence minister", "Turkish officials"], status="planned",
       actor1=TUR, actor2=SDF + ["terrorist"]),
    ev(False, "Turkish jets and drones have carried out more than 90 strikes across our region, killing at least 44 people",
       ERV, AIR, ["Autonomous Administration"], aggregate=True, actor1=TUR, actor2=CIV + SDF,
       location=loc(["north-east Syria", "northeast Syria", "Jazira"], country="SY"),
       date=day("2023-10-05", "2023-10-09"), killed=n(44, None)),
    ev(False, "Turkish artillery will be shelling the streets of Kobani by winter", ERV, SHELL, ["author"],
       status="hypothetical", actor1=TUR, location=KOBANI),
]

# ==========================================================================
# test-04  Syria — purely speculative analysis (Masyaf blast, Sept 2022)
T04 = """Blast near Masyaf: Israeli strike, sabotage or accident?

Analysis

Nobody has yet explained the explosions that lit up the hills west of Masyaf on Tuesday night. Residents of nearby villages posted videos of a fireball followed by secondary blasts that went on for almost an hour, and the glow was visible from the coastal highway. No casualty figures have been published.

The most obvious suspect is Israel. It may have been an Israeli air strike on the weapons workshops that Iranian-backed groups are said to run near the Scientific Studies and Research Centre, a site that Israeli jets are widely believed to have bombed last month. Israel's military, as usual, has said nothing.

More striking is the silence from Damascus. Syrian state media almost always announce Israeli raids, if only to claim that air defences shot most of the missiles down. This time they reported nothing at all, which has fed two other theories among analysts who follow Syria closely.

One is sabotage: charges planted inside the depot by someone with access, a method that has been used against Iranian-linked facilities before. The other is the most mundane: rocket propellant badly stored in the summer heat, a hazard that has caused deadly accidents at Syrian depots before.

What happens next is easier to predict. Israeli officials have made no secret that they will keep hitting Aleppo airport for as long as Iranian cargo planes land there, and its runway, struck twice in the past two weeks, may well be hit again before the month is out.

If Iran's allies were to answer by firing rockets into northern Israel, Israel would almost certainly widen its campaign to targets in Damascus itself.

Until someone claims it, the Masyaf blast will remain what it is now: a question mark with a very loud bang.
"""
# Generic statements ("Syrian state media almost always announce Israeli raids",
# "a method that has been used ... before") -> no gold event.
E04 = [
    ev(False, "Blast near Masyaf: Israeli strike, sabotage or accident?", ERV, AIR, ["author"], status="possible",
       actor1=ISR + UNK, location=MASYAF, date=day("2022-09-13", "2022-09-14")),
    # the piece's own subject: one specific unconfirmed event -> core, possible
    ev(True, "It may have been an Israeli air strike on the weapons workshops that Iranian-backed groups are said to run near the Scientific Studies and Research Centre",
       ERV, AIR, ["author", "analysts"], status="possible", actor1=ISR + UNK,
       actor2=["Iranian-backed groups", "Iran"], location=MASYAF, date=day("2022-09-13", "2022-09-14")),
    ev(False, "the explosions that lit up the hills west of Masyaf on Tuesday night", ERV, AIR,
       ["author", "Residents"], status="possible", actor1=UNK + ISR, location=MASYAF,
       date=day("2022-09-13", "2022-09-14")),
    ev(False, "a site that Israeli jets are widely believed to have bombed last month", ERV, AIR, ["author"],
       status="possible", actor1=ISR, location=MASYAF, date=day("2022-08-01", "2022-08-31")),
    ev(False, "they will keep hitting Aleppo airport for as long as Iranian cargo planes land there", ERV, AIR,
       ["Israeli officials"], status="planned", actor1=ISR, actor2=["Iran", "Iranian cargo planes"],
       location=ALEPPO_AIRPORT),
    ev(False, "its runway, struck twice in the past two weeks", ERV, AIR, ["author"], aggregate=True,
       actor1=ISR, location=ALEPPO_AIRPORT, date=day("2022-09-01", "2022-09-15")),
    ev(False, "may well be hit again before the month is out", ERV, AIR, ["author"], status="possible",
       actor1=ISR, location=ALEPPO_AIRPORT, date=day("2022-09-15", "2022-09-30")),
    ev(False, "firing rockets into northern Israel", ERV, SHELL, ["author"], status="hypothetical",
       actor1=["Iran's allies", "Iranian-backed groups", "Iran"], actor2=ISR,
       location=loc(["northern Israel"], country="IL")),
    ev(False, "Israel would almost certainly widen its campaign to targets in Damascus itself", ERV, AIR,
       ["author"], status="hypothetical", actor1=ISR, location=DAMASCUS),
]

# ==========================================================================
# test-05  Iraq — military statement (Security Media Cell), July 2021
T05 = """Security Media Cell: Daesh hideout destroyed east of Makhmour, two terrorists killed in follow-up clash

BAGHDAD, 12 July 2021 — Statement No. 214

The Security Media Cell announces the following results of the operations carried out by our heroic forces over the past three days:

1. Acting on precise intelligence from the Counter-Terrorism Service, Iraqi Air Force F-16 aircraft struck a cave complex used by Daesh terrorist gangs in the Qarachogh mountains east of Makhmour on Sunday evening, killing five to seven terrorists according to a preliminary assessment. The strike also destroyed three motorcycles and a pickup truck used by the gang.

2. A force from the 14th Infantry Division then combed the site and exchanged fire with members of the cell who had survived the strike, killing two of them. None of our heroes was hurt, and the bodies were handed over to the competent authorities.

3. In Anbar province, a force from the Anbar Police Command arrested three terrorists wanted under Article 4 of the Anti-Terrorism Law in the desert south of Rutba on Saturday.

4. Engineering teams of the Federal Police yesterday defused two improvised explosive devices planted on an agricultural road in the Tarmiyah district north of Baghdad.

The Cell notes that since the beginning of the year our forces have killed more than 40 Daesh terrorists in the Makhmour and Hamrin areas alone.

The Joint Operations Command will launch a new phase of the "Will of Victory" operations in the western desert of Anbar in the coming days to pursue the remnants of the terrorist gangs.

The Cell calls on citizens to cooperate with the security forces by reporting any suspicious movement.
"""
SMC = ["Security Media Cell", "author"]
DAESH = ISIS + ["Daesh terrorist gangs", "terrorists"]
E05 = [
    ev(False, "Daesh hideout destroyed east of Makhmour", ERV, AIR, SMC, actor1=IRQ, actor2=DAESH,
       location=MAKHMOUR, date=day("2021-07-11")),
    ev(False, "two terrorists killed in follow-up clash", BAT, CLASH, SMC, actor1=IRQ, actor2=DAESH,
       location=MAKHMOUR, date=day("2021-07-11", "2021-07-12"), killed=n(2)),
    # "three motorcycles and a pickup truck": vehicles, not people
    ev(True, "Iraqi Air Force F-16 aircraft struck a cave complex used by Daesh terrorist gangs in the Qarachogh mountains east of Makhmour on Sunday evening, killing five to seven terrorists",
       ERV, AIR, SMC, actor1=IRQ + ["Counter-Terrorism Service"], actor2=DAESH, location=MAKHMOUR,
       date=day("2021-07-11"), killed=n(5, 7)),
    # "None of our heroes was hurt" concerns one side only -> injured not annotated
    ev(True, "A force from the 14th Infantry Division then combed the site and exchanged fire with members of the cell who had survived the strike, killing two of them",
       BAT, CLASH, SMC, actor1=IRQ + ["14th Infantry Division"], actor2=DAESH + ["members of the cell"],
       location=MAKHMOUR, date=day("2021-07-11", "2021-07-12"), killed=n(2)),
    ev(True, "a force from the Anbar Police Command arrested three terrorists wanted under Article 4 of the Anti-Terrorism Law in the desert south of Rutba on Saturday",
       SD, "Arrests", SMC, actor1=IRQPOL + ["Anbar Police Command"], actor2=DAESH + ["suspects"],
       location=RUTBA, date=day("2021-07-10")),
    ev(True, "Engineering teams of the Federal Police yesterday defused two improvised explosive devices planted on an agricultural road in the Tarmiyah district north of Baghdad",
       SD, DWU, SMC, actor1=IRQPOL, actor2=UNK + ISIS, location=TARMIYAH, date=day("2021-07-11")),
    ev(False, "since the beginning of the year our forces have killed more than 40 Daesh terrorists in the Makhmour and Hamrin areas alone",
       BAT, CLASH, SMC, aggregate=True, actor1=IRQ, actor2=DAESH,
       location=loc(["Makhmour", "Hamrin"], country="IQ"), date=day("2021-01-01", "2021-07-12"),
       killed=n(41, None)),
    ev(False, "The Joint Operations Command will launch a new phase of the \"Will of Victory\" operations in the western desert of Anbar",
       BAT, CLASH, SMC + ["Joint Operations Command"], status="planned", actor1=IRQ + ["Joint Operations Command"],
       actor2=DAESH, location=loc(["western desert of Anbar", "Anbar"], country="IQ"),
       date=day("2021-07-12", "2021-07-31")),
]

# ==========================================================================
# test-06  Iraq — local news (Basra unrest, Sept 2018)
T06 = """Protesters set Iranian consulate ablaze in Basra

BASRA — Protesters stormed the Iranian consulate in Basra last night and set the building on fire, the climax of a week in which the city's fury over foul water and power cuts turned against the ruling parties and their patrons in Tehran.

Consulate staff had left the compound before the crowd arrived and nobody was hurt, a police officer at the scene told our reporter.

Shortly after midnight, three Katyusha rockets landed inside the perimeter of Basra International Airport, north-west of the city, causing no casualties, according to a statement from the airport authority. No group said it had fired them.

The violence had been building all week. On Thursday afternoon, security forces opened fire with live rounds on demonstrators outside the provincial government building, killing three young men and wounding dozens, according to a doctor at Basra Teaching Hospital.

Hours later, crowds set fire to the provincial government headquarters and to the offices of the Badr Organisation, Asaib Ahl al-Haq and other armed factions close to Iran.

Residents say the anger did not appear overnight. Three weeks ago, police raided homes in Zubair and detained about 20 young men accused of organising sit-ins outside the Rumaila oil field; most were released after signing pledges not to protest again.

"We are not against Iran as a people," said a 24-year-old engineering graduate who has been unemployed since 2016 and who joined the crowds on Friday. "We are against those who steal our water and our electricity and hand our city to militias."

Protest organisers said they would hold a sit-in outside the provincial council on Sunday and urged Baghdad to declare Basra a disaster zone. The prime minister has ordered an investigation into the shootings and sent a delegation of ministers to the city.
"""
RIOT = ["Riots", "Violent demonstration"]
PROTESTERS = ["protesters", "demonstrators", "crowd", "crowds", "rioters"]
E06 = [
    ev(False, "Protesters set Iranian consulate ablaze in Basra", *RIOT, ["author"], actor1=PROTESTERS,
       actor2=["Iranian consulate", "consulate", "Iran"], location=BASRA, date=day("2018-09-07", "2018-09-08")),
    # "last night" in a Saturday paper: Friday night, possibly past midnight
    ev(True, "Protesters stormed the Iranian consulate in Basra last night and set the building on fire",
       *RIOT, ["author", "police officer", "police"], actor1=PROTESTERS,
       actor2=["Iranian consulate", "consulate", "Iran"], location=BASRA,
       date=day("2018-09-07", "2018-09-08"), killed=n(0), injured=n(0)),
    ev(True, "three Katyusha rockets landed inside the perimeter of Basra International Airport", ERV, SHELL,
       ["airport authority"], actor1=UNK, actor2=["Basra International Airport", "airport"],
       location=BASRA_AIRPORT, date=day("2018-09-07", "2018-09-08"), killed=n(0), injured=n(0)),
    ev(True, "security forces opened fire with live rounds on demonstrators outside the provincial government building, killing three young men and wounding dozens",
       "Protests", "Excessive force against protesters", ["doctor", "Basra Teaching Hospital"],
       actor1=["security forces", "Iraqi security forces", "Police Forces of Iraq", "Military Forces of Iraq"],
       actor2=["demonstrators", "protesters", "young men"], location=BASRA, date=day("2018-09-06"),
       killed=n(3), injured=n(24, None)),
    ev(True, "crowds set fire to the provincial government headquarters and to the offices of the Badr Organisation, Asaib Ahl al-Haq and other armed factions close to Iran",
       *RIOT, ["author"], actor1=PROTESTERS,
       actor2=["provincial government", "Badr Organisation", "Badr Organization", "Asaib Ahl al-Haq",
               "armed factions"], location=BASRA, date=day("2018-09-06", "2018-09-07")),
    # "three weeks ago" from Saturday 8 Sept: around Saturday 18 Aug (+-3 days)
    ev(True, "police raided homes in Zubair and detained about 20 young men accused of organising sit-ins outside the Rumaila oil field",
       SD, "Arrests", ["Residents", "author"], actor1=IRQPOL, actor2=["young men", "protesters", "activists"],
       location=ZUBAIR, date=day("2018-08-15", "2018-08-21")),
    ev(False, "organising sit-ins outside the Rumaila oil field", "Protests", "Peaceful protest", ["author"],
       aggregate=True, actor1=["young men", "protesters"], location=ZUBAIR),
    ev(False, "ordered an investigation into the shootings", "Protests", "Excessive force against protesters",
       ["author"], actor1=["security forces", "Iraqi security forces"], actor2=["demonstrators", "protesters"],
       location=BASRA, date=day("2018-09-06")),
    ev(False, "Protest organisers said they would hold a sit-in outside the provincial council on Sunday",
       "Protests", "Peaceful protest", ["Protest organisers"], status="planned",
       actor1=["Protest organisers", "protesters"], location=BASRA, date=day("2018-09-09")),
]

# ==========================================================================
# test-07  Iraq — a denial (blast at Camp Kalsu, April 2024)
T07 = """U.S. denies carrying out strike on Iraqi paramilitary base

BAGHDAD, April 20 — The U.S. military on Saturday denied having struck Iraqi paramilitary forces, hours after an explosion tore through Camp Kalsu, a base of the Popular Mobilisation Forces (PMF) south of Baghdad, killing one PMF member and wounding eight.

American forces had not conducted air strikes in Iraq on Friday or Saturday, U.S. Central Command said in a brief statement, calling reports to the contrary false.

The PMF said the blast, which happened shortly before midnight on Friday near the town of Iskandariya in Babil province, had destroyed weapons, ammunition and several armoured vehicles. It said a committee had been formed to establish the cause. "Whoever did this will be held to account, whatever flag his aircraft carries," Brig. Ahmed al-Jubouri, a PMF commander in Babil, told reporters at the gate of the camp.

Two Iraqi security officials, speaking on condition of anonymity because they were not authorised to brief the media, said the base had been hit from the air, either by American or by Israeli aircraft. They offered no evidence.

Iraq's military said in a statement that its air defence radars had detected no drone or warplane over Babil at the time of the explosion. An Israeli official declined to comment.

The PMF, an umbrella of mostly Shi'ite armed groups, was formally brought under the Iraqi state in 2016, but several of its factions are close to Iran. Some of them attacked U.S. troops in Iraq and Syria more than 150 times between October and February, before halting their campaign under pressure from Baghdad and Tehran.

The blast came a week after Iran launched more than 300 drones and missiles at Israel in its first direct attack on the country.
"""
CENTCOM = ["U.S. military", "U.S. Central Command", "Central Command", "CENTCOM"]
E07 = [
    ev(False, "U.S. denies carrying out strike on Iraqi paramilitary base", ERV, AIR, CENTCOM + ["author"],
       status="denied", actor1=USA, actor2=PMF, location=KALSU, date=day("2024-04-19", "2024-04-20")),
    # the denied event is the story -> core
    ev(True, "The U.S. military on Saturday denied having struck Iraqi paramilitary forces", ERV, AIR, CENTCOM,
       status="denied", actor1=USA, actor2=PMF, location=KALSU, date=day("2024-04-19", "2024-04-20")),
    # cause unknown in the text; the only explanation offered is an air strike,
    # so the sub-type follows it (the event_type is what matching needs)
    ev(True, "an explosion tore through Camp Kalsu, a base of the Popular Mobilisation Forces (PMF) south of Baghdad, killing one PMF member and wounding eight",
       ERV, AIR, ["author", "PMF", "Popular Mobilisation Forces"], actor1=UNK, actor2=PMF, location=KALSU,
       date=day("2024-04-19"), killed=n(1), injured=n(8)),
    ev(False, "American forces had not conducted air strikes in Iraq on Friday or Saturday", ERV, AIR, CENTCOM,
       status="denied", actor1=USA, actor2=PMF, location=KALSU, date=day("2024-04-19", "2024-04-20")),
    # same blast, same source (PMF): a non-core copy; "armoured vehicles" are not people
    ev(False, "the blast, which happened shortly before midnight on Friday near the town of Iskandariya in Babil province, had destroyed weapons, ammunition and several armoured vehicles",
       ERV, AIR, ["PMF", "Popular Mobilisation Forces"], actor1=UNK, actor2=PMF, location=KALSU,
       date=day("2024-04-19")),
    # uncertain perpetrator: either/or
    ev(True, "the base had been hit from the air, either by American or by Israeli aircraft", ERV, AIR,
       ["Iraqi security officials", "security officials", "officials"], actor1=USA + ISR, actor2=PMF,
       location=KALSU, date=day("2024-04-19")),
    ev(False, "its air defence radars had detected no drone or warplane over Babil at the time of the explosion",
       ERV, AIR, ["Iraq's military", "Iraqi military", "Military Forces of Iraq"], status="denied",
       actor1=UNK + USA + ISR, actor2=PMF, location=KALSU, date=day("2024-04-19")),
    ev(False, "Some of them attacked U.S. troops in Iraq and Syria more than 150 times between October and February",
       ERV, SHELL, ["author"], aggregate=True, actor1=PMF + ["factions", "Iran-aligned militias"],
       actor2=USA + ["U.S. troops"], location=loc(["Iraq", "Syria"]),
       date=day("2023-10-01", "2024-02-29")),
    ev(False, "Iran launched more than 300 drones and missiles at Israel", ERV, AIR, ["author"], aggregate=True,
       actor1=IRGC, actor2=ISR, location=loc(["Israel"], country="IL"), date=day("2024-04-12", "2024-04-14")),
]

# ==========================================================================
# test-08  Red Sea — military statement (CENTCOM-style), March 2024
T08 = """CENTCOM update: Houthi drone assault on Red Sea shipping repelled

TAMPA, Fla., March 9, 2024 — U.S. Central Command statement

From about 4 a.m. until 6:30 a.m. local Yemen time today, Iran-backed Houthi militants launched a large wave of one-way attack drones from areas of Yemen under their control at commercial shipping and coalition warships in the southern Red Sea and the Gulf of Aden.

U.S. Navy destroyers and U.S. Navy and Marine Corps aircraft, working alongside French, British and other coalition ships, engaged and shot down 28 of the drones. No commercial vessel or U.S. Navy ship was damaged, and none of our personnel were hurt.

Earlier, on March 8, between roughly 2:40 p.m. and 3:30 p.m., U.S. forces conducted self-defense strikes that destroyed six unmanned surface vessels and one unmanned underwater vessel in Houthi-held territory. Our forces assessed that these vessels posed an imminent threat to merchant ships and Navy vessels in the region.

On Thursday evening, Houthi forces fired two anti-ship ballistic missiles from Yemen into the Gulf of Aden toward a Singapore-flagged container ship. Both missiles fell into the sea, causing no damage or injuries.

On Wednesday, a Houthi anti-ship missile struck the Barbados-flagged bulk carrier True Confidence south-west of Aden, killing three of its crew and leaving the ship adrift and ablaze.

The Houthis' continued attacks on international shipping endanger the lives of mariners and the free flow of commerce through one of the world's most important waterways. U.S. Central Command will continue to act, together with our partners, to protect freedom of navigation.
"""
CC = ["U.S. Central Command", "Central Command", "CENTCOM", "author"]
SHIPS = ["commercial shipping", "coalition warships", "coalition", "U.S. Navy", "ships"]
E08 = [
    ev(False, "Houthi drone assault on Red Sea shipping repelled", SD, DWU, CC, actor1=USA + ["coalition"],
       actor2=HOU, location=RED_SEA, date=day("2024-03-09")),
    ev(False, "Houthi drone assault on Red Sea shipping repelled", ERV, AIR, CC, actor1=HOU, actor2=SHIPS,
       location=RED_SEA, date=day("2024-03-09")),
    # "none of our personnel were hurt" + no ship damaged -> 0 casualties
    ev(True, "Iran-backed Houthi militants launched a large wave of one-way attack drones from areas of Yemen under their control at commercial shipping and coalition warships in the southern Red Sea and the Gulf of Aden",
       ERV, AIR, CC, actor1=HOU, actor2=SHIPS, location=RED_SEA, date=day("2024-03-09"),
       killed=n(0), injured=n(0)),
    # "28 of the drones": weapons, not people
    ev(True, "U.S. Navy destroyers and U.S. Navy and Marine Corps aircraft, working alongside French, British and other coalition ships, engaged and shot down 28 of the drones",
       SD, DWU, CC, actor1=USA + ["U.S. Navy", "coalition"], actor2=HOU, location=RED_SEA,
       date=day("2024-03-09")),
    ev(True, "U.S. forces conducted self-defense strikes that destroyed six unmanned surface vessels and one unmanned underwater vessel in Houthi-held territory",
       ERV, AIR, CC, actor1=USA, actor2=HOU + ["unmanned surface vessels"], location=HOUTHI_YEMEN,
       date=day("2024-03-08")),
    ev(True, "Houthi forces fired two anti-ship ballistic missiles from Yemen into the Gulf of Aden toward a Singapore-flagged container ship",
       ERV, SHELL, CC, actor1=HOU, actor2=["container ship", "Singapore-flagged container ship", "ship",
                                           "commercial shipping"],
       location=GULF_ADEN, date=day("2024-03-07"), killed=n(0), injured=n(0)),
    # recent (three days old) and detailed -> core; "south-west of Aden" -> Aden
    ev(True, "a Houthi anti-ship missile struck the Barbados-flagged bulk carrier True Confidence south-west of Aden, killing three of its crew",
       ERV, SHELL, CC, actor1=HOU, actor2=["True Confidence", "bulk carrier", "crew", "civilians"],
       location=ADEN, date=day("2024-03-06"), killed=n(3)),
]

# ==========================================================================
# test-09  Yemen — partisan op-ed (pro-government side), Marib June 2021
T09 = """Marib’s petrol station massacre shows the Houthis’ true face

Opinion

On Saturday evening a Houthi ballistic missile, followed minutes later by an explosive-laden drone, slammed into a crowded petrol station in Marib city, killing or wounding some 45 people, among them a five-year-old girl who was waiting in her father’s car.

The government’s information minister said the next morning that 21 civilians had been killed, a toll the militia’s own media did not even bother to dispute. They never do. For the Houthis, dead children are just another message to the world.

This was no accident of war. The Houthis have been shelling Marib almost daily since February, when they launched their latest push to seize the last government stronghold in the north, a city that now shelters nearly two million people who fled their rule. Marib is the dam that holds back the flood from the rest of Yemen.

On Sunday, the militia threw hundreds of fighters at army positions in Sirwah, west of the city. The national army said it repelled the assault after hours of fighting and that dozens of Houthi fighters were killed.

And on Monday the Saudi-led coalition intercepted and destroyed a Houthi explosive-laden drone launched toward Khamis Mushait in southern Saudi Arabia, the coalition’s spokesman said.

Those in Western capitals who still call for “dialogue” with the Houthis should ask themselves what a dialogue with a ballistic missile looks like. If the world keeps rewarding the militia with talks, its next missiles will fall on Aden and Taiz.

The Houthis are not a political movement. They are a cancer in Yemen’s body, fed and armed by Tehran.

The army and the tribes of Marib have held the line for four months. They need air cover, weapons and the world’s attention — not another conference in a European hotel.
"""
# Metaphors ("the dam that holds back the flood", "a cancer in Yemen's body") and
# the generic "dead children are just another message" -> no gold event.
YARMY = ["national army", "army", "Yemeni army", "government forces", "Military Forces of Yemen"]
E09 = [
    ev(False, "Marib’s petrol station massacre", ERV, SHELL, ["author"], actor1=HOU, actor2=CIV,
       location=MARIB, date=day("2021-06-05")),
    # missile + drone in one strike on one place: one event, typed by the missile
    ev(True, "a Houthi ballistic missile, followed minutes later by an explosive-laden drone, slammed into a crowded petrol station in Marib city, killing or wounding some 45 people",
       ERV, SHELL, ["author"], actor1=HOU, actor2=CIV + ["petrol station"], location=MARIB,
       date=day("2021-06-05"), casualties=n(45)),
    # second version of the same strike: the minister's toll
    ev(True, "21 civilians had been killed", ERV, SHELL, ["information minister", "government", "Yemeni government"],
       actor1=HOU, actor2=CIV, location=MARIB, date=day("2021-06-05"), killed=n(21)),
    ev(False, "The Houthis have been shelling Marib almost daily since February", ERV, SHELL, ["author"],
       aggregate=True, actor1=HOU, location=MARIB, date=day("2021-02-01", "2021-06-08")),
    ev(False, "they launched their latest push to seize the last government stronghold in the north", BAT, CLASH,
       ["author"], aggregate=True, actor1=HOU, actor2=YARMY, location=MARIB,
       date=day("2021-02-01", "2021-02-28")),
    # "hundreds of fighters" are attackers, not casualties
    ev(True, "the militia threw hundreds of fighters at army positions in Sirwah, west of the city", BAT, CLASH,
       ["national army", "army", "author"], actor1=HOU + ["militia"], actor2=YARMY, location=SIRWAH,
       date=day("2021-06-06"), killed=n(24, None)),
    ev(False, "it repelled the assault after hours of fighting and that dozens of Houthi fighters were killed",
       BAT, CLASH, ["national army", "army"], actor1=YARMY, actor2=HOU, location=SIRWAH,
       date=day("2021-06-06"), killed=n(24, None)),
    ev(True, "the Saudi-led coalition intercepted and destroyed a Houthi explosive-laden drone launched toward Khamis Mushait",
       SD, DWU, ["coalition", "coalition’s spokesman", "spokesman", "Saudi-led coalition"],
       actor1=["Saudi-led coalition", "coalition", "Arab coalition", "Saudi Arabia", "Military Forces of Saudi Arabia"],
       actor2=HOU, location=KHAMIS, date=day("2021-06-07")),
    ev(False, "its next missiles will fall on Aden and Taiz", ERV, SHELL, ["author"], status="hypothetical",
       actor1=HOU, location=loc(["Aden", "Taiz"], country="YE")),
]

# ==========================================================================
# test-10  Lebanon/Israel — round-up of several incidents, 14 Feb 2024
T10 = """Rocket kills Israeli soldier in Safed; Israeli strikes kill ten in south Lebanon

BEIRUT/JERUSALEM, Feb 15 — Wednesday was one of the deadliest days on the Lebanese-Israeli frontier since cross-border hostilities began in October. Here is what we know.

SAFED: A salvo of about a dozen rockets fired from southern Lebanon hit the northern Israeli city of Safed and a nearby army base on Wednesday morning, killing a 20-year-old female soldier and wounding eight other people, the Israeli military said. Israel blamed Hezbollah, which did not claim the attack.

NABATIEH: Israeli jets struck a three-storey building in the southern Lebanese city of Nabatieh in the evening, killing seven members of one family, among them two children, Lebanon's National News Agency reported, citing civil defence workers at the scene. The Israeli military gave a different account, saying the strike had killed a commander of Hezbollah's elite Radwan Force and two other operatives.

AL-SAWANA: A separate strike on a house in the village of al-Sawana killed a woman and her two children, the health ministry said.

KIRYAT SHMONA: Hezbollah said it had fired dozens of Katyusha rockets at the Israeli town of Kiryat Shmona in response to what it called "the massacres in Nabatieh and al-Sawana". Israel's ambulance service said no one was hurt.

BEIRUT: Israel's defence minister warned that its jets could strike Beirut if Hezbollah kept up its fire.

THE TOLL: Israeli fire has killed more than 200 people in Lebanon since October 8, most of them Hezbollah fighters but including some 30 civilians, according to a tally kept by this news agency. On the Israeli side, at least nine soldiers and six civilians have been killed, the military says.
"""
IDFSRC = ["Israeli military", "IDF", "Israel Defense Forces", "military"]
E10 = [
    ev(False, "Rocket kills Israeli soldier in Safed", ERV, SHELL, ["author"] + IDFSRC, actor1=HEZ + UNK,
       actor2=ISR + ["soldier"], location=SAFED, date=day("2024-02-14"), killed=n(1)),
    ev(False, "Israeli strikes kill ten in south Lebanon", ERV, AIR, ["author"], aggregate=True, actor1=ISR,
       location=loc(["south Lebanon", "southern Lebanon", "Nabatieh", "al-Sawana"], country="LB"),
       date=day("2024-02-14"), killed=n(10)),
    # "about a dozen rockets" and "20-year-old" are not casualty counts
    ev(True, "A salvo of about a dozen rockets fired from southern Lebanon hit the northern Israeli city of Safed and a nearby army base on Wednesday morning, killing a 20-year-old female soldier and wounding eight other people",
       ERV, SHELL, IDFSRC, actor1=HEZ + UNK, actor2=ISR + ["soldier", "army base"], location=SAFED,
       date=day("2024-02-14"), killed=n(1), injured=n(8)),
    # two versions of the Nabatieh strike
    ev(True, "Israeli jets struck a three-storey building in the southern Lebanese city of Nabatieh in the evening, killing seven members of one family",
       ERV, AIR, ["National News Agency", "NNA", "civil defence", "civil defence workers"], actor1=ISR,
       actor2=CIV + ["family"], location=NABATIEH, date=day("2024-02-14"), killed=n(7)),
    ev(True, "the strike had killed a commander of Hezbollah's elite Radwan Force and two other operatives",
       ERV, AIR, IDFSRC, actor1=ISR, actor2=HEZ + ["Radwan Force"], location=NABATIEH,
       date=day("2024-02-14"), killed=n(3)),
    ev(True, "A separate strike on a house in the village of al-Sawana killed a woman and her two children",
       ERV, AIR, ["health ministry", "Lebanese health ministry", "Lebanon's health ministry"], actor1=ISR + UNK,
       actor2=CIV + ["woman", "children"], location=SAWANA, date=day("2024-02-14"), killed=n(3)),
    # "dozens of Katyusha rockets": weapons, not people
    ev(True, "Hezbollah said it had fired dozens of Katyusha rockets at the Israeli town of Kiryat Shmona",
       ERV, SHELL, ["Hezbollah", "ambulance service"], actor1=HEZ, actor2=["Kiryat Shmona", "Israel", "Israeli"],
       location=KSHMONA, date=day("2024-02-14", "2024-02-15"), killed=n(0), injured=n(0)),
    ev(False, "the massacres in Nabatieh and al-Sawana", ERV, AIR, ["Hezbollah"], aggregate=True, actor1=ISR,
       actor2=CIV, location=loc(["Nabatieh", "al-Sawana", "south Lebanon"], country="LB"),
       date=day("2024-02-14")),
    ev(False, "its jets could strike Beirut if Hezbollah kept up its fire", ERV, AIR,
       ["defence minister", "Israel's defence minister"], status="hypothetical", actor1=ISR, actor2=HEZ,
       location=BEIRUT),
    ev(False, "Israeli fire has killed more than 200 people in Lebanon since October 8", ERV, AIR,
       ["tally", "news agency", "author"], aggregate=True, actor1=ISR, actor2=HEZ + CIV,
       location=loc(["Lebanon"], country="LB"), date=day("2023-10-08", "2024-02-15"), killed=n(201, None)),
    ev(False, "at least nine soldiers and six civilians have been killed", ERV, SHELL, IDFSRC, aggregate=True,
       actor1=HEZ + UNK, actor2=ISR + CIV, location=loc(["Israel", "northern Israel"], country="IL"),
       date=day("2023-10-08", "2024-02-15"), killed=n(15, None)),
]

# ==========================================================================
# test-11  Lebanon/Israel — local news (northern Israel, Shavuot 2024)
T11 = """Shavuot under fire: Hezbollah barrage sets Galilee hills ablaze

KIRYAT SHMONA — Families who stayed in the Upper Galilee spent Shavuot dashing between shelters and watching the hills burn, after Hezbollah fired some 215 rockets and missiles at northern Israel over the holiday, the army said. No one was hurt by the rockets themselves.

Hezbollah said the barrage, which began on Wednesday morning, was its answer to the killing of Taleb Abdallah, one of its most senior field commanders. Abdallah and three other fighters were killed on Tuesday night when an Israeli strike hit a house in the village of Jouaiyya, east of Tyre, according to the group.

The Iron Dome system intercepted most of the rockets fired at Safed and Rosh Pina, the army said, but falling fragments and the rockets that got through started dozens of fires. Firefighters battled the blazes until late at night, and two of them were treated for smoke inhalation.

“I have lived here for fifty years and I have never seen the mountain burn like this,” said a retired teacher from Kfar Szold, standing by her blackened orchard.

Early this morning, an explosive drone launched from Lebanon hit an open field near Kibbutz Kfar Giladi, causing no casualties, the military said. Hezbollah later claimed the attack.

The army said its jets had struck Hezbollah launch sites in response to the barrage, without saying where.

Council heads across the north have demanded that the government either secure the border or compensate the farmers whose orchards and grazing land have gone up in smoke since October.
"""
# Shavuot 5784 in Israel = Wednesday 12 June 2024 (from sundown on the 11th).
# Fires, "dozens of fires", the two firefighters treated for smoke: consequences,
# not separate events. "gone up in smoke since October": figurative -> no event.
ARMY_IL = ["army", "Israeli military", "IDF", "Israel Defense Forces", "military"]
E11 = [
    ev(False, "Hezbollah barrage sets Galilee hills ablaze", ERV, SHELL, ["author"], actor1=HEZ,
       actor2=["northern Israel", "Israel", "Israeli"], location=N_ISRAEL, date=day("2024-06-12")),
    # "some 215 rockets": weapons, not people
    ev(True, "Hezbollah fired some 215 rockets and missiles at northern Israel over the holiday", ERV, SHELL,
       ARMY_IL, actor1=HEZ, actor2=["northern Israel", "Israel", "Israeli"], location=N_ISRAEL,
       date=day("2024-06-12"), killed=n(0), injured=n(0)),
    ev(False, "its answer to the killing of Taleb Abdallah", ERV, AIR, ["Hezbollah"], actor1=ISR,
       actor2=HEZ + ["Taleb Abdallah"], location=JOUAIYYA, date=day("2024-06-11", "2024-06-12"), killed=n(1, None)),
    ev(True, "Abdallah and three other fighters were killed on Tuesday night when an Israeli strike hit a house in the village of Jouaiyya",
       ERV, AIR, ["Hezbollah", "the group"], actor1=ISR, actor2=HEZ + ["Taleb Abdallah", "fighters"],
       location=JOUAIYYA, date=day("2024-06-11", "2024-06-12"), killed=n(4)),
    ev(True, "The Iron Dome system intercepted most of the rockets fired at Safed and Rosh Pina", SD, DWU, ARMY_IL,
       actor1=["Iron Dome"] + ISR, actor2=HEZ, location=SAFED_ROSHPINA, date=day("2024-06-12")),
    ev(True, "an explosive drone launched from Lebanon hit an open field near Kibbutz Kfar Giladi, causing no casualties",
       ERV, AIR, ARMY_IL + ["Hezbollah"], actor1=HEZ + UNK, location=KFARGILADI, date=day("2024-06-13"),
       killed=n(0), injured=n(0)),
    ev(False, "its jets had struck Hezbollah launch sites in response to the barrage", ERV, AIR, ARMY_IL,
       aggregate=True, actor1=ISR, actor2=HEZ, date=day("2024-06-12", "2024-06-13")),
]

# ==========================================================================
# test-12  Jordan — wire report (strikes in Sweida, Jan 2024; border clash)
T12 = """Air strikes kill at least 10 in Syria's Sweida; Jordan silent

AMMAN, Jan 18 — Air strikes hit the villages of Arman and Malh in Syria's southern Sweida province near the Jordanian border before dawn on Thursday, killing at least 10 people, among them two children, Suwayda 24, a local news network, said, citing relatives of the dead.

Two Syrian security sources and residents said the jets had come from Jordan and had targeted the homes of men accused of smuggling drugs across the border. Jordan's army made no comment, and a government spokesman did not answer calls.

Earlier this month, the army said border guards had killed five armed smugglers and arrested 15 more in a firefight that lasted several hours on New Year's Eve along the frontier with Sweida province.

Amman says Iran-backed militias in southern Syria have turned the border into a highway for Captagon pills and, increasingly, for weapons and explosives, and it has warned that it will strike smuggling networks wherever they are.

In May last year, a strike widely attributed to Jordan killed a well-known drug trafficker, Merhi al-Ramthan, along with his wife and six children, at their home in eastern Sweida.

In Arman, dozens of residents gathered in the village square on Thursday afternoon to denounce the strikes, chanting against both Amman and Damascus, according to a video posted by Suwayda 24. Some held up photographs of the two children.

Syria's foreign ministry, which rarely criticises Amman in public, said it regretted the "unjustified" strikes but stopped short of blaming Jordan by name.
"""
SWD24 = ["Suwayda 24", "Suwayda24", "local news network", "relatives"]
E12 = [
    ev(False, "Air strikes kill at least 10 in Syria's Sweida", ERV, AIR, ["author"], actor1=UNK + JOR,
       location=ARMAN, date=day("2024-01-18"), killed=n(10, None)),
    # the lead names no perpetrator; the article as a whole points at Jordan
    ev(True, "Air strikes hit the villages of Arman and Malh in Syria's southern Sweida province near the Jordanian border before dawn on Thursday, killing at least 10 people",
       ERV, AIR, SWD24, actor1=UNK + JOR, actor2=CIV + ["residents", "children"], location=ARMAN,
       date=day("2024-01-18"), killed=n(10, None)),
    # second version: perpetrator named and a different target
    ev(True, "the jets had come from Jordan and had targeted the homes of men accused of smuggling drugs across the border",
       ERV, AIR, ["Syrian security sources", "security sources", "residents"], actor1=JOR,
       actor2=["smugglers", "drug smugglers", "men accused of smuggling drugs"], location=ARMAN,
       date=day("2024-01-18")),
    # the arrests happened in the same firefight: one event (the clash), as ACLED does
    ev(True, "border guards had killed five armed smugglers and arrested 15 more in a firefight that lasted several hours on New Year's Eve along the frontier with Sweida province",
       BAT, CLASH, ["army", "Jordanian army"], actor1=JOR + ["border guards"],
       actor2=["armed smugglers", "smugglers", "drug smugglers"], location=SWEIDA_BORDER,
       date=day("2023-12-31"), killed=n(5)),
    ev(False, "it has warned that it will strike smuggling networks wherever they are", ERV, AIR,
       ["Amman", "Jordan"], status="planned", actor1=JOR, actor2=["smuggling networks", "smugglers"]),
    # told in its own sentence -> core although eight months old
    ev(True, "a strike widely attributed to Jordan killed a well-known drug trafficker, Merhi al-Ramthan, along with his wife and six children, at their home in eastern Sweida",
       ERV, AIR, ["author"], actor1=JOR, actor2=["Merhi al-Ramthan", "drug trafficker", "civilians"],
       location=E_SWEIDA, date=day("2023-05-01", "2023-05-31"), killed=n(8)),
    # "dozens of residents": protesters, not casualties
    ev(True, "dozens of residents gathered in the village square on Thursday afternoon to denounce the strikes",
       "Protests", "Peaceful protest", SWD24 + ["video"], actor1=["residents", "protesters"],
       location=loc(["Arman", "Orman", "Urman"], 32.44, 36.79, "SY"), date=day("2024-01-18")),
    ev(False, "it regretted the \"unjustified\" strikes", ERV, AIR, ["Syria's foreign ministry", "foreign ministry"],
       actor1=UNK + JOR, location=ARMAN, date=day("2024-01-18")),
]

# ==========================================================================
# test-13  Turkey-PKK — wire report, two versions of one clash (Dec 2023)
T13 = """Twelve Turkish soldiers killed in two days of PKK attacks in northern Iraq

ISTANBUL, Dec 24 — Kurdish militants killed six Turkish soldiers in northern Iraq on Saturday, the defence ministry said, bringing to 12 the number of troops killed there in two days.

On Friday evening, fighters of the outlawed Kurdistan Workers' Party (PKK) tried to infiltrate a Turkish base in the Claw-Lock operation zone in the Metina region, close to the Turkish border, and six soldiers died in the fighting that followed, the ministry said. Saturday's attack took place in the same area.

The PKK's armed wing, the HPG, said in a statement carried by the Firat News Agency that its fighters had killed at least 17 Turkish soldiers in Saturday's raid, a figure Ankara did not address.

In response, Turkish warplanes struck 29 targets in the Metina, Hakurk, Gara and Qandil regions of northern Iraq on Saturday night, destroying caves, shelters and depots, the ministry said. The defence minister promised further air operations against PKK positions in Iraq and Syria over the coming days.

Police in Istanbul detained 33 people suspected of links to the PKK in dawn raids on Sunday, the state broadcaster TRT reported, citing the city's chief prosecutor's office.

The PKK, designated a terrorist organisation by Turkey, the United States and the European Union, has waged an insurgency against the Turkish state since 1984 in which more than 40,000 people have been killed. Since 2019 Turkey has pushed deeper into the mountains of Iraq's Kurdistan region, setting up a network of bases there from which it fights the group.
"""
TRMOD = ["defence ministry", "Turkish defence ministry", "ministry", "Ministry of National Defence"]
HPG = ["HPG", "Firat News Agency", "ANF", "PKK"]
E13 = [
    ev(False, "Twelve Turkish soldiers killed in two days of PKK attacks in northern Iraq", BAT, CLASH,
       ["author"] + TRMOD, aggregate=True, actor1=PKK, actor2=TUR + ["Turkish soldiers"], location=METINA,
       date=day("2023-12-22", "2023-12-23"), killed=n(12)),
    ev(True, "Kurdish militants killed six Turkish soldiers in northern Iraq on Saturday", BAT, CLASH, TRMOD,
       actor1=PKK, actor2=TUR + ["Turkish soldiers"], location=METINA, date=day("2023-12-23"), killed=n(6)),
    ev(False, "bringing to 12 the number of troops killed there in two days", BAT, CLASH, TRMOD, aggregate=True,
       actor1=PKK, actor2=TUR, location=METINA, date=day("2023-12-22", "2023-12-23"), killed=n(12)),
    ev(True, "fighters of the outlawed Kurdistan Workers' Party (PKK) tried to infiltrate a Turkish base in the Claw-Lock operation zone in the Metina region, close to the Turkish border, and six soldiers died in the fighting that followed",
       BAT, CLASH, TRMOD, actor1=PKK, actor2=TUR + ["Turkish base", "soldiers"], location=METINA,
       date=day("2023-12-22"), killed=n(6)),
    ev(False, "Saturday's attack took place in the same area", BAT, CLASH, TRMOD, actor1=PKK, actor2=TUR,
       location=METINA, date=day("2023-12-23")),
    # second version of Saturday's clash
    ev(True, "its fighters had killed at least 17 Turkish soldiers in Saturday's raid", BAT, CLASH, HPG,
       actor1=PKK, actor2=TUR + ["Turkish soldiers"], location=METINA, date=day("2023-12-23"),
       killed=n(17, None)),
    # "29 targets": not people
    ev(False, "Turkish warplanes struck 29 targets in the Metina, Hakurk, Gara and Qandil regions of northern Iraq on Saturday night",
       ERV, AIR, TRMOD, aggregate=True, actor1=TUR, actor2=PKK, location=N_IRAQ,
       date=day("2023-12-23", "2023-12-24")),
    ev(False, "The defence minister promised further air operations against PKK positions in Iraq and Syria over the coming days",
       ERV, AIR, ["defence minister", "Turkish defence minister"], status="planned", actor1=TUR, actor2=PKK,
       location=loc(["Iraq", "Syria"])),
    ev(True, "Police in Istanbul detained 33 people suspected of links to the PKK in dawn raids on Sunday",
       SD, "Arrests", ["TRT", "state broadcaster", "chief prosecutor's office", "prosecutor"],
       actor1=["police", "Istanbul police", "Turkish police", "Police Forces of Turkey"],
       actor2=["people suspected of links to the PKK", "suspects", "PKK"], location=ISTANBUL,
       date=day("2023-12-24")),
    ev(False, "has waged an insurgency against the Turkish state since 1984 in which more than 40,000 people have been killed",
       BAT, CLASH, ["author"], aggregate=True, actor1=PKK, actor2=TUR, location=loc(["Turkey"], country="TR"),
       date=day("1984-01-01", "2023-12-24"), killed=n(40001, None)),
    ev(False, "setting up a network of bases there", SD, "Headquarters or base established", ["author"],
       aggregate=True, actor1=TUR, location=loc(["Iraq's Kurdistan region", "Kurdistan region", "northern Iraq"],
                                                 country="IQ"),
       date=day("2019-01-01", "2023-12-24")),
]

# ==========================================================================
# test-14  Iran — round-up (Iran/Pakistan/Iraq/Syria strikes, Jan 2024)
T14 = """Pakistan strikes militant hideouts inside Iran, two days after Iranian missile attack

ISLAMABAD/TEHRAN, Jan 19 — A week of cross-border strikes has pulled Iran into open confrontation with two of its neighbours. Here is a round-up.

IRAN: Pakistan said its aircraft had struck “terrorist hideouts” around Saravan in Iran’s Sistan-Baluchestan province before dawn on Thursday, killing a number of militants from Baloch separatist groups. Iran’s interior ministry said nine people had been killed in the attack, all of them foreign nationals, among them four children and three women.

PAKISTAN: On Tuesday night, Iran’s Revolutionary Guards fired missiles and drones at what Tehran described as two bases of the Jaish al-Adl militant group near Panjgur, in Pakistan’s Balochistan province, killing two children, according to Islamabad. Jaish al-Adl is blamed by Iran for a raid on a police station in Rask last month that killed 11 police officers.

IRAQ: On Monday night, the Guards fired ballistic missiles at Erbil, the capital of Iraq’s Kurdistan region, killing four civilians, among them a prominent businessman and his infant daughter, Kurdish officials said. The Guards said they had destroyed an “espionage headquarters” of Israel’s Mossad in the city, a claim Baghdad rejected as it recalled its ambassador from Tehran.

SYRIA: The same night, the Guards said, missiles also hit Islamic State positions in Syria’s Idlib province. Tehran said that strike avenged the twin suicide bombings in Kerman on the anniversary of Qassem Soleimani’s death, which were claimed by Islamic State and killed at least 84 people.

WHAT NEXT: Both capitals said on Friday that they respected each other’s sovereignty, and analysts expect the crisis to cool. But Pakistan’s army warned that any further violation of its territory would be met with “a very strong response”.
"""
# "a very strong response": a generic threat with no concrete act -> no event.
# "a number of militants" -> at least 2 (plural), open-ended.
BALOCH = ["Baloch separatist groups", "Baloch separatists", "militants", "terrorist hideouts",
          "Balochistan Liberation Army", "Balochistan Liberation Front"]
E14 = [
    ev(False, "A week of cross-border strikes", ERV, AIR, ["author"], aggregate=True, actor1=IRGC + PAK,
       date=day("2024-01-12", "2024-01-19")),
    ev(False, "Pakistan strikes militant hideouts inside Iran", ERV, AIR, ["author", "Pakistan"], actor1=PAK,
       actor2=BALOCH, location=SARAVAN, date=day("2024-01-18")),
    ev(False, "Iranian missile attack", ERV, AIR, ["author"], actor1=IRGC, actor2=["Jaish al-Adl"],
       location=PANJGUR, date=day("2024-01-16", "2024-01-17")),
    # two versions of the Saravan strike
    ev(True, "its aircraft had struck “terrorist hideouts” around Saravan in Iran’s Sistan-Baluchestan province before dawn on Thursday, killing a number of militants",
       ERV, AIR, ["Pakistan", "Pakistani government", "Pakistan's foreign ministry"], actor1=PAK, actor2=BALOCH,
       location=SARAVAN, date=day("2024-01-18"), killed=n(2, None)),
    ev(True, "nine people had been killed in the attack, all of them foreign nationals, among them four children and three women",
       ERV, AIR, ["Iran’s interior ministry", "Iran's interior ministry", "interior ministry", "Iran"], actor1=PAK,
       actor2=CIV + ["foreign nationals"], location=SARAVAN, date=day("2024-01-18"), killed=n(9)),
    # "missiles and drones": typed as a drone strike (any drone strike, ACLED)
    ev(True, "Iran’s Revolutionary Guards fired missiles and drones at what Tehran described as two bases of the Jaish al-Adl militant group near Panjgur",
       ERV, AIR, ["Islamabad", "Pakistan", "Tehran", "author"], actor1=IRGC,
       actor2=["Jaish al-Adl", "Jaish ul-Adl", "children"] + CIV, location=PANJGUR,
       date=day("2024-01-16", "2024-01-17"), killed=n(2)),
    # a month-old context event -> non-core; militants vs police: armed clash
    ev(False, "a raid on a police station in Rask last month that killed 11 police officers", BAT, CLASH,
       ["Iran"], actor1=["Jaish al-Adl", "Jaish ul-Adl"], actor2=["police", "Police Forces of Iran", "police officers"],
       location=RASK, date=day("2023-12-01", "2023-12-31"), killed=n(11)),
    # two versions of the Erbil strike
    ev(True, "the Guards fired ballistic missiles at Erbil, the capital of Iraq’s Kurdistan region, killing four civilians",
       ERV, SHELL, ["Kurdish officials", "Kurdistan Regional Government"], actor1=IRGC,
       actor2=CIV + ["businessman"], location=ERBIL, date=day("2024-01-15", "2024-01-16"), killed=n(4)),
    ev(True, "they had destroyed an “espionage headquarters” of Israel’s Mossad in the city", ERV, SHELL,
       ["Revolutionary Guards", "Guards", "IRGC"], actor1=IRGC,
       actor2=["Mossad", "Israel", "Israeli", "espionage headquarters"], location=ERBIL,
       date=day("2024-01-15", "2024-01-16")),
    ev(True, "missiles also hit Islamic State positions in Syria’s Idlib province", ERV, SHELL,
       ["Revolutionary Guards", "Guards", "IRGC"], actor1=IRGC, actor2=ISIS, location=IDLIB,
       date=day("2024-01-15", "2024-01-16")),
    ev(False, "the twin suicide bombings in Kerman on the anniversary of Qassem Soleimani’s death", ERV,
       "Suicide bomb", ["Tehran", "Islamic State", "author"], actor1=ISIS, actor2=CIV, location=KERMAN,
       date=day("2024-01-03"), killed=n(84, None)),
]

DOCS = [
    ("test-01", T01, "wire", "2023-02-21", E01),
    ("test-02", T02, "monitor bulletin (SNHR)", "2019-05-28", E02),
    ("test-03", T03, "pro-Kurdish opinion site", "2023-10-09", E03),
    ("test-04", T04, "analysis blog", "2022-09-15", E04),
    ("test-05", T05, "Iraqi Security Media Cell", "2021-07-12", E05),
    ("test-06", T06, "Basra local news", "2018-09-08", E06),
    ("test-07", T07, "wire", "2024-04-20", E07),
    ("test-08", T08, "U.S. Central Command press release", "2024-03-09", E08),
    ("test-09", T09, "pro-government Yemeni opinion site", "2021-06-08", E09),
    ("test-10", T10, "wire round-up", "2024-02-15", E10),
    ("test-11", T11, "Galilee local news", "2024-06-13", E11),
    ("test-12", T12, "wire", "2024-01-18", E12),
    ("test-13", T13, "wire", "2023-12-24", E13),
    ("test-14", T14, "wire round-up", "2024-01-19", E14),
]

STATUSES = {"occurred", "denied", "possible", "planned", "hypothetical"}
TYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                                   "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Excessive force against protesters", "Protest with intervention", "Peaceful protest"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}


def check(did, text, pub, events):
    words = len(text.split())
    assert 150 <= words <= 400, (did, words)
    lines = text.splitlines()
    assert lines[0].strip() and not lines[1].strip(), (did, "headline, blank line, body")
    datetime.date.fromisoformat(pub)
    for e in events:
        ev_ = e["evidence"]
        assert text.count(ev_) == 1, (did, text.count(ev_), ev_)
        assert e["sub_event_type"] in TYPES[e["event_type"]], (did, e["event_type"], e["sub_event_type"])
        assert e["status"] in STATUSES, (did, e["status"])
        assert isinstance(e["source"], list) and e["source"], (did, ev_)
        for k in ("actor1", "actor2"):
            for name in e.get(k, []):
                assert len(name) > 2, (did, k, name)
        if "date" in e:
            a = datetime.date.fromisoformat(e["date"]["start"])
            b = datetime.date.fromisoformat(e["date"]["end"])
            assert a <= b <= datetime.date.fromisoformat(pub) or e["status"] in {"planned", "possible"}, (did, ev_)
        for k in ("killed", "injured", "casualties"):
            if k in e:
                assert e[k]["max"] is None or e[k]["min"] <= e[k]["max"], (did, k)
        if "location" in e:
            L = e["location"]
            assert L["names"], (did, ev_)
            if "lat" in L:
                assert -90 <= L["lat"] <= 90 and -180 <= L["lon"] <= 180
        if e["core"]:
            assert not e["aggregate"] and e["status"] in {"occurred", "possible", "denied"}, (did, ev_)


def main():
    out = pathlib.Path(__file__).with_name("test.gold.jsonl")
    ids = [d[0] for d in DOCS]
    assert ids == ["test-%02d" % i for i in range(1, 15)], ids
    total_core = total = 0
    with open(out, "w", encoding="utf-8") as f:
        for did, text, outlet, pub, events in DOCS:
            check(did, text, pub, events)
            total += len(events)
            total_core += sum(e["core"] for e in events)
            doc = {"id": did, "title": text.splitlines()[0], "outlet": outlet, "published": pub, "text": text}
            f.write(json.dumps({"doc": doc, "events": events}, ensure_ascii=False) + "\n")
    print("wrote %d documents, %d events (%d core) to %s" % (len(DOCS), total, total_core, out.name))


if __name__ == "__main__":
    main()
