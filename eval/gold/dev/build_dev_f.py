"""Writes dev_f.gold.jsonl: sixteen development articles that widen the geography
beyond the Middle East of the earlier sets - ten from Africa, Europe, Asia and
the Caribbean (Sudan, Somalia, eastern DR Congo, Mali, Pakistan, north-east
Nigeria, Ethiopia's Amhara region, Myanmar, Ukraine/Russia, Haiti) and six from
the Middle East and Afghanistan (Syria, Iraq, the Red Sea, Lebanon/Israel, Gaza
and the West Bank, Afghanistan) - published 2024-2026, written for this project
in our own words, with hand-made gold events in the format of SPEC.md section 6
and eval/gold/ANNOTATION.md.

Like dev_d and dev_e, the set measures how the extractor generalises to text it
was never tuned on, so it was written blind to the system: no run of sitrep on
these texts, no import of it, no look at its output, its source, its tests, its
docs or the other dev and test sets. Only SPEC.md (sections 4 and 6),
ANNOTATION.md, goldkit.py and build_dev_e.py were read.

One voice per article: (1) Sudan - wire copy with "citing" chains and an RSF
denial; (2) Somalia - a government ministry's statement ("Khawarij", a suicide
bombing and the group's own version); (3) eastern DR Congo - a UN/OCHA-style
flash update with highlights, hedges and a range of numbers; (4) Mali - an
armed group's own claim (JNIM, translated) with an editor's note giving the
army's version; (5) Pakistan - a think tank's monthly tally with key incidents;
(6) north-east and north-west Nigeria - a local radio bulletin transcript with
relative dates; (7) Ethiopia/Amhara - a feature with a narrative lede and
background paragraphs; (8) Myanmar - a partisan pro-resistance editorial with
forecasts; (9) Ukraine/Russia - a wire "UPDATE" with a correction note and a
superseded toll, each side's claims, a drone strike on an oil depot; (10) Haiti
- a human-rights NGO's press release (massacre, protest met with live fire,
abduction, looting); (11) Syria - a human-rights group's case files
(abductions, detentions, a revenge spiral); (12) Iraq - a TV news transcript
(protest met with force, riot, an analyst's forecast); (13) Red Sea - a ship
manager's statement with timestamped updates, newest first; (14) Lebanon/Israel
- a Q&A explainer on a ceasefire deal and its violations; (15) Gaza/West Bank -
a fact-check of viral claims (disputed toll and weapon); (16) Afghanistan - an
NGO security digest for aid workers, item by item. The incidents are real kinds
of incidents, composite or invented, with names and numbers changed; the gold
encodes what each TEXT says, including its slant, hedges and sources, not what
is true. Articles are 180-450 words (the brief's 180-550, capped by goldkit's
450); check_f below adds the floor and the 2024-01-01..2026-11-30 window.

Run:  python build_dev_f.py   (stdlib + goldkit only; checks every evidence
string occurs exactly once in its text, word counts, weekday arithmetic, dates
not after publication, type/sub-type/status values and number ranges, then
writes the JSONL beside this file).

Conventions: those of build_dev_e.py (and through it build_dev_d.py and
build_dev_c.py): zero casualties -> 0..0; "several" 3..open; "a number of"
2..open; "dozens" 24..open; "a dozen" 12..12; "around N" N..N; "neutralised" ->
casualties; non-core copies of headline restatements; symmetric clashes (each
side in both actor lists); "near X" / "the outskirts of X" -> X's coordinates;
places we cannot pin -> names and country only; sea positions far off the coast
-> names only; denied/planned/hypothetical/aggregate events are never core; the
latest figure of a revised toll on the core event and each superseded figure a
non-core copy with its own source; "last night" -> both days; "last week" ->
Monday..Sunday; uncertain perpetrators -> every alternative in actor1; a drone
boat exploding against a ship -> Remote explosive/landmine/IED; an
"unidentified projectile" -> Shelling/artillery/missile attack; a forecast ->
hypothetical, an actor's own stated intention or threat -> planned; two weapons
in one non-core statement -> a copy per sub-type. Added here, for the new
voices and regions:
- "tens of thousands" -> 20,000..open and "scores of" -> 40..open (two of the
  unit, as "dozens" -> 24..open).
- A place taken "without a fight" (the garrison fled; the fighters withdrew as
  troops returned) is Strategic developments/Non-violent transfer of territory,
  ACLED's sub-type for a takeover with no violent interaction; a takeover after
  fighting stays Battles/Non-state actor overtakes territory. A withdrawal a
  deal provides for is a planned Non-violent transfer.
- Detentions by a non-state group that administers the area (M23 in Goma) are
  Arrests (ACLED's de facto authorities), not abductions. Civilians seized and
  held by an armed group, a clan or relatives (drivers "to be judged", a
  merchant beaten and let go the same day, a counter-seizure) are
  Violence against civilians/Abduction. Releases, ransom demands and mediation
  get no gold.
- An abducted man found dead days later: the abduction and the killing are two
  events; the killing is dated from the abduction to the finding.
- A ceasefire that comes into force on a stated day is a core Agreement; a joint
  call for a ceasefire, or an agreement named as background, is non-core.
- A source's own range that spans two sources' figures ("between six and
  nine") goes on the core event, each source's figure on a non-core copy (as
  dev_e-14). A military claim of "neutralised N" with "M soldiers wounded" ->
  casualties N..N+M and injured M..M.
- The item's own subject reported as unconfirmed ("AHSO has received
  unconfirmed reports that ...") -> core with status possible (ANNOTATION's
  rule; the first such case in the dev sets).
- Fact-checks: the viral claim the checker finds no evidence for -> non-core,
  status possible, source the posts; a claimed attack of which the checker
  finds "no report" -> non-core denied with the checker as source; the
  checker's own restatement of the confirmed strike -> a non-core copy.
- Protests: live fire that kills a protester -> Excessive force against
  protesters; a separately described riot act in the same crowd (petrol bombs,
  a gate set on fire) -> its own Riots/Violent demonstration event; the
  security forces' version ("fired only into the air", "shot at from the
  crowd") -> non-core copies; later detentions of the same crowd -> a non-core
  Arrests detail; shots in the air to disperse a gathering, no one hurt ->
  Protest with intervention.
- A correction note ("an earlier version incorrectly said ... district") gets
  no gold; the corrected place is the event's place.
- A "missing" crew member confirmed dead in a later update of a statement ->
  killed on the event that caused it (the statement's updates, newest first,
  are read like dev_e's live blog).
- A perpetrator a source blames without a claim ("officials blamed ...",
  "residents blamed ...", "suspected ADF") -> the blamed actor plus unknown; a
  projectile each side blames on the other -> unknown plus both.
- State and armed-group labels ("Khawarij", "Fitna al-Khawarij", "Fitna
  al-Hindustan", "extremists", "rebels", "apostate army", "mercenaries",
  "fascist generals") go into actor names only, never into the type.
- Speaker labels in transcripts (ANCHOR:, REPORTER:) are not part of any
  evidence; relative dates resolve against the broadcast date.
- An arrest the text dates but does not place gets no location (ANNOTATION's
  "omit when the text gives no place").
"""
import datetime as dt

from goldkit import (ABDUCT, AIR, ATTACK, BAT, CIV, CLASH, EXP, GOVREGAIN, GRENADE, IED, NSAOVER, PRO, PROTEST_SIDES,
                     PROTESTERS, RIOT, SHELL, STR, SUICIDE, UNK, VAC, D, E, L, R, windowed_check, write_gold)
from goldkit import (AGREE, ARRESTS, BASE, DISRUPT, EXCESSIVE, INTERVENTION, LOOT, PEACEFUL, TRANSFER, VIOLENT)

# ---------------------------------------------------------------- helpers



# goldkit's check_article plus this set's 180-word floor and 2024-01-01..2026-11-30 window.
check_f = windowed_check("2024-01-01", "2026-11-30")


# Actor name lists. Tokens shorter than three letters ("AA", "US", "IS") are left out on
# purpose: the scorer matches by case-insensitive containment either way. Each list holds the
# canonical name, abbreviations and the surface forms the texts use, including the loaded labels
# of the voices that use them ("Khawarij", "rebels", "terrorists", "mercenaries").
# -- Sudan
SAF = ["Sudanese Armed Forces", "SAF", "Sudanese army", "Sudan's army", "Sudanese Air Force", "air force",
       "Military Forces of Sudan"]
RSF = ["Rapid Support Forces", "RSF", "paramilitary", "paramilitaries", "Janjaweed", "militia"]
# -- Somalia
SHABAAB = ["al-Shabaab", "al Shabaab", "Al-Shabab", "Shabaab", "Harakat al-Shabaab al-Mujahideen", "Khawarij",
           "khawaarij", "terrorists", "militants"]
SOMGOV = ["Somali National Army", "Somali army", "Somali government", "Federal Government of Somalia",
          "Somali security forces", "security forces", "National Intelligence and Security Agency", "NISA",
          "Military Forces of Somalia", "Police Forces of Somalia"]
AUSSOM = ["African Union Support and Stabilisation Mission in Somalia", "AUSSOM", "African Union", "AU mission", "ATMIS"]
AFRICOM = ["U.S. Africa Command", "AFRICOM", "United States", "U.S. forces", "American", "international partners",
           "Military Forces of the United States"]
# -- Sahel
JNIM = ["Jama'at Nusrat al-Islam wal-Muslimin", "Jamaat Nusrat al-Islam wal-Muslimin", "JNIM", "GSIM",
        "Group for the Support of Islam and Muslims", "mujahideen", "al-Qaeda", "terrorists", "jihadists"]
MALI = ["Malian Armed Forces", "FAMa", "Malian army", "Malian military", "Malian troops", "army", "junta",
        "Military Forces of Mali"]
AFRICA_CORPS = ["Africa Corps", "Russian Africa Corps", "Wagner", "Wagner Group", "Russian mercenaries", "mercenaries",
                "Russian instructors", "Russian"]
# -- Nigeria
ISWAP = ["Islamic State West Africa Province", "ISWAP", "Islamic State", "insurgents", "terrorists", "jihadists"]
BOKO = ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS", "insurgents", "terrorists"]
NIGARMY = ["Nigerian Army", "Nigerian army", "Nigerian military", "Nigerian troops", "troops", "soldiers", "army",
           "Operation Hadin Kai", "Nigerian Air Force", "Air Force", "Military Forces of Nigeria"]
BANDITS = ["bandits", "armed bandits", "gunmen", "kidnappers"]
CJTF = ["Civilian Joint Task Force", "CJTF", "vigilantes", "hunters"]
# -- DR Congo
M23 = ["M23", "March 23 Movement", "Mouvement du 23 mars", "AFC/M23", "Alliance Fleuve Congo", "AFC", "rebels"]
FARDC = ["FARDC", "Armed Forces of the Democratic Republic of the Congo", "Congolese army", "Congolese armed forces",
         "army", "Military Forces of the Democratic Republic of Congo"]
WAZALENDO = ["Wazalendo", "Wazalendo militias", "Wazalendo fighters", "Mai-Mai", "pro-government militias",
             "self-defence groups"]
ADF = ["Allied Democratic Forces", "ADF", "ISCAP", "Islamic State Central Africa Province", "Islamic State"]
RWANDA = ["Rwanda", "Rwandan", "Rwanda Defence Force", "RDF", "Military Forces of Rwanda"]
# -- Ukraine / Russia
UKRAINE = ["Ukraine", "Ukrainian", "Ukrainian forces", "Armed Forces of Ukraine", "Ukrainian military",
           "Ukrainian Air Force", "Ukraine's air force", "Kyiv", "Military Forces of Ukraine"]
RUSSIA = ["Russia", "Russian", "Russian forces", "Russian military", "Russian Armed Forces", "Moscow",
          "Military Forces of Russia"]
# -- Myanmar
TATMADAW = ["Myanmar military", "Myanmar Armed Forces", "Tatmadaw", "junta", "military junta", "military council",
            "State Administration Council", "State Security and Peace Commission", "regime", "Myanmar Air Force",
            "Military Forces of Myanmar"]
ARAKAN_ARMY = ["Arakan Army", "United League of Arakan", "ULA/AA", "Rakhine rebels"]
PDF = ["People's Defence Force", "People's Defense Force", "PDF", "PDFs", "resistance forces", "resistance fighters",
       "National Unity Government", "NUG", "revolutionary forces"]
# -- Pakistan
TTP = ["Tehrik-e-Taliban Pakistan", "Tehreek-e-Taliban Pakistan", "TTP", "Pakistani Taliban", "Fitna al-Khawarij",
       "Khawarij", "terrorists", "militants"]
PAKMIL = ["Pakistan Army", "Pakistani army", "Pakistani military", "Pakistani security forces", "security forces",
          "Frontier Corps", "Inter-Services Public Relations", "ISPR", "Pakistani troops", "Military Forces of Pakistan",
          "Pakistan", "Pakistani"]
PAKPOL = ["police", "policemen", "Khyber Pakhtunkhwa police", "Balochistan police", "Counter Terrorism Department",
          "CTD", "Police Forces of Pakistan"]
BLA = ["Balochistan Liberation Army", "Baloch Liberation Army", "BLA", "Baloch separatists", "separatists",
       "Fitna al-Hindustan"]
# -- Ethiopia
FANO = ["Fano", "Fano militia", "Fano fighters", "Amhara Fano", "Amhara militia", "extremists", "insurgents"]
ENDF = ["Ethiopian National Defense Force", "Ethiopian National Defence Force", "ENDF", "Ethiopian army",
        "Ethiopian military", "federal forces", "federal troops", "government forces", "Military Forces of Ethiopia"]
TPLF = ["Tigray People's Liberation Front", "TPLF", "Tigrayan forces", "Tigray Defence Forces"]
# -- Haiti
GANGS = ["Viv Ansanm", "gang", "gangs", "gang coalition", "armed gangs", "gang members", "Gran Grif", "gangsters"]
HNP = ["Haitian National Police", "HNP", "PNH", "police", "Haitian police", "Police Forces of Haiti"]
GSF = ["Gang Suppression Force", "Multinational Security Support", "MSS", "Kenyan police", "Kenyan-led mission",
       "international force"]
# -- Middle East and Afghanistan
SYNEW = ["Syrian government", "government forces", "General Security", "Public Security", "Interior Ministry",
         "interior ministry", "Syrian army", "security forces", "Military Forces of Syria", "Police Forces of Syria"]
IRAQ_SEC = ["Iraqi security forces", "security forces", "riot police", "police", "Iraqi police", "Iraqi army",
            "Military Forces of Iraq", "Police Forces of Iraq"]
HOUTHI = ["Houthis", "Houthi", "Ansar Allah", "Ansarallah", "Yemeni Armed Forces", "Houthi movement"]
ISRAEL = ["Israel", "Israeli", "Israel Defense Forces", "IDF", "Israeli military", "Israeli army",
          "Israeli Air Force", "Military Forces of Israel"]
HEZBOLLAH = ["Hezbollah", "Hizbollah", "Hizballah", "Islamic Resistance in Lebanon"]
LAF = ["Lebanese Armed Forces", "Lebanese army", "LAF", "Military Forces of Lebanon"]
HAMAS = ["Hamas", "Qassam Brigades", "Izz ad-Din al-Qassam Brigades", "al-Qassam"]
PIJ = ["Islamic Jihad", "Palestinian Islamic Jihad", "Al-Quds Brigades"]
PAL = ["Palestinians", "Palestinian", "residents"]
TALIBAN = ["Taliban", "Islamic Emirate", "Islamic Emirate of Afghanistan", "Taliban government", "Taliban forces",
           "Afghan forces", "Military Forces of Afghanistan", "Police Forces of Afghanistan"]
ISKP = ["Islamic State Khorasan Province", "Islamic State Khorasan", "ISKP", "IS-K", "ISIS-K", "Islamic State", "Daesh"]

# Places are declared beside each article. Coordinates only for capitals and large cities we can
# pin to ~0.05 degrees from our own knowledge: El Fasher, Nyala, Omdurman, Mogadishu, Goma, Bukavu,
# Doha, Turbat, Dera Ismail Khan, Peshawar, Gondar, Lalibela, Addis Ababa, Pretoria, Yangon,
# Naypyidaw, Kharkiv, Odesa, Port-au-Prince (for Delmas, which adjoins it), Basra, Nasiriyah, Tyre,
# Deir al-Balah, Tulkarm (for the Nur Shams camp on its edge), Rafah, Kabul, Jalalabad, Kunduz and
# Herat, plus Sweida and Baghdad from build_dev_e.py. Villages, districts, provinces, roads and sea
# positions get names and country only, as do towns we could not pin (Dabat, Gwa, Damboa,
# Diéma, Jilib, Kavumu, Shebekino, Bint Jbeil ...).
DOCS, WEEKDAYS = [], []

# ---------------------------------------------------------------- documents

# =============================================================================
# dev-f-01  wire copy with "citing" chains — Sudan: El Fasher, Nyala, Omdurman, Zamzam (Tue 10 Jun 2025)
# =============================================================================
T01 = """Drone strike on El Fasher market kills at least 19, medics say; army reports raids near Nyala

PORT SUDAN, June 10 (Sahel & Horn Wire) - A drone struck a crowded livestock market in El Fasher, the besieged capital of Sudan's North Darfur state, on Monday, killing at least 19 people and wounding more than 40, a medical aid group said, citing doctors at the city's main teaching hospital.

The Sudan Doctors' Network, a group of medics that documents casualties of the war, blamed the Rapid Support Forces (RSF), the paramilitary group that has surrounded the city for more than a year. Three children were among the dead, the network said.

An RSF adviser, quoted by the Nairobi-based Horn Monitor news channel, denied that the group had attacked the market and said its drones hit only "military targets of the army and its allied militias" in El Fasher.

Separately, the army said its aircraft had struck RSF positions and supply lines around Nyala, the group's main base in South Darfur, on Sunday, killing "dozens of rebels" and destroying 12 combat vehicles. The claim could not be independently verified, and the RSF did not comment.

In Omdurman, across the Nile from the capital Khartoum, shells fired from RSF-held areas west of the city hit a residential block in the Karari district late on Sunday, killing three people and wounding 11, the state news agency SUNA reported, citing the Khartoum state health ministry.

In Zamzam camp for displaced people south of El Fasher, RSF fighters looted a warehouse of food supplies run by a local charity on Saturday, residents told Darfur Voice radio, according to a note circulated by U.N. aid agencies. No one was reported hurt.

The war between the army and the RSF broke out in April 2023. It has killed tens of thousands of people and forced more than 12 million from their homes, according to U.N. estimates. Peace talks sponsored by the United States and Saudi Arabia have been stalled since late 2023.
"""

EL_FASHER = L(["El Fasher", "El-Fasher", "Al Fashir", "Al-Fashir", "Fasher", "North Darfur"], 13.63, 25.35, "SD")
NYALA = L(["Nyala", "around Nyala", "South Darfur"], 12.05, 24.88, "SD")
OMDURMAN = L(["Omdurman", "Karari", "Karari district", "Umm Durman", "Khartoum"], 15.64, 32.48, "SD")
ZAMZAM = L(["Zamzam", "Zamzam camp", "Zam Zam", "El Fasher", "North Darfur"], cc="SD")
SUDAN = L(["Sudan"], cc="SD")
SHW = ["Sahel & Horn Wire", "author"]
SDN = ["Sudan Doctors' Network", "medical aid group", "doctors", "medics"]
SAF_SRC = ["army", "Sudanese army"] + SAF
E01 = [
    # the first sentence names no perpetrator; the network blames the RSF in the next -> both
    E(True, "A drone struck a crowded livestock market in El Fasher, the besieged capital of Sudan's North Darfur state, on Monday, killing at least 19 people and wounding more than 40",
      EXP, AIR, actor1=UNK + RSF, actor2=CIV + ["livestock market", "market", "people"], location=EL_FASHER,
      date=D("2025-06-09"), killed=R(19, None), injured=R(41, None), source=SDN + SHW),
    E(False, "Drone strike on El Fasher market kills at least 19", EXP, AIR, actor1=UNK + RSF, actor2=CIV + ["market"],
      location=EL_FASHER, date=D("2025-06-09"), killed=R(19, None), source=SHW + SDN),
    # the RSF's denial of the market strike (never core) and its own generic version (no time beyond
    # the context, "only" -> a standing claim) -> non-core
    E(False, "denied that the group had attacked the market", EXP, AIR, actor1=RSF, actor2=CIV + ["market"],
      location=EL_FASHER, date=D("2025-06-09"), source=RSF + ["RSF adviser", "Horn Monitor"], status="denied"),
    E(False, "its drones hit only \"military targets of the army and its allied militias\" in El Fasher", EXP, AIR,
      actor1=RSF, actor2=SAF + ["allied militias", "military targets"], location=EL_FASHER,
      source=RSF + ["RSF adviser", "Horn Monitor"]),
    # "dozens of rebels" -> 24..open (the army's label for RSF fighters)
    E(True, "its aircraft had struck RSF positions and supply lines around Nyala, the group's main base in South Darfur, on Sunday",
      EXP, AIR, actor1=SAF + ["aircraft"], actor2=RSF + ["rebels", "RSF positions", "supply lines"], location=NYALA,
      date=D("2025-06-08"), killed=R(24, None), source=SAF_SRC),
    E(False, "army reports raids near Nyala", EXP, AIR, actor1=SAF, actor2=RSF, location=NYALA, date=D("2025-06-08"),
      source=SAF_SRC + SHW),
    # "from RSF-held areas" -> the RSF, or unknown
    E(True, "shells fired from RSF-held areas west of the city hit a residential block in the Karari district late on Sunday, killing three people and wounding 11",
      EXP, SHELL, actor1=RSF + UNK, actor2=CIV + ["residential block", "people"], location=OMDURMAN,
      date=D("2025-06-08"), killed=R(3), injured=R(11),
      source=["SUNA", "Sudan News Agency", "state news agency", "Khartoum state health ministry", "health ministry"]),
    E(True, "RSF fighters looted a warehouse of food supplies run by a local charity on Saturday", STR, LOOT,
      actor1=RSF + ["RSF fighters"], actor2=CIV + ["local charity", "charity", "warehouse", "displaced people"],
      location=ZAMZAM, date=D("2025-06-07"), killed=R(0), injured=R(0),
      source=["residents", "Darfur Voice radio", "Darfur Voice", "U.N. aid agencies", "U.N."]),
    # background and the war's toll; "tens of thousands" -> 20,000..open (docstring)
    E(False, "The war between the army and the RSF broke out in April 2023", BAT, CLASH, actor1=SAF + RSF,
      actor2=RSF + SAF, location=SUDAN, date=D("2023-04-01", "2023-04-30"), source=SHW),
    E(False, "It has killed tens of thousands of people and forced more than 12 million from their homes", BAT, CLASH,
      actor1=SAF + RSF, actor2=RSF + SAF + CIV, location=SUDAN, date=D("2023-04-01", "2025-06-10"),
      killed=R(20000, None), source=["U.N. estimates", "U.N."] + SHW, aggregate=True),
    # no gold: "has surrounded the city for more than a year" (a siege, a state of affairs), "Three
    # children were among the dead" (a detail of the strike), the stalled talks (no agreement)
]
DOCS.append(("dev-f-01", "Sahel & Horn Wire", "2025-06-10", "wire copy with citing chains and a denial",
             "Sudan: drone on El Fasher market (RSF blamed, denies), SAF strikes near Nyala, shells on Omdurman, "
             "Zamzam warehouse looted", T01, E01))
WEEKDAYS += [("dev-f-01", "June 10", "2025-06-10", "Tuesday"), ("dev-f-01", "on Monday", "2025-06-09", "Monday"),
             ("dev-f-01", "on Sunday / late on Sunday", "2025-06-08", "Sunday"),
             ("dev-f-01", "on Saturday", "2025-06-07", "Saturday")]

# =============================================================================
# dev-f-02  government ministry statement — Somalia: Lido beach, Middle Shabelle, Jilib (Sun 3 Aug 2025)
# =============================================================================
T02 = """PRESS STATEMENT: Government condemns Khawarij attack on Lido beach; army liberates villages in Middle Shabelle

Federal Republic of Somalia - Ministry of Information, Culture and Tourism
Mogadishu, 3 August 2025

The Federal Government of Somalia condemns in the strongest terms the cowardly terrorist attack carried out by the Khawarij on Friday evening against families spending their weekend at a seafront restaurant on Lido beach in Mogadishu.

At approximately 8:40 p.m., a suicide bomber wearing an explosive vest blew himself up at the entrance of the restaurant. Two armed Khawarij then tried to force their way inside, but they were confronted by the police and officers of the National Intelligence and Security Agency (NISA), who killed both of them within minutes.

Nine civilians, among them a mother and her two children, were martyred in the explosion, and 23 others were injured and taken to hospitals in the capital. The Government extends its deepest condolences to the families of the victims and wishes a quick recovery to the injured.

The propaganda outlets of the Khawarij have claimed that dozens of government officials were killed at the restaurant. The Government categorically rejects this fabrication: no official was among the victims.

Security agencies have since arrested 11 suspects in the Hamar Jajab and Wadajir districts of the capital who are believed to have helped plan the attack. Investigations are continuing.

In a separate development, the Somali National Army, supported by AUSSOM forces and local community defence forces, carried out a planned operation in the Middle Shabelle region on Saturday and liberated the villages of Gololey, Biyo Cadde and Mareerey from the Khawarij. More than 40 Khawarij, among them two senior commanders, were killed in the operation. Two soldiers were martyred.

On Thursday, an air strike conducted in coordination with international partners destroyed a Khawarij workshop for vehicle-borne explosive devices near Jilib in the Middle Juba region.

The Government reiterates that these operations will continue until the last of the Khawarij have been removed from Somali soil, and calls on the public to report suspicious activity to the security agencies.
"""

MOGADISHU = L(["Mogadishu", "Lido beach", "Lido", "Muqdisho", "Banadir"], 2.04, 45.34, "SO")
MOG_DISTRICTS = L(["Hamar Jajab", "Wadajir", "Mogadishu", "capital"], 2.04, 45.34, "SO")
MID_SHABELLE = L(["Gololey", "Biyo Cadde", "Mareerey", "Middle Shabelle", "Middle Shabelle region"], cc="SO")
JILIB = L(["Jilib", "near Jilib", "Middle Juba"], cc="SO")
MOI = ["Ministry of Information", "Ministry of Information, Culture and Tourism", "Federal Government of Somalia",
       "Government", "Somali government", "author"]
LIDO_VICTIMS = CIV + ["families", "restaurant", "seafront restaurant", "victims"]
FRI02 = D("2025-08-01")
E02 = [
    # the toll is in the next paragraph; it belongs to the bombing
    E(True, "a suicide bomber wearing an explosive vest blew himself up at the entrance of the restaurant", EXP, SUICIDE,
      actor1=SHABAAB + ["suicide bomber"], actor2=LIDO_VICTIMS, location=MOGADISHU, date=FRI02, killed=R(9),
      injured=R(23), source=MOI),
    E(False, "the cowardly terrorist attack carried out by the Khawarij on Friday evening against families spending their weekend at a seafront restaurant on Lido beach in Mogadishu",
      EXP, SUICIDE, actor1=SHABAAB, actor2=LIDO_VICTIMS, location=MOGADISHU, date=FRI02, source=MOI),
    E(False, "Government condemns Khawarij attack on Lido beach", EXP, SUICIDE, actor1=SHABAAB, actor2=LIDO_VICTIMS,
      location=MOGADISHU, date=FRI02, source=MOI),
    # two armed attackers against police and NISA -> Armed clash, killed 2
    E(True, "they were confronted by the police and officers of the National Intelligence and Security Agency (NISA), who killed both of them within minutes",
      BAT, CLASH, actor1=SOMGOV + ["police"] + SHABAAB, actor2=SHABAAB + ["armed Khawarij"] + SOMGOV,
      location=MOGADISHU, date=FRI02, killed=R(2), source=MOI),
    # the armed group's version of the same bombing: its victims and its number ("dozens" -> 24..open)
    E(True, "The propaganda outlets of the Khawarij have claimed that dozens of government officials were killed at the restaurant",
      EXP, SUICIDE, actor1=SHABAAB, actor2=SOMGOV + ["government officials", "officials"], location=MOGADISHU,
      date=FRI02, killed=R(24, None), source=SHABAAB + ["propaganda outlets"]),
    E(False, "The Government categorically rejects this fabrication", EXP, SUICIDE, actor1=SHABAAB,
      actor2=["government officials", "officials"] + SOMGOV, location=MOGADISHU, date=FRI02, source=MOI,
      status="denied"),
    # "have since arrested" -> Friday .. publication
    E(True, "Security agencies have since arrested 11 suspects in the Hamar Jajab and Wadajir districts of the capital",
      STR, ARRESTS, actor1=SOMGOV + ["Security agencies"], actor2=["suspects", "11 suspects"] + SHABAAB,
      location=MOG_DISTRICTS, date=D("2025-08-01", "2025-08-03"), source=MOI),
    # retaking villages from a non-state group; killed: "more than 40" militants and two soldiers -> 43..open
    E(True, "carried out a planned operation in the Middle Shabelle region on Saturday and liberated the villages of Gololey, Biyo Cadde and Mareerey from the Khawarij",
      BAT, GOVREGAIN, actor1=SOMGOV + AUSSOM + ["community defence forces", "local community defence forces"],
      actor2=SHABAAB, location=MID_SHABELLE, date=D("2025-08-02"), killed=R(43, None), source=MOI),
    E(False, "army liberates villages in Middle Shabelle", BAT, GOVREGAIN, actor1=SOMGOV, actor2=SHABAAB,
      location=MID_SHABELLE, date=D("2025-08-02"), source=MOI),
    # "in coordination with international partners": the strike's owner is not named -> the partners
    # (AFRICOM's list) or the Somali government
    E(True, "an air strike conducted in coordination with international partners destroyed a Khawarij workshop for vehicle-borne explosive devices near Jilib",
      EXP, AIR, actor1=AFRICOM + SOMGOV, actor2=SHABAAB + ["workshop"], location=JILIB, date=D("2025-07-31"),
      source=MOI),
    E(False, "these operations will continue until the last of the Khawarij have been removed from Somali soil", BAT,
      CLASH, actor1=SOMGOV, actor2=SHABAAB, location=L(["Somalia", "Somali soil"], cc="SO"), source=MOI,
      status="planned"),
    # no gold: condolences, "calls on the public", "Investigations are continuing"
]
DOCS.append(("dev-f-02", "Somali Ministry of Information (statement)", "2025-08-03", "government ministry statement",
             "Somalia: suicide bombing at a Lido beach restaurant (and al-Shabaab's version), gunmen killed, arrests, "
             "villages retaken in Middle Shabelle, air strike near Jilib", T02, E02))
WEEKDAYS += [("dev-f-02", "3 August 2025", "2025-08-03", "Sunday"), ("dev-f-02", "on Friday evening", "2025-08-01", "Friday"),
             ("dev-f-02", "on Saturday", "2025-08-02", "Saturday"), ("dev-f-02", "On Thursday", "2025-07-31", "Thursday")]

# =============================================================================
# dev-f-03  UN/OCHA-style flash update — eastern DR Congo: Lubero, Masisi, Kavumu, Bukavu, Goma (Fri 21 Mar 2025)
# =============================================================================
T03 = """DR Congo: North and South Kivu - Humanitarian Flash Update No. 9 (as of 20 March 2025)

Humanitarian Coordination Office | Goma/Kinshasa, 21 March 2025

HIGHLIGHTS
- Between 12 and 15 civilians killed in an attack on two villages in Lubero territory
- AFC/M23 takes control of Nyabiondo; clashes with Wazalendo groups continue in Masisi
- Warehouse of a humanitarian partner looted in Bukavu
- More than 180,000 people newly displaced in the two provinces since 1 March

SITUATION OVERVIEW
On the night of 16 to 17 March, suspected ADF combatants attacked the villages of Kivika and Bulindi, some 40 km west of Butembo in Lubero territory, killing between 12 and 15 civilians with firearms and machetes, according to local authorities and civil society sources. At least six people were reportedly abducted and about 20 houses were set on fire. The toll may rise, as several residents remain unaccounted for.

On 18 March, AFC/M23 elements entered Nyabiondo, in Masisi territory, after two days of fighting with Wazalendo groups, and took control of the locality and its health centre. Local sources report that fighting between the two sides continued on 19 and 20 March around the village of Lwibo, to the north.

In Goma, AFC/M23 elements detained around 40 young men during a search operation in the Mugunga neighbourhood on 15 March, accusing them of belonging to Wazalendo groups. Their families have had no news of most of them.

On 19 March, at least three projectiles of unknown origin struck the market of Kavumu, north of Bukavu, killing two people and injuring nine, according to health sources. The FARDC spokesman in South Kivu blamed AFC/M23; the movement said the shells had been fired from FARDC positions.

In Bukavu, unidentified armed men broke into the warehouse of a humanitarian partner in the Ibanda commune on the night of 17 to 18 March and looted food, nutritional supplies and medicines. No staff were hurt. It is the fourth such incident in the city since mid-February.

On 18 March, the presidents of the DRC and Rwanda met in Doha and called for an immediate and unconditional ceasefire. Humanitarian partners welcome the call but note that fighting has continued in several areas since then.

HUMANITARIAN NEEDS AND RESPONSE
Partners have resumed mobile clinics in Lubero and distributions to some 35,000 displaced people around Butembo. Access to Masisi remains very limited.
"""

LUBERO = L(["Kivika", "Bulindi", "Lubero", "Lubero territory", "west of Butembo"], cc="CD")
NYABIONDO = L(["Nyabiondo", "Masisi", "Masisi territory"], cc="CD")
LWIBO = L(["Lwibo", "Nyabiondo", "Masisi"], cc="CD")
MASISI = L(["Masisi", "Masisi territory"], cc="CD")
GOMA = L(["Goma", "Mugunga", "Mugunga neighbourhood"], -1.68, 29.23, "CD")
KAVUMU = L(["Kavumu", "market of Kavumu", "north of Bukavu", "South Kivu"], cc="CD")
BUKAVU = L(["Bukavu", "Ibanda", "Ibanda commune"], -2.51, 28.86, "CD")
HCO = ["Humanitarian Coordination Office", "OCHA", "author"]
LOCAL03 = ["local authorities", "civil society sources", "civil society", "local sources"]
PARTNER = ["humanitarian partner", "warehouse", "aid organisation", "humanitarian"]
E03 = [
    # "suspected ADF" -> both; "between 12 and 15" -> 12..15; the night straddles two days
    E(True, "suspected ADF combatants attacked the villages of Kivika and Bulindi, some 40 km west of Butembo in Lubero territory, killing between 12 and 15 civilians with firearms and machetes",
      VAC, ATTACK, actor1=ADF + UNK + ["ADF combatants"], actor2=CIV + ["villages", "villagers"], location=LUBERO,
      date=D("2025-03-16", "2025-03-17"), killed=R(12, 15), source=HCO + LOCAL03),
    E(False, "Between 12 and 15 civilians killed in an attack on two villages in Lubero territory", VAC, ATTACK,
      actor1=ADF + UNK, actor2=CIV, location=LUBERO, date=D("2025-03-16", "2025-03-17"), killed=R(12, 15), source=HCO),
    # details of the same raid (the abductions and the burning) -> non-core (as dev_e's arson detail)
    E(False, "At least six people were reportedly abducted", VAC, ABDUCT, actor1=ADF + UNK, actor2=CIV + ["people"],
      location=LUBERO, date=D("2025-03-16", "2025-03-17"), source=HCO + LOCAL03),
    E(False, "about 20 houses were set on fire", STR, LOOT, actor1=ADF + UNK, actor2=CIV + ["houses"], location=LUBERO,
      date=D("2025-03-16", "2025-03-17"), source=HCO + LOCAL03),
    E(True, "On 18 March, AFC/M23 elements entered Nyabiondo, in Masisi territory, after two days of fighting with Wazalendo groups, and took control of the locality",
      BAT, NSAOVER, actor1=M23 + ["AFC/M23 elements"], actor2=WAZALENDO + ["Wazalendo groups"], location=NYABIONDO,
      date=D("2025-03-18"), source=HCO),
    E(False, "AFC/M23 takes control of Nyabiondo", BAT, NSAOVER, actor1=M23, actor2=WAZALENDO, location=NYABIONDO,
      date=D("2025-03-18"), source=HCO),
    E(True, "fighting between the two sides continued on 19 and 20 March around the village of Lwibo", BAT, CLASH,
      actor1=M23 + WAZALENDO, actor2=WAZALENDO + M23, location=LWIBO, date=D("2025-03-19", "2025-03-20"),
      source=["Local sources", "local sources"] + HCO),
    E(False, "clashes with Wazalendo groups continue in Masisi", BAT, CLASH, actor1=M23 + WAZALENDO,
      actor2=WAZALENDO + M23, location=MASISI, date=D("2025-03-16", "2025-03-20"), source=HCO, aggregate=True),
    # detentions by the group that administers Goma -> Arrests (docstring), not abduction
    E(True, "AFC/M23 elements detained around 40 young men during a search operation in the Mugunga neighbourhood on 15 March",
      STR, ARRESTS, actor1=M23, actor2=CIV + ["young men"] + WAZALENDO, location=GOMA, date=D("2025-03-15"), source=HCO),
    # uncertain perpetrator: each side blames the other -> all in actor1; the accusations are non-core
    E(True, "at least three projectiles of unknown origin struck the market of Kavumu, north of Bukavu, killing two people and injuring nine",
      EXP, SHELL, actor1=UNK + M23 + FARDC, actor2=CIV + ["market", "people"], location=KAVUMU, date=D("2025-03-19"),
      killed=R(2), injured=R(9), source=["health sources"] + HCO),
    E(False, "The FARDC spokesman in South Kivu blamed AFC/M23", EXP, SHELL, actor1=M23, actor2=CIV, location=KAVUMU,
      date=D("2025-03-19"), source=FARDC + ["FARDC spokesman", "spokesman"]),
    E(False, "the movement said the shells had been fired from FARDC positions", EXP, SHELL, actor1=FARDC,
      actor2=CIV, location=KAVUMU, date=D("2025-03-19"), source=M23),
    E(True, "unidentified armed men broke into the warehouse of a humanitarian partner in the Ibanda commune on the night of 17 to 18 March",
      STR, LOOT, actor1=UNK + ["unidentified armed men", "armed men"], actor2=PARTNER + CIV, location=BUKAVU,
      date=D("2025-03-17", "2025-03-18"), killed=R(0), injured=R(0), source=HCO),
    E(False, "Warehouse of a humanitarian partner looted in Bukavu", STR, LOOT, actor1=UNK, actor2=PARTNER,
      location=BUKAVU, date=D("2025-03-17", "2025-03-18"), source=HCO),
    E(False, "It is the fourth such incident in the city since mid-February", STR, LOOT, actor1=UNK, actor2=PARTNER,
      location=BUKAVU, date=D("2025-02-10", "2025-03-21"), source=HCO, aggregate=True),
    # a joint call for a ceasefire, not a signed deal, and not in the Kivus -> non-core Agreement
    E(False, "the presidents of the DRC and Rwanda met in Doha and called for an immediate and unconditional ceasefire",
      STR, AGREE, actor1=["DRC", "Democratic Republic of the Congo", "Congolese government", "Tshisekedi"] + RWANDA,
      actor2=RWANDA + ["DRC", "Democratic Republic of the Congo"], location=L(["Doha", "Qatar"], 25.29, 51.53, "QA"),
      date=D("2025-03-18"), source=HCO),
    # no gold: displacement figures (no act of violence), "fighting has continued in several areas"
    # (generic), the resumed clinics and distributions, "Access to Masisi remains very limited"
]
DOCS.append(("dev-f-03", "Humanitarian Coordination Office (flash update)", "2025-03-21", "UN/OCHA-style flash update",
             "DR Congo: ADF raid in Lubero (12-15 killed), M23 takes Nyabiondo, Lwibo fighting, Goma detentions, "
             "projectiles of unknown origin on Kavumu, Bukavu warehouse looted, Doha call", T03, E03))
WEEKDAYS += [("dev-f-03", "21 March 2025", "2025-03-21", "Friday")]

# =============================================================================
# dev-f-04  an armed group's own claim (translated) with an editor's note — Mali: Diéma road (Thu 18 Sep 2025)
# =============================================================================
T04 = """JNIM claims ambush on fuel convoy in western Mali; army says attack was repelled

Sahel Monitor | Translation desk | 18 September 2025

The following is our translation of a statement released on Wednesday by az-Zallaqa, the media arm of Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al-Qaeda's affiliate in the Sahel. We publish it for research purposes. Its claims have not been independently verified.

"In the name of God, the Most Gracious, the Most Merciful. On Tuesday the mujahideen ambushed a convoy of the apostate army of Mali and its Russian mercenaries that was escorting fuel tankers on the road between Diéma and Didiéni, in the Kayes region. By the grace of God, the battle lasted more than three hours and ended with the killing of 31 soldiers and mercenaries, the burning of 42 tankers and six armoured vehicles, and the seizure of weapons and ammunition.

On the same day, the mujahideen entered the military post of Sandaré after its garrison fled, and took control of it without a fight.

The mujahideen also seized five drivers who were carrying fuel for the junta in defiance of our warning, and took them to a safe place where they will be judged according to the law of God.

We renew our warning to the transport companies: every truck that carries fuel to the junta and its mercenaries will be burned."

EDITOR'S NOTE
In a communique read on state television on Wednesday evening, the Malian Armed Forces (FAMa) said a "terrorist attack" on a supply convoy near Diéma on Tuesday had been "vigorously repelled". Four soldiers were killed and nine wounded, the army said. It added that the air force then struck the attackers as they fled, "neutralising around fifteen terrorists". The communique did not mention Russian personnel, the loss of fuel trucks or the post at Sandaré.

Since early September JNIM has enforced a blockade on fuel deliveries to Bamako and western Mali, burning dozens of tankers on the main roads from Senegal and Côte d'Ivoire. Residents of Diéma said thick black smoke was visible from the town on Tuesday afternoon.
"""

DIEMA_ROAD = L(["Diéma", "Diema", "Didiéni", "Didieni", "road between Diéma and Didiéni", "Kayes region", "Kayes"],
               cc="ML")
DIEMA = L(["Diéma", "Diema", "near Diéma", "Kayes region"], cc="ML")
SANDARE = L(["Sandaré", "Sandare", "military post of Sandaré", "Kayes region"], cc="ML")
W_MALI = L(["western Mali", "Bamako", "Mali"], cc="ML")
ZALLAQA = JNIM + ["az-Zallaqa", "Az-Zallaqa", "statement"]
FAMA_SRC = MALI + ["state television", "communique"]
SMON = ["Sahel Monitor", "author"]
CONVOY04 = MALI + AFRICA_CORPS + ["apostate army", "convoy", "soldiers and mercenaries"]
TUE04 = D("2025-09-16")
E04 = [
    # the group's own claim: an ambush on an armed escort -> Armed clash; its figures
    E(True, "the mujahideen ambushed a convoy of the apostate army of Mali and its Russian mercenaries that was escorting fuel tankers on the road between Diéma and Didiéni",
      BAT, CLASH, actor1=JNIM + MALI, actor2=CONVOY04 + JNIM, location=DIEMA_ROAD, date=TUE04, killed=R(31),
      source=ZALLAQA),
    E(False, "JNIM claims ambush on fuel convoy in western Mali", BAT, CLASH, actor1=JNIM, actor2=CONVOY04,
      location=DIEMA_ROAD, date=TUE04, source=ZALLAQA + SMON),
    # the burned tankers: a detail of the ambush -> non-core (as dev_e's arson detail)
    E(False, "the burning of 42 tankers and six armoured vehicles", STR, LOOT, actor1=JNIM,
      actor2=CONVOY04 + ["tankers", "fuel tankers"], location=DIEMA_ROAD, date=TUE04, source=ZALLAQA),
    # taken "without a fight" after the garrison fled -> Non-violent transfer of territory (docstring)
    E(True, "the mujahideen entered the military post of Sandaré after its garrison fled, and took control of it without a fight",
      STR, TRANSFER, actor1=JNIM, actor2=MALI + ["garrison"], location=SANDARE, date=TUE04, source=ZALLAQA),
    # civilians seized and held for "judgement" -> Abduction
    E(True, "The mujahideen also seized five drivers who were carrying fuel for the junta", VAC, ABDUCT, actor1=JNIM,
      actor2=CIV + ["drivers", "five drivers"], location=DIEMA_ROAD, date=TUE04, source=ZALLAQA),
    E(False, "every truck that carries fuel to the junta and its mercenaries will be burned", STR, LOOT, actor1=JNIM,
      actor2=["transport companies", "truck", "trucks"] + CIV, location=W_MALI, source=ZALLAQA, status="planned"),
    # the army's version of the same ambush: its own losses only
    E(True, "a \"terrorist attack\" on a supply convoy near Diéma on Tuesday had been \"vigorously repelled\"", BAT,
      CLASH, actor1=JNIM + ["terrorist", "attackers"] + MALI, actor2=MALI + ["supply convoy", "convoy"] + JNIM,
      location=DIEMA, date=TUE04, killed=R(4), injured=R(9), source=FAMA_SRC),
    # "neutralising around fifteen" -> casualties 15..15 (dev_d's "neutralised"; "around 90" -> 90..90)
    E(True, "the air force then struck the attackers as they fled", EXP, AIR,
      actor1=MALI + ["air force", "Malian Air Force"], actor2=JNIM + ["attackers", "terrorists"], location=DIEMA,
      date=TUE04, casualties=R(15), source=FAMA_SRC),
    E(False, "burning dozens of tankers on the main roads from Senegal and Côte d'Ivoire", STR, LOOT, actor1=JNIM,
      actor2=["tankers", "fuel tankers"] + CIV, location=W_MALI, date=D("2025-09-01", "2025-09-18"),
      source=SMON, aggregate=True),
    # no gold: the blockade itself (a standing policy), "took them to a safe place" (the same abduction),
    # the seized weapons (a detail), the smoke seen from Diéma, "did not mention"
]
DOCS.append(("dev-f-04", "Sahel Monitor (translation)", "2025-09-18", "an armed group's own claim, with the army's version",
             "Mali: JNIM ambush on a fuel convoy near Diéma (31 vs 4 killed), Sandaré post taken without a fight, drivers "
             "seized, air strike on the attackers, tanker blockade", T04, E04))
WEEKDAYS += [("dev-f-04", "18 September 2025", "2025-09-18", "Thursday"),
             ("dev-f-04", "On Tuesday / on Tuesday afternoon", "2025-09-16", "Tuesday"),
             ("dev-f-04", "on Wednesday / Wednesday evening", "2025-09-17", "Wednesday")]

# =============================================================================
# dev-f-05  a think tank's monthly security tally — Pakistan: Khyber Pakhtunkhwa, Balochistan (Thu 2 Apr 2026)
# =============================================================================
T05 = """Militant violence in March 2026: attacks on police rise in Khyber Pakhtunkhwa

Pakistan Conflict Monitor | Monthly Security Assessment | Islamabad, 2 April 2026

PCM's database recorded 74 militant attacks across Pakistan in March 2026, up from 61 in February. The attacks killed 112 people, among them 48 security personnel, 39 civilians and 25 militants, and injured 160. Security forces separately reported killing 96 militants in operations during the month.

Khyber Pakhtunkhwa accounted for 49 of the attacks, most of them claimed by Tehreek-e-Taliban Pakistan (TTP), which the government calls "Fitna al-Khawarij". Balochistan recorded 21 attacks, mostly by Baloch separatist groups, which officials now refer to as "Fitna al-Hindustan".

KEY INCIDENTS

4 March, Bannu district: Around 30 TTP militants armed with heavy weapons and quadcopters attacked a police checkpoint at Jani Khel before dawn, killing six policemen and wounding four, police said. Two attackers were killed when reinforcements arrived. In its own statement, the TTP said it had killed 14 policemen.

9 March, Kech district: A roadside bomb struck a Frontier Corps vehicle near Turbat, killing three soldiers. No group claimed the blast; officials blamed "Fitna al-Hindustan".

14 March, Musakhel district: Gunmen blocked a highway, stopped two passenger buses and shot dead 11 passengers after checking their identity cards, police said. Most of the victims were labourers from Punjab. The Balochistan Liberation Army (BLA) claimed responsibility.

19 March, North Waziristan: The military's media wing, ISPR, said security forces had killed 13 "khawarij" in an intelligence-based operation near Datta Khel. Two soldiers died in the exchange of fire.

23 March, Dera Ismail Khan: A suicide bomber drove an explosives-laden car into the gate of a police training centre, killing five recruits and two passers-by and injuring 18. No group claimed the attack. The TTP denied involvement, and police said they suspected a splinter faction.

28 March, Peshawar: The Counter Terrorism Department arrested four suspected members of the Islamic State Khorasan Province in a raid in the Hayatabad area, seizing explosives.

OUTLOOK
With the TTP's annual spring offensive expected to begin in April, PCM assesses that attacks on police in the southern districts of Khyber Pakhtunkhwa are likely to increase further.
"""

PAKISTAN = L(["Pakistan"], cc="PK")
KP = L(["Khyber Pakhtunkhwa", "KP"], cc="PK")
BALOCHISTAN = L(["Balochistan"], cc="PK")
JANI_KHEL = L(["Jani Khel", "Bannu district", "Bannu"], cc="PK")
TURBAT = L(["Turbat", "near Turbat", "Kech district", "Kech"], 26.00, 63.05, "PK")
MUSAKHEL = L(["Musakhel", "Musakhel district", "Balochistan"], cc="PK")
DATTA_KHEL = L(["Datta Khel", "North Waziristan"], cc="PK")
DI_KHAN = L(["Dera Ismail Khan", "D.I. Khan", "DI Khan", "police training centre"], 31.83, 70.90, "PK")
PESHAWAR = L(["Peshawar", "Hayatabad"], 34.01, 71.58, "PK")
PCM = ["Pakistan Conflict Monitor", "PCM", "author"]
MAR26 = D("2026-03-01", "2026-03-31")
E05 = [
    E(False, "PCM's database recorded 74 militant attacks across Pakistan in March 2026", BAT, CLASH,
      actor1=TTP + BLA + ["militants"], actor2=PAKMIL + PAKPOL + CIV, location=PAKISTAN, date=MAR26, killed=R(112),
      injured=R(160), source=PCM, aggregate=True),
    E(False, "Security forces separately reported killing 96 militants in operations during the month", BAT, CLASH,
      actor1=PAKMIL, actor2=TTP + BLA + ["militants"], location=PAKISTAN, date=MAR26, killed=R(96),
      source=["Security forces", "security forces"] + PAKMIL, aggregate=True),
    E(False, "Khyber Pakhtunkhwa accounted for 49 of the attacks", BAT, CLASH, actor1=TTP, actor2=PAKMIL + PAKPOL,
      location=KP, date=MAR26, source=PCM, aggregate=True),
    E(False, "Balochistan recorded 21 attacks, mostly by Baloch separatist groups", BAT, CLASH, actor1=BLA,
      actor2=PAKMIL + CIV, location=BALOCHISTAN, date=MAR26, source=PCM, aggregate=True),
    # an assault on a manned checkpoint -> Armed clash; killed six police + two attackers (police figures)
    E(True, "Around 30 TTP militants armed with heavy weapons and quadcopters attacked a police checkpoint at Jani Khel before dawn, killing six policemen and wounding four",
      BAT, CLASH, actor1=TTP + PAKPOL, actor2=PAKPOL + ["police checkpoint", "checkpoint"] + TTP, location=JANI_KHEL,
      date=D("2026-03-04"), killed=R(8), injured=R(4), source=["police"] + PCM),
    # the TTP's version of the same attack
    E(True, "the TTP said it had killed 14 policemen", BAT, CLASH, actor1=TTP, actor2=PAKPOL, location=JANI_KHEL,
      date=D("2026-03-04"), killed=R(14), source=TTP + ["statement"]),
    # unclaimed; officials blame the separatists -> both
    E(True, "A roadside bomb struck a Frontier Corps vehicle near Turbat, killing three soldiers", EXP, IED,
      actor1=UNK + BLA, actor2=PAKMIL + ["Frontier Corps vehicle", "soldiers"], location=TURBAT, date=D("2026-03-09"),
      killed=R(3), source=PCM + ["officials"]),
    # passengers taken off buses and shot -> Violence against civilians/Attack
    E(True, "Gunmen blocked a highway, stopped two passenger buses and shot dead 11 passengers after checking their identity cards",
      VAC, ATTACK, actor1=BLA + ["Gunmen", "gunmen"], actor2=CIV + ["passengers", "labourers", "passenger buses"],
      location=MUSAKHEL, date=D("2026-03-14"), killed=R(11), source=["police"] + BLA + PCM),
    # killed: 13 militants and two soldiers (ISPR's figures)
    E(True, "security forces had killed 13 \"khawarij\" in an intelligence-based operation near Datta Khel", BAT, CLASH,
      actor1=PAKMIL + TTP, actor2=TTP + ["khawarij"] + PAKMIL, location=DATTA_KHEL, date=D("2026-03-19"), killed=R(15),
      source=["ISPR", "Inter-Services Public Relations", "military's media wing"] + PCM),
    # a driven car bomb -> Suicide bomb; unclaimed, a suspected TTP splinter -> unknown or TTP
    E(True, "A suicide bomber drove an explosives-laden car into the gate of a police training centre, killing five recruits and two passers-by and injuring 18",
      EXP, SUICIDE, actor1=UNK + TTP + ["splinter faction", "suicide bomber"],
      actor2=PAKPOL + ["police training centre", "recruits"] + CIV, location=DI_KHAN, date=D("2026-03-23"), killed=R(7),
      injured=R(18), source=PCM),
    E(False, "The TTP denied involvement", EXP, SUICIDE, actor1=TTP, actor2=PAKPOL, location=DI_KHAN,
      date=D("2026-03-23"), source=TTP, status="denied"),
    E(True, "The Counter Terrorism Department arrested four suspected members of the Islamic State Khorasan Province in a raid in the Hayatabad area",
      STR, ARRESTS, actor1=PAKPOL, actor2=ISKP + ["suspected members", "suspects"], location=PESHAWAR,
      date=D("2026-03-28"), source=PCM),
    # the analyst's forecasts (the offensive "expected", attacks "likely") -> hypothetical (dev_e)
    E(False, "attacks on police in the southern districts of Khyber Pakhtunkhwa are likely to increase further", BAT,
      CLASH, actor1=TTP, actor2=PAKPOL, location=KP, source=PCM, status="hypothetical"),
    E(False, "the TTP's annual spring offensive expected to begin in April", BAT, CLASH, actor1=TTP,
      actor2=PAKMIL + PAKPOL, location=KP, source=PCM, status="hypothetical"),
    # no gold: February's 61 attacks (a bare comparison figure), the government's labels, the seized explosives
]
DOCS.append(("dev-f-05", "Pakistan Conflict Monitor", "2026-04-02", "think tank's monthly security tally",
             "Pakistan: March aggregates; TTP checkpoint attack in Bannu (two versions), IED near Turbat, bus passengers "
             "shot in Musakhel, Datta Khel operation, D.I. Khan suicide car bomb, ISKP arrests in Peshawar", T05, E05))
WEEKDAYS += [("dev-f-05", "2 April 2026", "2026-04-02", "Thursday")]

# =============================================================================
# dev-f-06  local radio bulletin (transcript), relative dates — north-east and north-west Nigeria (Thu 17 Oct 2024)
# =============================================================================
T06 = """Radio Sahel FM Maiduguri - Evening News in English, Thursday 17 October 2024 (transcript)

PRESENTER: Good evening. Our headlines: troops repel a night attack on the army base in Damboa; women abducted near Gwoza; and a bus hits a landmine on the Damboa road.

PRESENTER: Residents of Damboa say they spent much of last night lying on the floors of their homes as fighters of the Islamic State West Africa Province, ISWAP, attacked the military base on the edge of the town. Our correspondent Bulama Kachalla reports.

REPORTER: The shooting started a little after eleven and went on until around three this morning. People here told me the insurgents came in gun trucks from the direction of Sambisa forest. In a statement this afternoon, the army said troops of Operation Hadin Kai repelled the attack and neutralised eleven terrorists, and that two soldiers were wounded. But two residents who helped carry bodies to the general hospital told me they counted at least five dead soldiers.

PRESENTER: From Gwoza, a community leader says Boko Haram fighters seized a group of women who had gone into the bush near Ngoshe to gather firewood on Tuesday. He puts the number at between 18 and 23 and says the abductors have not contacted the families. The police in Maiduguri confirmed an abduction but said the figure was still being verified.

PRESENTER: Two days ago, a commercial bus ran over a landmine on the Maiduguri-Damboa road, about 20 kilometres from Damboa, killing seven passengers and injuring 12. Police blamed insurgents who plant explosives along the road at night.

PRESENTER: The Nigerian Air Force says its jets yesterday struck ISWAP hideouts in the Tumbuns area of Lake Chad, destroying several structures and killing scores of fighters. Those figures cannot be independently confirmed.

PRESENTER: In the north-west, police in Zamfara State say bandits stormed Dan Isa village in Tsafe local government area on Sunday night and abducted 27 people, among them the village imam. Residents say the gunmen came on about 50 motorcycles and also drove away cattle.

PRESENTER: That is the news for now. Stay with Radio Sahel FM.
"""

DAMBOA = L(["Damboa", "military base", "army base in Damboa"], cc="NG")
NGOSHE = L(["Ngoshe", "Gwoza", "near Gwoza"], cc="NG")
DAMBOA_ROAD = L(["Maiduguri-Damboa road", "Damboa road", "Damboa", "Maiduguri"], cc="NG")
TUMBUNS = L(["Tumbuns", "Lake Chad", "Tumbuns area of Lake Chad"], cc="NG")
DAN_ISA = L(["Dan Isa", "Tsafe", "Tsafe local government area", "Zamfara", "Zamfara State"], cc="NG")
RSFM = ["Radio Sahel FM", "Radio Sahel", "author", "Bulama Kachalla", "correspondent"]
RES06 = ["residents", "Residents", "two residents"]
ARMY06 = ["army", "statement"] + NIGARMY
NIGHT06 = D("2024-10-16", "2024-10-17")   # "last night", "until around three this morning"
E06 = [
    # the residents' version carries their count of dead soldiers (at least five)
    E(True, "fighters of the Islamic State West Africa Province, ISWAP, attacked the military base on the edge of the town",
      BAT, CLASH, actor1=ISWAP + NIGARMY, actor2=NIGARMY + ["military base"] + ISWAP, location=DAMBOA, date=NIGHT06,
      killed=R(5, None), source=RSFM + RES06),
    E(False, "they counted at least five dead soldiers", BAT, CLASH, actor1=ISWAP, actor2=NIGARMY, location=DAMBOA,
      date=NIGHT06, killed=R(5, None), source=RES06),
    E(False, "troops repel a night attack on the army base in Damboa", BAT, CLASH, actor1=ISWAP + NIGARMY,
      actor2=NIGARMY + ISWAP, location=DAMBOA, date=NIGHT06, source=RSFM),
    # the army's version: "neutralised eleven" -> casualties (dev_d), two soldiers wounded -> injured;
    # casualties 11..13 accepts the attackers alone or with the wounded soldiers
    E(True, "troops of Operation Hadin Kai repelled the attack and neutralised eleven terrorists", BAT, CLASH,
      actor1=NIGARMY + ISWAP, actor2=ISWAP + ["terrorists"] + NIGARMY, location=DAMBOA, date=NIGHT06,
      casualties=R(11, 13), injured=R(2), source=ARMY06),
    # "on Tuesday" in a Thursday bulletin -> 15 October; the numbers are captives, no casualty field
    E(True, "Boko Haram fighters seized a group of women who had gone into the bush near Ngoshe to gather firewood on Tuesday",
      VAC, ABDUCT, actor1=BOKO + ["Boko Haram fighters", "abductors"], actor2=CIV + ["women"], location=NGOSHE,
      date=D("2024-10-15"), source=RSFM + ["community leader"]),
    E(False, "women abducted near Gwoza", VAC, ABDUCT, actor1=BOKO + UNK, actor2=CIV + ["women"], location=NGOSHE,
      date=D("2024-10-15"), source=RSFM),
    E(False, "The police in Maiduguri confirmed an abduction", VAC, ABDUCT, actor1=BOKO + UNK, actor2=CIV,
      location=NGOSHE, date=D("2024-10-15"), source=["police", "police in Maiduguri"]),
    # "Two days ago" -> Tuesday 15 October; police blame "insurgents" (on both ISWAP's and Boko Haram's lists)
    E(True, "a commercial bus ran over a landmine on the Maiduguri-Damboa road, about 20 kilometres from Damboa, killing seven passengers and injuring 12",
      EXP, IED, actor1=UNK + ["insurgents"] + ISWAP + BOKO, actor2=CIV + ["commercial bus", "bus", "passengers"],
      location=DAMBOA_ROAD, date=D("2024-10-15"), killed=R(7), injured=R(12), source=RSFM + ["Police", "police"]),
    E(False, "a bus hits a landmine on the Damboa road", EXP, IED, actor1=UNK, actor2=CIV + ["bus"],
      location=DAMBOA_ROAD, date=D("2024-10-15"), source=RSFM),
    # "scores of" -> 40..open (docstring)
    E(True, "its jets yesterday struck ISWAP hideouts in the Tumbuns area of Lake Chad", EXP, AIR,
      actor1=NIGARMY + ["jets"], actor2=ISWAP + ["hideouts", "fighters"], location=TUMBUNS, date=D("2024-10-16"),
      killed=R(40, None), source=["Nigerian Air Force", "Air Force"]),
    E(True, "bandits stormed Dan Isa village in Tsafe local government area on Sunday night and abducted 27 people",
      VAC, ABDUCT, actor1=BANDITS, actor2=CIV + ["people", "village imam", "villagers"], location=DAN_ISA,
      date=D("2024-10-13", "2024-10-14"), source=["police", "police in Zamfara State"] + RSFM),
    E(False, "also drove away cattle", STR, LOOT, actor1=BANDITS, actor2=CIV + ["villagers", "cattle"],
      location=DAN_ISA, date=D("2024-10-13", "2024-10-14"), source=["Residents", "residents"]),
    # no gold: the gun trucks coming from Sambisa (a detail), "plant explosives along the road at night"
    # (generic), "cannot be independently confirmed"
]
DOCS.append(("dev-f-06", "Radio Sahel FM Maiduguri (transcript)", "2024-10-17", "local radio bulletin, relative dates",
             "Nigeria: ISWAP night attack on the Damboa base (army vs residents), women abducted near Gwoza (18-23), bus "
             "landmine, air strikes on the Tumbuns, bandit abduction in Zamfara", T06, E06))
WEEKDAYS += [("dev-f-06", "Thursday 17 October 2024", "2024-10-17", "Thursday"),
             ("dev-f-06", "on Tuesday / Two days ago", "2024-10-15", "Tuesday"),
             ("dev-f-06", "last night / yesterday", "2024-10-16", "Wednesday"),
             ("dev-f-06", "on Sunday night", "2024-10-13", "Sunday")]

# =============================================================================
# dev-f-07  feature with a narrative lede and background paragraphs — Ethiopia: Amhara, Dabat, Gondar (Sat 12 Apr 2025)
# =============================================================================
T07 = """The road to Dabat: living between Fano and the federal army in Ethiopia's Amhara

By Meron Tadesse | Horn Review | 12 April 2025

GONDAR, Ethiopia - The minibus to Dabat leaves Gondar's northern bus station at seven, if it leaves at all. On the morning we travelled, the driver waited two hours for a phone call from a cousin up the road. "If he says the hills are quiet, we go," he said. "If he doesn't answer, we don't."

Dabat, a market town of teff traders and tailors about 70 km north of Gondar, has changed hands twice in two weeks. At dawn on 28 March, several hundred Fano fighters entered the town after a short firefight with the police and local militia, opened the prison and held the town for about 30 hours. A local official said four police officers and two militiamen were killed. When federal troops came back with armoured vehicles on the evening of 29 March, the fighters withdrew into the hills without a fight, residents said.

Five days later, a drone struck a minibus on the road outside Dabat, killing nine passengers, among them a primary-school teacher, their relatives said. Residents blamed the federal army, the only force known to fly armed drones in the region. A regional government spokesman said the army had hit "a vehicle carrying extremists" and denied that any civilians had died.

In Gondar itself, soldiers went from house to house in the Azezo neighbourhood last week and detained dozens of young men suspected of supporting Fano, according to families of those held.

The conflict grew out of an earlier war. Fano militias fought alongside the federal army against Tigrayan forces from November 2020 until the Pretoria agreement of November 2022 ended that war. In April 2023, the government's order to dissolve the regions' special forces set off protests in Gondar, Woldia and Kobo. By August 2023, Fano had briefly seized Lalibela and parts of Gondar, the government had declared a state of emergency, and a government drone strike on the main square of Finote Selam had killed more than 20 people.

Two years on, neither side looks close to winning. The federal government says its forces are "clearing the remnants of extremist groups". Fano's commanders say they will march on Addis Ababa. In Dabat, people mostly talk about the price of fuel.
"""

DABAT = L(["Dabat", "Dabat town", "north of Gondar"], cc="ET")
DABAT_ROAD = L(["Dabat", "road outside Dabat"], cc="ET")
GONDAR = L(["Gondar", "Gonder", "Azezo", "Azezo neighbourhood"], 12.60, 37.47, "ET")
LALIBELA = L(["Lalibela"], 12.03, 39.04, "ET")
FINOTE_SELAM = L(["Finote Selam", "Finote Selam main square", "Amhara"], cc="ET")
AMHARA = L(["Amhara", "Gondar", "Woldia", "Kobo"], cc="ET")
HR = ["Horn Review", "Meron Tadesse", "author"]
ET_GOV = ["regional government spokesman", "regional government", "Amhara regional government"] + ENDF
LOCAL_SEC = ["police", "local militia", "police officers", "militiamen", "Police Forces of Ethiopia"]
E07 = [
    # a takeover after a short fight: Non-state actor overtakes territory, with the official's toll
    E(True, "At dawn on 28 March, several hundred Fano fighters entered the town after a short firefight with the police and local militia, opened the prison and held the town for about 30 hours",
      BAT, NSAOVER, actor1=FANO, actor2=LOCAL_SEC + ENDF, location=DABAT, date=D("2025-03-28"), killed=R(6),
      source=HR + ["local official"]),
    # the troops return and the fighters leave "without a fight" -> Non-violent transfer of territory (docstring)
    E(True, "When federal troops came back with armoured vehicles on the evening of 29 March, the fighters withdrew into the hills without a fight",
      STR, TRANSFER, actor1=ENDF, actor2=FANO + ["fighters"], location=DABAT, date=D("2025-03-29"),
      source=["residents"] + HR),
    E(False, "has changed hands twice in two weeks", BAT, NSAOVER, actor1=FANO + ENDF, actor2=ENDF + FANO,
      location=DABAT, date=D("2025-03-28", "2025-04-12"), source=HR, aggregate=True),
    # "Five days later" than 28 March -> 2 April; residents blame the army (who alone flies drones)
    E(True, "a drone struck a minibus on the road outside Dabat, killing nine passengers", EXP, AIR,
      actor1=ENDF + UNK, actor2=CIV + ["minibus", "passengers", "teacher"], location=DABAT_ROAD, date=D("2025-04-02"),
      killed=R(9), source=HR + ["relatives", "residents"]),
    # the government's version of the same strike, and its denial of civilian deaths
    E(True, "the army had hit \"a vehicle carrying extremists\"", EXP, AIR, actor1=ENDF, actor2=FANO + ["extremists", "vehicle"],
      location=DABAT_ROAD, date=D("2025-04-02"), source=ET_GOV),
    E(False, "denied that any civilians had died", EXP, AIR, actor1=ENDF, actor2=CIV, location=DABAT_ROAD,
      date=D("2025-04-02"), source=ET_GOV, status="denied"),
    # "last week" in a Saturday 12 April piece -> Mon 31 March .. Sun 6 April
    E(True, "soldiers went from house to house in the Azezo neighbourhood last week and detained dozens of young men suspected of supporting Fano",
      STR, ARRESTS, actor1=ENDF + ["soldiers"], actor2=CIV + ["young men"] + FANO, location=GONDAR,
      date=D("2025-03-31", "2025-04-06"), source=["families"] + HR),
    # background, years earlier -> non-core
    E(False, "Fano militias fought alongside the federal army against Tigrayan forces from November 2020", BAT, CLASH,
      actor1=FANO + ENDF + TPLF, actor2=TPLF + FANO + ENDF, location=L(["Tigray", "Ethiopia"], cc="ET"),
      date=D("2020-11-01", "2022-11-30"), source=HR, aggregate=True),
    E(False, "the Pretoria agreement of November 2022 ended that war", STR, AGREE,
      actor1=["Ethiopian government", "federal government"] + ENDF + TPLF, actor2=TPLF + ENDF,
      location=L(["Pretoria", "South Africa"], -25.75, 28.19, "ZA"), date=D("2022-11-01", "2022-11-30"), source=HR),
    E(False, "set off protests in Gondar, Woldia and Kobo", PRO, PEACEFUL, actor1=PROTESTERS, location=AMHARA,
      date=D("2023-04-01", "2023-04-30"), source=HR, aggregate=True),
    E(False, "Fano had briefly seized Lalibela and parts of Gondar", BAT, NSAOVER, actor1=FANO, actor2=ENDF,
      location=LALIBELA, date=D("2023-01-01", "2023-08-31"), source=HR),
    E(False, "a government drone strike on the main square of Finote Selam had killed more than 20 people", EXP, AIR,
      actor1=ENDF + ["government"], actor2=CIV + ["people"], location=FINOTE_SELAM, date=D("2023-01-01", "2023-08-31"),
      killed=R(21, None), source=HR),
    E(False, "Fano's commanders say they will march on Addis Ababa", BAT, NSAOVER, actor1=FANO, actor2=ENDF,
      location=L(["Addis Ababa"], 9.03, 38.74, "ET"), source=FANO + ["Fano's commanders"], status="planned"),
    # no gold: the opened prison (a detail of the takeover), the state of emergency (a decree, no event
    # type fits), "clearing the remnants of extremist groups" (a generic claim), the driver's waiting
]
DOCS.append(("dev-f-07", "Horn Review", "2025-04-12", "feature with narrative lede and background paragraphs",
             "Ethiopia/Amhara: Fano takes Dabat, troops return without a fight, drone on a minibus (two versions), "
             "Azezo detentions; 2020-2023 background", T07, E07))
WEEKDAYS += [("dev-f-07", "12 April 2025", "2025-04-12", "Saturday"), ("dev-f-07", "28 March", "2025-03-28", "Friday"),
             ("dev-f-07", "29 March", "2025-03-29", "Saturday"), ("dev-f-07", "Five days later", "2025-04-02", "Wednesday"),
             ("dev-f-07", "last week (start)", "2025-03-31", "Monday"), ("dev-f-07", "last week (end)", "2025-04-06", "Sunday")]

# =============================================================================
# dev-f-08  partisan pro-resistance opinion piece — Myanmar: Sagaing, Rakhine, Mandalay, Yangon (Sat 14 Feb 2026)
# =============================================================================
T08 = """OPINION: The junta bombs children at a monastery while its soldiers surrender in Rakhine. The end is near.

Spring Voice | Editorial | Saturday, 14 February 2026

Once again the fascist generals in Naypyidaw have shown the world what they are. On Tuesday night, junta jets dropped two 500-pound bombs on the monastery of Let Pan village in Depayin township, Sagaing Region, where villagers had gathered for a novice ordination ceremony. Twenty-eight people were murdered, eleven of them children, and more than 30 were wounded, according to the local People's Defence Force and volunteer rescuers.

The regime's mouthpiece, the Global New Light of Myanmar, has the shamelessness to claim that "security forces" struck "a terrorist training camp" in the area. There was no camp. There were monks, farmers and children in their best clothes.

These butchers are not winning. They are losing, and they know it. On Thursday the Arakan Army announced that its fighters had captured the town of Gwa, the junta's last foothold in southern Rakhine State, after a siege of nearly four months. The AA says more than 200 soldiers and police surrendered with their weapons. We salute our Rakhine brothers and sisters.

In Mandalay Region, heroes of the resistance ambushed a junta convoy on the road near Singu on Wednesday, killing at least 17 soldiers and destroying three trucks, the local PDF battalion told Spring Voice. The regime has not commented, as usual.

Meanwhile in Yangon the dictatorship hunts teenagers. This week soldiers and police arrested 14 young people in Hlaing Tharyar township for "supporting terrorism" on Facebook, relatives say. Their only crime was to write the truth.

Since its sham election, the junta has carried out more than 400 air strikes on villages, schools and clinics, by our count. It will bomb more. Every defeat on the battlefield is followed by revenge on civilians, and Gwa's neighbours should prepare for it.

But the end of this regime is coming. Before the monsoon, mark our words, the generals will be fleeing Naypyidaw the way their soldiers fled Gwa.
"""

LET_PAN = L(["Let Pan", "Let Pan village", "Depayin", "Depayin township", "Sagaing", "Sagaing Region"], cc="MM")
GWA = L(["Gwa", "Gwa town", "southern Rakhine", "Rakhine", "Rakhine State"], cc="MM")
SINGU = L(["Singu", "near Singu", "Mandalay Region"], cc="MM")
YANGON = L(["Yangon", "Rangoon", "Hlaing Tharyar", "Hlaing Tharyar township"], 16.84, 96.17, "MM")
SPRING = ["Spring Voice", "author"]
VILLAGERS08 = CIV + ["villagers", "monastery", "children", "monks", "people"]
E08 = [
    # "Tuesday night" in a Saturday paper -> 10 (or into 11) February
    E(True, "junta jets dropped two 500-pound bombs on the monastery of Let Pan village in Depayin township, Sagaing Region",
      EXP, AIR, actor1=TATMADAW + ["junta jets", "fascist generals"], actor2=VILLAGERS08, location=LET_PAN,
      date=D("2026-02-10", "2026-02-11"), killed=R(28), injured=R(31, None),
      source=SPRING + PDF + ["volunteer rescuers", "rescuers"]),
    E(False, "The junta bombs children at a monastery", EXP, AIR, actor1=TATMADAW, actor2=VILLAGERS08, location=LET_PAN,
      date=D("2026-02-10", "2026-02-11"), source=SPRING),
    # the junta's version, as the editorial reports it
    E(True, "\"security forces\" struck \"a terrorist training camp\" in the area", EXP, AIR,
      actor1=TATMADAW + ["security forces"], actor2=PDF + ["terrorist training camp", "terrorists"], location=LET_PAN,
      date=D("2026-02-10", "2026-02-11"), source=["Global New Light of Myanmar", "regime's mouthpiece"] + TATMADAW),
    E(False, "There was no camp", EXP, AIR, actor1=TATMADAW, actor2=PDF + ["terrorist training camp"], location=LET_PAN,
      date=D("2026-02-10", "2026-02-11"), source=SPRING, status="denied"),
    E(True, "its fighters had captured the town of Gwa, the junta's last foothold in southern Rakhine State, after a siege of nearly four months",
      BAT, NSAOVER, actor1=ARAKAN_ARMY, actor2=TATMADAW + ["soldiers and police"], location=GWA,
      date=D("2026-02-10", "2026-02-12"), source=ARAKAN_ARMY + SPRING),
    E(False, "its soldiers surrender in Rakhine", BAT, NSAOVER, actor1=ARAKAN_ARMY, actor2=TATMADAW, location=GWA,
      date=D("2026-02-10", "2026-02-12"), source=SPRING),
    E(True, "heroes of the resistance ambushed a junta convoy on the road near Singu on Wednesday, killing at least 17 soldiers",
      BAT, CLASH, actor1=PDF + ["heroes of the resistance", "PDF battalion"] + TATMADAW,
      actor2=TATMADAW + ["junta convoy", "convoy", "soldiers"] + PDF, location=SINGU, date=D("2026-02-11"),
      killed=R(17, None), source=SPRING + PDF + ["local PDF battalion"]),
    # "This week" in a Saturday paper -> Monday 9 .. Saturday 14 February
    E(True, "This week soldiers and police arrested 14 young people in Hlaing Tharyar township", STR, ARRESTS,
      actor1=TATMADAW + ["soldiers and police", "police", "dictatorship"], actor2=CIV + ["young people", "teenagers"],
      location=YANGON, date=D("2026-02-09", "2026-02-14"), source=["relatives"] + SPRING),
    E(False, "the junta has carried out more than 400 air strikes on villages, schools and clinics", EXP, AIR,
      actor1=TATMADAW, actor2=CIV + ["villages", "schools", "clinics"], location=L(["Myanmar"], cc="MM"),
      date=D("2025-12-01", "2026-02-14"), source=SPRING, aggregate=True),
    # the author's forecasts -> hypothetical
    E(False, "It will bomb more", EXP, AIR, actor1=TATMADAW, actor2=CIV, location=L(["Myanmar"], cc="MM"),
      source=SPRING, status="hypothetical"),
    E(False, "the generals will be fleeing Naypyidaw the way their soldiers fled Gwa", BAT, NSAOVER,
      actor1=PDF + ARAKAN_ARMY, actor2=TATMADAW + ["generals"], location=L(["Naypyidaw", "Nay Pyi Taw"], 19.75, 96.10, "MM"),
      source=SPRING, status="hypothetical"),
    # no gold: "hunts teenagers" (restates the arrests), "revenge on civilians ... should prepare for it"
    # (a generic warning), the 200 surrenders (a detail of the capture), "the sham election" (no act)
]
DOCS.append(("dev-f-08", "Spring Voice (editorial)", "2026-02-14", "partisan pro-resistance opinion piece",
             "Myanmar: junta bombing of a monastery in Depayin (two versions), Arakan Army takes Gwa, PDF ambush near "
             "Singu, Yangon arrests, forecasts", T08, E08))
WEEKDAYS += [("dev-f-08", "Saturday, 14 February 2026", "2026-02-14", "Saturday"),
             ("dev-f-08", "On Tuesday night", "2026-02-10", "Tuesday"), ("dev-f-08", "on Wednesday", "2026-02-11", "Wednesday"),
             ("dev-f-08", "On Thursday", "2026-02-12", "Thursday"), ("dev-f-08", "This week (start)", "2026-02-09", "Monday")]

# =============================================================================
# dev-f-09  wire update with a correction and a superseded toll — Ukraine/Russia: Kharkiv, Odesa, Bryansk, Belgorod (Fri 14 Nov 2025)
# =============================================================================
T09 = """UPDATE 3-Russian missile and drone attack on Kharkiv kills nine; Ukraine says its drones hit Russian oil depot

(Updates toll in paragraph 1, adds Russian defence ministry statement in paragraph 8; corrects name of district in paragraph 3)

KYIV, Nov 14 (Eastbridge News) - A Russian attack with ballistic missiles and drones on the city of Kharkiv overnight killed nine people, among them two children, and injured 41, Ukrainian officials said on Friday.

Earlier on Friday, regional officials had put the death toll at six.

The missiles struck a five-storey apartment block and a tram depot in the city's Saltivskyi district, the regional governor said. (An earlier version of this story incorrectly said the strike hit the Kholodnohirskyi district.) Rescuers were still searching the rubble in the afternoon.

Ukraine's air force said Russia had launched four ballistic missiles and 138 drones at Ukraine overnight, and that 112 of the drones had been shot down or jammed by electronic warfare.

In the southern port city of Odesa, a drone hit the warehouse of a logistics company, starting a fire, the regional administration said. No one was hurt.

Ukraine's General Staff said its long-range drones had struck an oil depot in Russia's Bryansk region that supplied fuel to Russian troops, causing a large fire. It published video showing flames rising over storage tanks.

The governor of the Bryansk region said debris from a drone that had been shot down fell on the territory of an industrial facility, causing a fire that was quickly put out. There were no casualties, he said.

Russia's defence ministry said its air defences had destroyed 64 Ukrainian drones over seven Russian regions overnight, 21 of them over the Bryansk region.

Separately, the governor of Russia's Belgorod region said Ukrainian shelling had wounded two civilians in the border town of Shebekino on Thursday evening. Independent verification of the claims made by either side was not possible.

Russia has intensified its air attacks on Ukrainian cities and energy facilities since September, while Kyiv has stepped up drone strikes on Russian refineries and fuel depots, which it says are legitimate military targets.
"""

KHARKIV = L(["Kharkiv", "Kharkov", "Saltivskyi district", "Saltivka"], 49.99, 36.23, "UA")
ODESA = L(["Odesa", "Odessa"], 46.48, 30.73, "UA")
BRYANSK = L(["Bryansk region", "Bryansk", "Bryansk oblast"], cc="RU")
SHEBEKINO = L(["Shebekino", "Belgorod region", "Belgorod"], cc="RU")
UKR_ALL = L(["Ukraine"], cc="UA")
RUS_REGIONS = L(["seven Russian regions", "Russia", "Bryansk region"], cc="RU")
EBN = ["Eastbridge News", "author"]
UA_OFF = ["Ukrainian officials", "regional officials", "regional governor", "officials"]
UA_AF = ["Ukraine's air force", "air force", "Ukrainian Air Force"]
NIGHT09 = D("2025-11-13", "2025-11-14")   # "overnight" before a Friday report
E09 = [
    # the latest toll is on the core event; the superseded one is a non-core copy (dev_e's correction notices)
    E(True, "A Russian attack with ballistic missiles and drones on the city of Kharkiv overnight killed nine people, among them two children, and injured 41",
      EXP, SHELL, actor1=RUSSIA, actor2=CIV + ["people", "children", "apartment block"], location=KHARKIV, date=NIGHT09,
      killed=R(9), injured=R(41), source=UA_OFF + EBN),
    # the same attack named two weapons -> a copy per sub-type (dev_e), non-core
    E(False, "A Russian attack with ballistic missiles and drones on the city of Kharkiv overnight killed nine people, among them two children, and injured 41",
      EXP, AIR, actor1=RUSSIA, actor2=CIV, location=KHARKIV, date=NIGHT09, killed=R(9), injured=R(41),
      source=UA_OFF + EBN),
    E(False, "regional officials had put the death toll at six", EXP, SHELL, actor1=RUSSIA, actor2=CIV, location=KHARKIV,
      date=NIGHT09, killed=R(6), source=["regional officials", "officials"]),
    E(False, "Russian missile and drone attack on Kharkiv kills nine", EXP, SHELL, actor1=RUSSIA, actor2=CIV,
      location=KHARKIV, date=NIGHT09, killed=R(9), source=EBN),
    E(False, "The missiles struck a five-storey apartment block and a tram depot in the city's Saltivskyi district", EXP,
      SHELL, actor1=RUSSIA, actor2=CIV + ["apartment block", "tram depot"], location=KHARKIV, date=NIGHT09,
      source=["regional governor", "governor"]),
    # nationwide totals -> aggregates
    E(False, "Russia had launched four ballistic missiles and 138 drones at Ukraine overnight", EXP, AIR, actor1=RUSSIA,
      actor2=UKRAINE, location=UKR_ALL, date=NIGHT09, source=UA_AF, aggregate=True),
    E(False, "112 of the drones had been shot down or jammed by electronic warfare", STR, DISRUPT, actor1=UKRAINE,
      actor2=RUSSIA, location=UKR_ALL, date=NIGHT09, source=UA_AF, aggregate=True),
    # a drone on a warehouse, "No one was hurt" -> 0..0; the drone's owner is implied by the attack -> Russia or unknown
    E(True, "a drone hit the warehouse of a logistics company, starting a fire", EXP, AIR, actor1=RUSSIA + UNK,
      actor2=CIV + ["warehouse", "logistics company"], location=ODESA, date=NIGHT09, killed=R(0), injured=R(0),
      source=["regional administration", "Odesa regional administration"]),
    # two versions of the Bryansk fire: Ukraine's strike, and the governor's downed drone
    E(True, "its long-range drones had struck an oil depot in Russia's Bryansk region that supplied fuel to Russian troops, causing a large fire",
      EXP, AIR, actor1=UKRAINE + ["long-range drones"], actor2=RUSSIA + ["oil depot", "Russian troops"], location=BRYANSK,
      date=NIGHT09, source=["Ukraine's General Staff", "General Staff"] + UKRAINE),
    E(False, "Ukraine says its drones hit Russian oil depot", EXP, AIR, actor1=UKRAINE, actor2=RUSSIA + ["oil depot"],
      location=BRYANSK, date=NIGHT09, source=EBN + UKRAINE),
    E(True, "debris from a drone that had been shot down fell on the territory of an industrial facility, causing a fire that was quickly put out",
      STR, DISRUPT, actor1=RUSSIA + ["air defences"], actor2=UKRAINE + UNK, location=BRYANSK, date=NIGHT09, killed=R(0),
      injured=R(0), source=["governor of the Bryansk region", "Bryansk governor", "governor"] + RUSSIA),
    E(False, "its air defences had destroyed 64 Ukrainian drones over seven Russian regions overnight", STR, DISRUPT,
      actor1=RUSSIA + ["air defences"], actor2=UKRAINE, location=RUS_REGIONS, date=NIGHT09,
      source=["Russia's defence ministry", "defence ministry", "Russian Ministry of Defence"] + RUSSIA, aggregate=True),
    E(True, "Ukrainian shelling had wounded two civilians in the border town of Shebekino on Thursday evening", EXP,
      SHELL, actor1=UKRAINE, actor2=CIV, location=SHEBEKINO, date=D("2025-11-13"), injured=R(2),
      source=["governor of Russia's Belgorod region", "Belgorod governor", "governor"] + RUSSIA),
    E(False, "Russia has intensified its air attacks on Ukrainian cities and energy facilities since September", EXP,
      AIR, actor1=RUSSIA, actor2=UKRAINE + CIV, location=UKR_ALL, date=D("2025-09-01", "2025-11-14"), source=EBN,
      aggregate=True),
    E(False, "Kyiv has stepped up drone strikes on Russian refineries and fuel depots", EXP, AIR, actor1=UKRAINE,
      actor2=RUSSIA + ["refineries", "fuel depots"], location=L(["Russia"], cc="RU"), date=D("2025-09-01", "2025-11-14"),
      source=EBN, aggregate=True),
    # no gold: the corrected district ("incorrectly said ... Kholodnohirskyi", not an event), the video,
    # "searching the rubble", "legitimate military targets" (a claim about targets, no act)
]
DOCS.append(("dev-f-09", "Eastbridge News (UPDATE 3)", "2025-11-14", "wire update with a correction and a superseded toll",
             "Ukraine/Russia: missiles and drones on Kharkiv (6 -> 9 killed), drone on an Odesa warehouse, Bryansk oil "
             "depot (strike vs downed drone), Shebekino shelling, nightly drone totals", T09, E09))
WEEKDAYS += [("dev-f-09", "Nov 14 / on Friday", "2025-11-14", "Friday"),
             ("dev-f-09", "Thursday evening", "2025-11-13", "Thursday")]

# =============================================================================
# dev-f-10  human-rights NGO press release: massacre, protest met with force, abduction, looting — Haiti (Wed 22 Oct 2025)
# =============================================================================
T10 = """Haiti: at least 34 killed in gang attack on Petite-Rivière; police open fire on protesters in Port-au-Prince

PRESS RELEASE | Haitian Collective for Human Rights (CHDH) | Port-au-Prince, 22 October 2025

The Haitian Collective for Human Rights (CHDH) condemns the wave of violence that has struck the Artibonite department and the capital over the past week, and the failure of the State to protect the population.

1. On the night of 14 to 15 October, heavily armed members of the Gran Grif gang attacked several neighbourhoods of Petite-Rivière-de-l'Artibonite, going from house to house. CHDH investigators have so far identified 34 people killed, nine of them children, and 21 wounded. Witnesses told CHDH that the attackers set fire to at least 60 houses and stole livestock.

2. Police officers and members of the Gang Suppression Force reached the town only at around 9 a.m. on 15 October. They exchanged fire with the gang for about two hours before the attackers withdrew towards the hills. The police say four gang members were killed; CHDH has not been able to confirm this.

3. On Friday 17 October, several thousand people, many of them displaced from the Artibonite, marched in Delmas to demand protection. When the march approached the office of the Prime Minister, police fired tear gas and then live ammunition. One protester, a 23-year-old student, was killed and at least six others were wounded by bullets. The National Police said its officers had been shot at from the crowd, a claim that CHDH's witnesses reject.

4. On 19 October, armed men abducted two nurses and an ambulance driver from a health centre in Croix-des-Bouquets. Their kidnappers, who say they belong to the Viv Ansanm coalition, are demanding a ransom of 300,000 US dollars.

5. On 20 October, after the police withdrew from Mirebalais, gang members looted the police station and the town's customs office and set both buildings on fire.

Since January, CHDH has documented at least 3,100 people killed by gangs across the country.

CHDH calls on the authorities to open an independent investigation into the shooting in Delmas, and on the Gang Suppression Force to deploy to the Artibonite without delay.
"""

PETITE_RIVIERE = L(["Petite-Rivière-de-l'Artibonite", "Petite-Rivière", "Petite Riviere de l'Artibonite", "Artibonite"],
                   cc="HT")
DELMAS = L(["Delmas", "Port-au-Prince", "office of the Prime Minister"], 18.54, -72.34, "HT")
CROIX = L(["Croix-des-Bouquets", "Croix des Bouquets"], cc="HT")
MIREBALAIS = L(["Mirebalais"], cc="HT")
CHDH = ["Haitian Collective for Human Rights", "CHDH", "CHDH investigators", "author"]
NIGHT10 = D("2025-10-14", "2025-10-15")
E10 = [
    # "have so far identified 34 ... killed ... and 21 wounded" (and the headline's "at least 34") -> open ranges
    E(True, "heavily armed members of the Gran Grif gang attacked several neighbourhoods of Petite-Rivière-de-l'Artibonite, going from house to house",
      VAC, ATTACK, actor1=GANGS, actor2=CIV + ["neighbourhoods", "people", "residents"], location=PETITE_RIVIERE,
      date=NIGHT10, killed=R(34, None), injured=R(21, None), source=CHDH),
    E(False, "at least 34 killed in gang attack on Petite-Rivière", VAC, ATTACK, actor1=GANGS, actor2=CIV,
      location=PETITE_RIVIERE, date=NIGHT10, killed=R(34, None), source=CHDH),
    # arson and theft during the massacre: details of the same attack -> non-core
    E(False, "the attackers set fire to at least 60 houses and stole livestock", STR, LOOT, actor1=GANGS,
      actor2=CIV + ["houses", "livestock"], location=PETITE_RIVIERE, date=NIGHT10, source=["Witnesses", "witnesses"]),
    # the police's figure ("four gang members were killed") belongs to the firefight
    E(True, "They exchanged fire with the gang for about two hours before the attackers withdrew towards the hills", BAT,
      CLASH, actor1=HNP + GSF + GANGS, actor2=GANGS + HNP + GSF, location=PETITE_RIVIERE, date=D("2025-10-15"),
      killed=R(4), source=CHDH + ["police"]),
    # tear gas then live fire, a protester killed -> Excessive force against protesters
    E(True, "When the march approached the office of the Prime Minister, police fired tear gas and then live ammunition",
      PRO, EXCESSIVE, **PROTEST_SIDES(HNP + ["National Police"]), location=DELMAS, date=D("2025-10-17"), killed=R(1),
      injured=R(6, None), source=CHDH),
    E(False, "police open fire on protesters in Port-au-Prince", PRO, EXCESSIVE, **PROTEST_SIDES(HNP), location=DELMAS,
      date=D("2025-10-17"), source=CHDH),
    # the police's version: its officers were shot at from the crowd
    E(False, "its officers had been shot at from the crowd", RIOT, VIOLENT, actor1=PROTESTERS + ["crowd"], actor2=HNP,
      location=DELMAS, date=D("2025-10-17"), source=["National Police"] + HNP),
    E(True, "armed men abducted two nurses and an ambulance driver from a health centre in Croix-des-Bouquets", VAC,
      ABDUCT, actor1=GANGS + ["armed men", "kidnappers"], actor2=CIV + ["nurses", "ambulance driver", "health centre"],
      location=CROIX, date=D("2025-10-19"), source=CHDH),
    E(True, "gang members looted the police station and the town's customs office and set both buildings on fire", STR,
      LOOT, actor1=GANGS, actor2=HNP + ["police station", "customs office"], location=MIREBALAIS, date=D("2025-10-20"),
      source=CHDH),
    E(False, "CHDH has documented at least 3,100 people killed by gangs across the country", VAC, ATTACK, actor1=GANGS,
      actor2=CIV, location=L(["Haiti"], cc="HT"), date=D("2025-01-01", "2025-10-22"), killed=R(3100, None), source=CHDH,
      aggregate=True),
    # no gold: the march itself before the shooting (the same event), the police withdrawal from
    # Mirebalais (no transfer stated to anyone), the ransom demand, the calls for an investigation
]
DOCS.append(("dev-f-10", "Haitian Collective for Human Rights (press release)", "2025-10-22",
             "human-rights NGO press release", "Haiti: Gran Grif massacre in Petite-Rivière, police-gang firefight, "
             "protest in Delmas met with live fire, nurses abducted, Mirebalais police station looted", T10, E10))
WEEKDAYS += [("dev-f-10", "22 October 2025", "2025-10-22", "Wednesday"),
             ("dev-f-10", "On Friday 17 October", "2025-10-17", "Friday")]

# =============================================================================
# dev-f-11  human-rights group's case-file report on abductions and detentions — Syria: Homs, Latakia, Sweida (Wed 9 Jul 2025)
# =============================================================================
T11 = """Abductions, detentions and a revenge spiral: LRD's case files for late June and early July 2025

Levant Rights Documentation (LRD) | Field report No. 31 | 9 July 2025

LRD documents violations against civilians in Syria through a network of field researchers and interviews with victims' relatives. The cases below were verified with at least two independent sources. Names are withheld at the families' request.

CASE 1 - HOMS
On 28 June, gunmen in a white pick-up truck stopped a taxi on the road between Homs and Tal Kalakh and abducted its driver, a 34-year-old man from an Alawite village. His family received no ransom demand. On 1 July his body was found with gunshot wounds in an orchard near Tal Kalakh. The Interior Ministry said on 5 July that it had arrested two suspects in the killing, whom it described as "outlaws acting for personal revenge".

CASE 2 - LATAKIA
On 2 July, General Security forces carried out a search campaign in the village of Beit Yashout in the Latakia countryside and detained nine men, accusing them of links to "remnants of the former regime". Two were released the next day. The families of the other seven have been told nothing about where they are held.

CASE 3 - SWEIDA
On 3 July, armed men from a Bedouin clan kidnapped a Druze vegetable merchant on the Damascus-Sweida highway and beat him before releasing him that evening. Within hours, relatives of the merchant seized four Bedouin men at a roadblock east of Sweida city. That night, Druze armed groups and Bedouin clan fighters clashed in the al-Maqwas neighbourhood of the city; five people were killed, two of them civilians, according to a local hospital. The four Bedouin men were released on 5 July after mediation by local notables.

OVERALL
In June 2025, LRD documented 47 abductions and 112 arbitrary detentions across nine governorates. At least 11 of those abducted were later found dead.

LRD calls on the authorities to publish the names of all detainees and to bring those responsible for abductions to justice, whatever their affiliation.
"""

HOMS_TALKALAKH = L(["Tal Kalakh", "Tell Kalakh", "road between Homs and Tal Kalakh", "Homs"], cc="SY")
TALKALAKH = L(["Tal Kalakh", "Tell Kalakh", "orchard near Tal Kalakh", "Homs"], cc="SY")
BEIT_YASHOUT = L(["Beit Yashout", "Bayt Yashut", "Latakia countryside", "Latakia"], cc="SY")
SWEIDA_HWY = L(["Damascus-Sweida highway", "Sweida", "Suwayda", "As-Suwayda"], cc="SY")
SWEIDA = L(["Sweida", "Suwayda", "As-Suwayda", "Sweida city", "al-Maqwas", "al-Maqwas neighbourhood"], 32.71, 36.57,
           "SY")
SWEIDA_EAST = L(["east of Sweida city", "Sweida", "Suwayda"], 32.71, 36.57, "SY")
LRD = ["Levant Rights Documentation", "LRD", "author", "field researchers"]
BEDOUIN = ["Bedouin clan", "Bedouin clan fighters", "Bedouin", "armed men from a Bedouin clan", "Bedouin tribes",
           "tribal fighters"]
DRUZE = ["Druze armed groups", "Druze", "Druze fighters", "relatives of the merchant", "local factions"]
E11 = [
    E(True, "gunmen in a white pick-up truck stopped a taxi on the road between Homs and Tal Kalakh and abducted its driver",
      VAC, ABDUCT, actor1=UNK + ["gunmen"], actor2=CIV + ["driver", "taxi driver", "Alawite"], location=HOMS_TALKALAKH,
      date=D("2025-06-28"), source=LRD),
    # the body found on 1 July: killed between the abduction and the finding -> its own event
    E(True, "On 1 July his body was found with gunshot wounds in an orchard near Tal Kalakh", VAC, ATTACK,
      actor1=UNK + ["gunmen", "outlaws"], actor2=CIV + ["driver", "taxi driver"], location=TALKALAKH,
      date=D("2025-06-28", "2025-07-01"), killed=R(1), source=LRD),
    # the arrests are dated by the statement (after the body was found) but not placed -> no location
    E(True, "The Interior Ministry said on 5 July that it had arrested two suspects in the killing", STR, ARRESTS,
      actor1=SYNEW, actor2=["suspects", "two suspects", "outlaws"], date=D("2025-07-01", "2025-07-05"),
      source=["Interior Ministry", "interior ministry"]),
    E(True, "General Security forces carried out a search campaign in the village of Beit Yashout in the Latakia countryside and detained nine men",
      STR, ARRESTS, actor1=SYNEW + ["General Security forces"], actor2=CIV + ["nine men", "men", "remnants of the former regime"],
      location=BEIT_YASHOUT, date=D("2025-07-02"), source=LRD),
    # beaten and released the same day: still an abduction (a civilian seized by armed men)
    E(True, "armed men from a Bedouin clan kidnapped a Druze vegetable merchant on the Damascus-Sweida highway", VAC,
      ABDUCT, actor1=BEDOUIN, actor2=CIV + ["Druze vegetable merchant", "merchant", "Druze"], location=SWEIDA_HWY,
      date=D("2025-07-03"), source=LRD),
    # the relatives' counter-seizure: an identity-based retaliation against civilians -> Abduction
    E(True, "relatives of the merchant seized four Bedouin men at a roadblock east of Sweida city", VAC, ABDUCT,
      actor1=DRUZE, actor2=CIV + ["Bedouin men", "four Bedouin men", "Bedouin"], location=SWEIDA_EAST,
      date=D("2025-07-03"), source=LRD),
    E(True, "That night, Druze armed groups and Bedouin clan fighters clashed in the al-Maqwas neighbourhood of the city",
      BAT, CLASH, actor1=DRUZE + BEDOUIN, actor2=BEDOUIN + DRUZE, location=SWEIDA, date=D("2025-07-03", "2025-07-04"),
      killed=R(5), source=LRD + ["local hospital", "hospital"]),
    # a release after mediation -> no gold (no ACLED event); June totals -> aggregates
    E(False, "LRD documented 47 abductions and 112 arbitrary detentions across nine governorates", VAC, ABDUCT,
      actor1=UNK, actor2=CIV, location=L(["Syria"], cc="SY"), date=D("2025-06-01", "2025-06-30"), source=LRD,
      aggregate=True),
    E(False, "LRD documented 47 abductions and 112 arbitrary detentions across nine governorates", STR, ARRESTS,
      actor1=SYNEW + UNK, actor2=CIV, location=L(["Syria"], cc="SY"), date=D("2025-06-01", "2025-06-30"), source=LRD,
      aggregate=True),
    E(False, "At least 11 of those abducted were later found dead", VAC, ATTACK, actor1=UNK, actor2=CIV,
      location=L(["Syria"], cc="SY"), date=D("2025-06-01", "2025-07-09"), killed=R(11, None), source=LRD, aggregate=True),
    # no gold: the beating (part of the abduction), the two released detainees, the release on 5 July,
    # the calls on the authorities
]
DOCS.append(("dev-f-11", "Levant Rights Documentation (field report)", "2025-07-09",
             "human-rights group's case-file report", "Syria: taxi driver abducted and found dead near Tal Kalakh, "
             "arrests, General Security detentions in Latakia, Sweida kidnapping, counter-seizure and clash", T11, E11))
WEEKDAYS += [("dev-f-11", "9 July 2025", "2025-07-09", "Wednesday")]

# =============================================================================
# dev-f-12  TV news bulletin transcript (translated): protests met with force — Iraq: Basra, Nasiriyah, Kirkuk (Tue 19 Aug 2025)
# =============================================================================
T12 = """Dijla Now TV - Nine O'Clock News, Tuesday 19 August 2025 (transcript, translated from Arabic)

ANCHOR: Good evening. Our top story: a protest over power cuts in Basra turned deadly today, as security forces opened fire on demonstrators outside the provincial government building. Our correspondent Haider al-Maliki joins us from Basra. Haider, what happened?

CORRESPONDENT: Good evening. Several hundred people, most of them young men from the districts of al-Hayyaniya and al-Jumhuriya, gathered here at about five o'clock, in temperatures close to fifty degrees, chanting against the electricity ministry. When some of them tried to climb the outer wall, security forces fired tear gas and then live rounds. The health directorate tells us one protester was killed and 14 were wounded, three of them seriously.

ANCHOR: And what do the security forces say?

CORRESPONDENT: The Basra operations command says its men fired only into the air. It says protesters threw petrol bombs and set fire to the main gate of the building, and that nine members of the security forces were injured by stones. Police later arrested 23 people accused of arson. The crowd had dispersed by nine.

ANCHOR: Thank you, Haider. In Nasiriyah, hundreds of unemployed graduates held a peaceful sit-in in Haboubi Square yesterday, demanding government jobs. The sit-in ended without incident after a meeting with the governor.

ANCHOR: Joining us now is the political analyst Dr. Salam Kadhim. Doctor, will the protests spread?

ANALYST: If the government does not fix the electricity in the next two weeks, I am certain that protests will spread to every southern province, and they will not be peaceful. The Sadrist movement has already called for a mass demonstration in Baghdad on Friday.

ANCHOR: In security news, the Security Media Cell says a roadside bomb exploded near an army patrol in the Wadi al-Shay area south of Kirkuk last night, wounding two soldiers. It blamed remnants of the Daesh terrorist gangs. We will be back after the break.
"""

BASRA = L(["Basra", "Basrah", "provincial government building", "Basra provincial government building"], 30.51, 47.78, "IQ")
NASIRIYAH = L(["Nasiriyah", "Nasiriya", "Haboubi Square", "al-Haboubi Square", "Dhi Qar"], 31.04, 46.26, "IQ")
WADI_SHAY = L(["Wadi al-Shay", "south of Kirkuk", "Kirkuk"], cc="IQ")
DIJLA = ["Dijla Now TV", "Dijla Now", "author", "Haider al-Maliki", "correspondent"]
BASRA_SEC = IRAQ_SEC + ["Basra operations command", "operations command"]
E12 = [
    # tear gas then live rounds, one killed -> Excessive force against protesters (the health directorate's figures)
    E(True, "When some of them tried to climb the outer wall, security forces fired tear gas and then live rounds", PRO,
      EXCESSIVE, **PROTEST_SIDES(BASRA_SEC), location=BASRA, date=D("2025-08-19"), killed=R(1), injured=R(14),
      source=DIJLA + ["health directorate", "Basra health directorate"]),
    E(False, "security forces opened fire on demonstrators outside the provincial government building", PRO, EXCESSIVE,
      **PROTEST_SIDES(BASRA_SEC), location=BASRA, date=D("2025-08-19"), source=DIJLA),
    E(False, "a protest over power cuts in Basra turned deadly today", PRO, EXCESSIVE, **PROTEST_SIDES(BASRA_SEC),
      location=BASRA, date=D("2025-08-19"), source=DIJLA),
    # the command's version: fired into the air, and the crowd rioted. Its "only into the air" is half a
    # denial of the live fire at the crowd -> the intervention is a non-core copy; the riot is its own event
    E(False, "its men fired only into the air", PRO, INTERVENTION, **PROTEST_SIDES(BASRA_SEC), location=BASRA,
      date=D("2025-08-19"), source=["Basra operations command", "operations command"]),
    E(True, "protesters threw petrol bombs and set fire to the main gate of the building", RIOT, VIOLENT,
      actor1=PROTESTERS + ["rioters"], actor2=BASRA_SEC + ["provincial government building", "main gate"],
      location=BASRA, date=D("2025-08-19"), injured=R(9),
      source=["Basra operations command", "operations command"]),
    # detentions that close the same protest -> a non-core detail (as dev_e's embassy march)
    E(False, "Police later arrested 23 people accused of arson", STR, ARRESTS, actor1=IRAQ_SEC + ["Police"],
      actor2=PROTESTERS + ["people"], location=BASRA, date=D("2025-08-19"),
      source=["Basra operations command", "operations command"] + DIJLA),
    # "yesterday" -> Monday 18 August
    E(True, "hundreds of unemployed graduates held a peaceful sit-in in Haboubi Square yesterday", PRO, PEACEFUL,
      actor1=PROTESTERS + ["unemployed graduates", "graduates"], location=NASIRIYAH, date=D("2025-08-18"),
      source=["Dijla Now TV", "Dijla Now", "author", "anchor"]),
    # the analyst's conditional forecast -> hypothetical; the Sadrists' call -> planned (future: no date)
    E(False, "protests will spread to every southern province", PRO, PEACEFUL, actor1=PROTESTERS,
      location=L(["southern provinces", "southern Iraq"], cc="IQ"), source=["Dr. Salam Kadhim", "analyst"],
      status="hypothetical"),
    E(False, "The Sadrist movement has already called for a mass demonstration in Baghdad on Friday", PRO, PEACEFUL,
      actor1=PROTESTERS + ["Sadrist movement", "Sadrists"], location=L(["Baghdad"], 33.34, 44.40, "IQ"),
      source=["Sadrist movement", "Dr. Salam Kadhim", "analyst"], status="planned"),
    # "last night" -> Monday night, both days
    E(True, "a roadside bomb exploded near an army patrol in the Wadi al-Shay area south of Kirkuk last night, wounding two soldiers",
      EXP, IED, actor1=UNK + ["Daesh", "Islamic State", "ISIS", "Daesh terrorist gangs", "remnants"],
      actor2=IRAQ_SEC + ["army patrol", "soldiers", "Iraqi army"], location=WADI_SHAY, date=D("2025-08-18", "2025-08-19"),
      injured=R(2), source=["Security Media Cell"]),
    # no gold: the gathering before the shooting (the same protest), "The crowd had dispersed by nine",
    # the sit-in's meeting with the governor
]
DOCS.append(("dev-f-12", "Dijla Now TV (transcript)", "2025-08-19", "TV news bulletin transcript, protests met with force",
             "Iraq: Basra power-cut protest (live fire vs 'into the air', riot at the gate), Nasiriyah sit-in, "
             "analyst's forecast, IED near Kirkuk", T12, E12))
WEEKDAYS += [("dev-f-12", "Tuesday 19 August 2025 / today", "2025-08-19", "Tuesday"),
             ("dev-f-12", "yesterday / last night", "2025-08-18", "Monday")]

# =============================================================================
# dev-f-13  a ship manager's press statement with timestamped updates — Red Sea off Hodeidah (Thu 12 Sep 2024)
# =============================================================================
T13 = """Statement by Aegean Crest Shipmanagement regarding MV Sea Lantern - Update 3

Piraeus, 12 September 2024, 18:00 local time

UPDATE 3 (12 September, 18:00)
It is with the deepest sorrow that we confirm that our missing crew member, an able seaman from the Philippines, has lost his life. He was on watch in the engine room when the vessel was struck on the port side on Wednesday evening. Our thoughts are with his family, whom we are supporting.

We are aware that the Houthi military spokesman has claimed that the Yemeni Armed Forces targeted the vessel with "a ballistic missile and a drone boat" because ships of our company call at the ports of occupied Palestine. This claim is false. MV Sea Lantern has no commercial connection with Israel and none of our vessels has called at an Israeli port.

We have been informed by the EU naval force Aspides that one of its frigates shot down a drone approaching the area of the abandoned vessel this morning.

UPDATE 2 (11 September, 22:00)
At approximately 19:10 local time, two small craft approached MV Sea Lantern and opened fire on the bridge. The embarked security team returned fire and the craft moved away. Shortly afterwards, an unmanned surface vessel struck the port side amidships, causing flooding in the engine room. The Master ordered the crew to abandon ship. Twenty crew members were rescued by a passing merchant vessel and are safe. One crew member is missing.

INITIAL STATEMENT (11 September, 09:30)
Aegean Crest Shipmanagement confirms that at approximately 03:40 local time today, MV Sea Lantern, a Marshall Islands-flagged bulk carrier, was hit by an unidentified projectile approximately 75 nautical miles west of Hodeidah, Yemen, while on passage from Jeddah to Djibouti. A fire broke out in the forward hold and was extinguished by the crew. Two crew members suffered minor injuries. The vessel continues on its voyage.

According to industry figures, MV Sea Lantern is the 81st merchant ship attacked in the Red Sea and the Gulf of Aden since November 2023.

Media enquiries: press@aegeancrest.example
"""

W_HODEIDAH = L(["Hodeidah", "Red Sea", "75 nautical miles west of Hodeidah", "Yemen"], cc="YE")
ACS = ["Aegean Crest Shipmanagement", "Aegean Crest", "company", "author"]
SHIP = ["MV Sea Lantern", "Sea Lantern", "bulk carrier", "vessel", "crew", "ship"]
ASPIDES = ["Aspides", "EU naval force Aspides", "EUNAVFOR Aspides", "EU naval force", "European Union", "frigate"]
HOUTHI_SPOX = HOUTHI + ["Houthi military spokesman", "military spokesman"]
E13 = [
    # an "unidentified projectile" (missile or drone, unknown) -> coded as a missile (dev_e); the claim
    # comes later -> unknown or the Houthis
    E(True, "MV Sea Lantern, a Marshall Islands-flagged bulk carrier, was hit by an unidentified projectile approximately 75 nautical miles west of Hodeidah",
      EXP, SHELL, actor1=UNK + HOUTHI, actor2=SHIP, location=W_HODEIDAH, date=D("2024-09-11"), injured=R(2), source=ACS),
    # two armed sides exchange fire (dev_e's skiff)
    E(True, "two small craft approached MV Sea Lantern and opened fire on the bridge", BAT, CLASH,
      actor1=UNK + ["small craft"] + HOUTHI + ["security team", "embarked security team"],
      actor2=SHIP + ["security team", "embarked security team"] + UNK, location=W_HODEIDAH, date=D("2024-09-11"),
      source=ACS),
    # a drone boat exploding against a hull -> Remote explosive/landmine/IED (dev_e); the crewman
    # "missing" in Update 2 is confirmed dead in Update 3 -> killed 1 on the core event
    E(True, "an unmanned surface vessel struck the port side amidships, causing flooding in the engine room", EXP, IED,
      actor1=UNK + HOUTHI + ["unmanned surface vessel"], actor2=SHIP, location=W_HODEIDAH, date=D("2024-09-11"),
      killed=R(1), source=ACS),
    E(False, "the vessel was struck on the port side on Wednesday evening", EXP, IED, actor1=UNK + HOUTHI, actor2=SHIP,
      location=W_HODEIDAH, date=D("2024-09-11"), killed=R(1), source=ACS),
    # the group's claim: one version naming two weapons -> core for the missile, a copy for the drone boat
    E(True, "the Yemeni Armed Forces targeted the vessel with \"a ballistic missile and a drone boat\"", EXP, SHELL,
      actor1=HOUTHI, actor2=SHIP, location=W_HODEIDAH, date=D("2024-09-11"), source=HOUTHI_SPOX),
    E(False, "the Yemeni Armed Forces targeted the vessel with \"a ballistic missile and a drone boat\"", EXP, IED,
      actor1=HOUTHI, actor2=SHIP, location=W_HODEIDAH, date=D("2024-09-11"), source=HOUTHI_SPOX),
    # "this morning" of 12 September; the drone's launcher is not named
    E(True, "one of its frigates shot down a drone approaching the area of the abandoned vessel this morning", STR,
      DISRUPT, actor1=ASPIDES, actor2=UNK + HOUTHI, location=W_HODEIDAH, date=D("2024-09-12"),
      source=ASPIDES + ACS),
    E(False, "MV Sea Lantern is the 81st merchant ship attacked in the Red Sea and the Gulf of Aden since November 2023",
      EXP, SHELL, actor1=HOUTHI + UNK, actor2=["merchant ship", "merchant ships", "vessels"],
      location=L(["Red Sea", "Gulf of Aden"]), date=D("2023-11-01", "2024-09-12"),
      source=["industry figures"] + ACS, aggregate=True),
    # no gold: "This claim is false" denies the motive (port calls), not the attack; the abandonment
    # and the rescue (no act of violence); the fire put out by the crew (part of the first strike)
]
DOCS.append(("dev-f-13", "Aegean Crest Shipmanagement (statement)", "2024-09-12",
             "ship manager's press statement with timestamped updates",
             "Red Sea: bulk carrier hit by a projectile, small craft open fire, USV strike kills a crewman, Houthi "
             "claim, Aspides downs a drone", T13, E13))
WEEKDAYS += [("dev-f-13", "12 September 2024", "2024-09-12", "Thursday"),
             ("dev-f-13", "on Wednesday evening / 11 September", "2024-09-11", "Wednesday")]

# =============================================================================
# dev-f-14  Q&A explainer on a ceasefire deal and its violations — Lebanon/Israel (Thu 5 Dec 2024)
# =============================================================================
T14 = """Explainer: What is in the Israel-Hezbollah ceasefire, and is it holding?

By the Explainers Desk | The Meridian | Thursday, 5 December 2024

A week after the guns mostly fell silent along the Israel-Lebanon border, the truce has already been tested. Here is what we know.

What did the two sides agree to?
The deal, brokered by the United States and France, came into force at 4 a.m. on Wednesday 27 November. Israel and Lebanon both accepted it; Hezbollah, which did not sign, said it would respect it. Under its terms, Israeli troops are to leave southern Lebanon within 60 days, and the Lebanese army is to deploy thousands of soldiers south of the Litani river as Hezbollah pulls its fighters and heavy weapons north of it.

Is it holding?
Broadly, yes, but with strains. On Monday, Hezbollah fired two mortar rounds at an Israeli army position in the disputed Shebaa Farms area, its first attack since the truce, calling it a "defensive, warning response" to Israeli violations. The Israeli army said there were no injuries. Hours later, Israeli strikes on the villages of Haris and Tallousa killed nine people, Lebanon's health ministry said.

On Tuesday, an Israeli drone hit a motorcycle near Bint Jbeil, killing its rider, whom the Israeli army described as a Hezbollah operative. And residents say Israeli troops blew up dozens of houses in Khiam, which the army still holds, on Sunday.

The Lebanese army says Israel has breached the ceasefire more than 60 times since it took effect. Israel says it is acting against "immediate threats".

Has anyone moved yet?
Not much. No Israeli unit has left so far. On Wednesday the Lebanese army said it had deployed additional units and set up new checkpoints around Tyre and along the coastal road south of the city.

What did the war cost?
More than 3,800 people were killed in Lebanon between October 2023 and the ceasefire, according to the health ministry. On the Israeli side, about 75 soldiers and 40 civilians were killed, Israeli officials say.

What happens next?
Israeli officials warn they will act "with force" if Hezbollah rearms near the border. A monitoring committee chaired by a U.S. general is due to meet for the first time next week.
"""

SHEBAA = L(["Shebaa Farms", "Shebaa", "Sheba Farms"], cc="LB")
HARIS = L(["Haris", "Tallousa", "Talloussa", "southern Lebanon"], cc="LB")
BINT_JBEIL = L(["Bint Jbeil", "near Bint Jbeil"], cc="LB")
KHIAM = L(["Khiam", "al-Khiam", "El Khiam"], cc="LB")
TYRE = L(["Tyre", "Sour", "Sur", "around Tyre", "coastal road"], 33.27, 35.19, "LB")
S_LEBANON = L(["southern Lebanon", "south of the Litani", "Litani river", "Lebanon"], cc="LB")
MER = ["The Meridian", "Explainers Desk", "author"]
LEBANON = ["Lebanon", "Lebanese government"] + LAF
LB_HEALTH = ["Lebanon's health ministry", "health ministry", "Ministry of Public Health"]
E14 = [
    # the ceasefire in force on a given day -> Agreement, core (a concrete, dated strategic development)
    E(True, "The deal, brokered by the United States and France, came into force at 4 a.m. on Wednesday 27 November",
      STR, AGREE, actor1=ISRAEL + LEBANON + HEZBOLLAH + ["United States", "France"], actor2=LEBANON + HEZBOLLAH + ISRAEL,
      location=S_LEBANON, date=D("2024-11-27"), source=MER),
    # terms to be carried out -> planned
    E(False, "Israeli troops are to leave southern Lebanon within 60 days", STR, TRANSFER, actor1=ISRAEL,
      actor2=LEBANON, location=S_LEBANON, source=MER, status="planned"),
    E(False, "the Lebanese army is to deploy thousands of soldiers south of the Litani river", STR, BASE, actor1=LAF,
      location=S_LEBANON, source=MER, status="planned"),
    # "No injuries" -> injured 0 (the army's figure)
    E(True, "Hezbollah fired two mortar rounds at an Israeli army position in the disputed Shebaa Farms area", EXP,
      SHELL, actor1=HEZBOLLAH, actor2=ISRAEL + ["Israeli army position"], location=SHEBAA, date=D("2024-12-02"),
      injured=R(0), source=MER + HEZBOLLAH + ISRAEL),
    # "Hours later" -> Monday, or the night into Tuesday; two villages in one strike wave with one toll ->
    # one core event placed by both names (not an aggregate: one wave, one time, one figure)
    E(True, "Israeli strikes on the villages of Haris and Tallousa killed nine people", EXP, AIR, actor1=ISRAEL,
      actor2=CIV + ["villages", "people"], location=HARIS, date=D("2024-12-02", "2024-12-03"), killed=R(9),
      source=LB_HEALTH),
    E(True, "an Israeli drone hit a motorcycle near Bint Jbeil, killing its rider", EXP, AIR,
      actor1=ISRAEL + ["Israeli drone"], actor2=HEZBOLLAH + ["Hezbollah operative", "rider", "motorcycle"] + CIV,
      location=BINT_JBEIL, date=D("2024-12-03"), killed=R(1), source=MER + ISRAEL),
    # demolition without casualties -> Looting/property destruction
    E(True, "Israeli troops blew up dozens of houses in Khiam, which the army still holds, on Sunday", STR, LOOT,
      actor1=ISRAEL + ["Israeli troops"], actor2=CIV + ["houses"], location=KHIAM, date=D("2024-12-01"),
      source=["residents"] + MER),
    E(False, "Israel has breached the ceasefire more than 60 times since it took effect", EXP, AIR, actor1=ISRAEL,
      actor2=LEBANON + CIV, location=S_LEBANON, date=D("2024-11-27", "2024-12-05"),
      source=["Lebanese army"] + LAF, aggregate=True),
    # a new deployment with checkpoints -> Headquarters or base established
    E(True, "the Lebanese army said it had deployed additional units and set up new checkpoints around Tyre", STR, BASE,
      actor1=LAF, location=TYRE, date=D("2024-12-04"), source=LAF),
    E(False, "More than 3,800 people were killed in Lebanon between October 2023 and the ceasefire", EXP, AIR,
      actor1=ISRAEL, actor2=CIV + LEBANON + HEZBOLLAH, location=L(["Lebanon"], cc="LB"),
      date=D("2023-10-01", "2024-11-27"), killed=R(3801, None), source=LB_HEALTH, aggregate=True),
    E(False, "about 75 soldiers and 40 civilians were killed, Israeli officials say", EXP, SHELL, actor1=HEZBOLLAH,
      actor2=ISRAEL + CIV, location=L(["northern Israel", "Israel"], cc="IL"), date=D("2023-10-01", "2024-11-27"),
      killed=R(115), source=["Israeli officials"] + ISRAEL, aggregate=True),
    E(False, "they will act \"with force\" if Hezbollah rearms near the border", EXP, AIR, actor1=ISRAEL,
      actor2=HEZBOLLAH, location=S_LEBANON, source=["Israeli officials"] + ISRAEL, status="hypothetical"),
    # no gold: "the guns mostly fell silent" (the truce), "acting against immediate threats" (a claim),
    # "No Israeli unit has left so far" (a non-event), the committee's first meeting (future, no act)
]
DOCS.append(("dev-f-14", "The Meridian (explainer)", "2024-12-05", "Q&A explainer on a ceasefire and its violations",
             "Lebanon/Israel: ceasefire in force 27 Nov, Hezbollah mortars at Shebaa Farms, strikes on Haris and "
             "Tallousa, drone near Bint Jbeil, Khiam demolitions, LAF checkpoints around Tyre, war tolls", T14, E14))
WEEKDAYS += [("dev-f-14", "Thursday, 5 December 2024", "2024-12-05", "Thursday"),
             ("dev-f-14", "Wednesday 27 November", "2024-11-27", "Wednesday"),
             ("dev-f-14", "On Monday", "2024-12-02", "Monday"), ("dev-f-14", "On Tuesday", "2024-12-03", "Tuesday"),
             ("dev-f-14", "on Sunday", "2024-12-01", "Sunday"), ("dev-f-14", "On Wednesday", "2024-12-04", "Wednesday")]

# =============================================================================
# dev-f-15  fact-check of viral claims, uncertain weapon and disputed toll — Gaza and the West Bank (Thu 15 Aug 2024)
# =============================================================================
T15 = """Fact check: What hit the al-Huda school shelter in Deir al-Balah?

Lens Check | Verification desk | 15 August 2024

THE CLAIM
Posts shared more than two million times say an Israeli air strike killed "over 40" displaced people at a school in Deir al-Balah on Tuesday. Other posts, mostly from pro-Israel accounts, say the blast was caused by a misfired Palestinian rocket.

OUR VERDICT
Partly verified. A strike on the school is confirmed, and the Israeli military says it carried it out. The death toll is disputed, and we found no evidence for the misfire claim.

WHAT WE KNOW
At about 10:20 a.m. on Tuesday an explosion hit the courtyard and two classrooms of the al-Huda school, which shelters about 2,000 displaced people. Gaza's civil defence said that day that 17 people had been killed. On Wednesday the health ministry in Gaza said the toll had risen to 19 dead, six of them children, and more than 30 wounded. We found no source for the figure of "over 40".

The Israeli military said its aircraft had carried out "a precise strike on Hamas terrorists operating inside a command and control centre" in the school compound, and that steps had been taken to reduce the risk to civilians. It did not say how many militants it believed were killed.

Accounts that shared the misfire claim used a video of a rocket launch said to have been filmed in central Gaza that morning. Our geolocation shows the video was filmed in Khan Younis in January, and a reverse image search finds copies of it from January 14.

ALSO CHECKED THIS WEEK
A video said to show Israeli troops detaining blindfolded men in the Nur Shams refugee camp near Tulkarm on Monday is authentic. We matched the buildings to satellite images, and the Israeli military said it had arrested nine wanted suspects in the camp that day.

A photo said to show a Hamas drone destroying an Israeli tank in Rafah this week is not new: it was published by a Gaza news site in May 2021. We found no report of such an attack this week.

Since early July, at least 17 school buildings used as shelters in Gaza have been hit, according to United Nations figures.
"""

DEIR_BALAH = L(["Deir al-Balah", "Deir el-Balah", "Dayr al-Balah", "al-Huda school"], 31.42, 34.35, "PS")
NUR_SHAMS = L(["Nur Shams", "Nur Shams refugee camp", "Tulkarm", "Tulkarem"], 32.31, 35.03, "PS")
RAFAH = L(["Rafah"], 31.29, 34.25, "PS")
GAZA = L(["Gaza", "Gaza Strip"], cc="PS")
LENS = ["Lens Check", "Verification desk", "author"]
SCHOOL = CIV + ["displaced people", "al-Huda school", "school", "school shelter", "people", "children"]
GAZA_CD = ["Gaza's civil defence", "civil defence", "Civil Defence"]
GAZA_MOH = ["health ministry in Gaza", "health ministry", "Gaza health ministry", "Ministry of Health"]
TUE15 = D("2024-08-13")
E15 = [
    # the latest toll (the ministry's, on Wednesday) is on the core event; its evidence is the toll
    # sentence, since the sentence stating the strike names no actor and the fact-checker's verdict does
    E(True, "the health ministry in Gaza said the toll had risen to 19 dead, six of them children, and more than 30 wounded",
      EXP, AIR, actor1=ISRAEL + UNK, actor2=SCHOOL, location=DEIR_BALAH, date=TUE15, killed=R(19), injured=R(31, None),
      source=GAZA_MOH),
    E(False, "an explosion hit the courtyard and two classrooms of the al-Huda school", EXP, AIR, actor1=ISRAEL + UNK,
      actor2=SCHOOL, location=DEIR_BALAH, date=TUE15, source=LENS),
    E(False, "Gaza's civil defence said that day that 17 people had been killed", EXP, AIR, actor1=ISRAEL + UNK,
      actor2=SCHOOL, location=DEIR_BALAH, date=TUE15, killed=R(17), source=GAZA_CD),
    E(False, "an Israeli air strike killed \"over 40\" displaced people at a school in Deir al-Balah on Tuesday", EXP,
      AIR, actor1=ISRAEL, actor2=SCHOOL, location=DEIR_BALAH, date=TUE15, killed=R(41, None),
      source=["posts", "social media posts"]),
    E(False, "A strike on the school is confirmed, and the Israeli military says it carried it out", EXP, AIR,
      actor1=ISRAEL, actor2=SCHOOL + HAMAS, location=DEIR_BALAH, date=TUE15, source=LENS + ISRAEL),
    # the army's version: its target, no toll
    E(True, "its aircraft had carried out \"a precise strike on Hamas terrorists operating inside a command and control centre\" in the school compound",
      EXP, AIR, actor1=ISRAEL + ["aircraft"], actor2=HAMAS + ["Hamas terrorists", "command and control centre"],
      location=DEIR_BALAH, date=TUE15, source=ISRAEL),
    # a viral claim the fact-check finds no evidence for -> possible, non-core
    E(False, "the blast was caused by a misfired Palestinian rocket", EXP, SHELL,
      actor1=["Palestinian", "Palestinian militants"] + HAMAS + PIJ, actor2=SCHOOL, location=DEIR_BALAH, date=TUE15,
      source=["posts", "pro-Israel accounts", "accounts"], status="possible"),
    # "near Tulkarm" -> Tulkarm's coordinates (the camp is on its edge)
    E(True, "the Israeli military said it had arrested nine wanted suspects in the camp that day", STR, ARRESTS,
      actor1=ISRAEL + ["Israeli troops"], actor2=PAL + ["wanted suspects", "suspects", "men"], location=NUR_SHAMS,
      date=D("2024-08-12"), source=ISRAEL + LENS),
    E(False, "A video said to show Israeli troops detaining blindfolded men in the Nur Shams refugee camp near Tulkarm on Monday is authentic",
      STR, ARRESTS, actor1=ISRAEL, actor2=PAL + ["men"], location=NUR_SHAMS, date=D("2024-08-12"), source=LENS),
    # a false claim of an attack "this week" -> denied by the fact-checker (never core)
    E(False, "We found no report of such an attack this week", EXP, AIR, actor1=HAMAS, actor2=ISRAEL + ["tank"],
      location=RAFAH, date=D("2024-08-12", "2024-08-15"), source=LENS, status="denied"),
    E(False, "at least 17 school buildings used as shelters in Gaza have been hit", EXP, AIR, actor1=ISRAEL,
      actor2=SCHOOL, location=GAZA, date=D("2024-07-01", "2024-08-15"), source=["United Nations", "U.N.", "United Nations figures"],
      aggregate=True),
    # no gold: the January rocket-launch video (a video, not an event described), the May 2021 photo,
    # "steps had been taken to reduce the risk to civilians"
]
DOCS.append(("dev-f-15", "Lens Check (fact check)", "2024-08-15", "fact-check of viral claims, disputed toll and weapon",
             "Gaza/West Bank: strike on a Deir al-Balah school shelter (17 -> 19 vs 'over 40', IDF version, misfire "
             "claim), Nur Shams arrests, a recycled Rafah photo", T15, E15))
WEEKDAYS += [("dev-f-15", "15 August 2024", "2024-08-15", "Thursday"), ("dev-f-15", "on Tuesday", "2024-08-13", "Tuesday"),
             ("dev-f-15", "On Wednesday", "2024-08-14", "Wednesday"), ("dev-f-15", "on Monday", "2024-08-12", "Monday")]

# =============================================================================
# dev-f-16  NGO security digest for aid workers, item by item — Afghanistan (Mon 9 Mar 2026)
# =============================================================================
T16 = """AFGHANISTAN NGO SAFETY DIGEST - Week 10 (2-8 March 2026)

Afghanistan Humanitarian Safety Office (AHSO) | Issued Monday 9 March 2026 | For humanitarian staff only

KEY DEVELOPMENTS

KABUL - On 4 March at about 11:30, a suicide bomber blew himself up at the entrance of the Ministry of Urban Development in District 2 as employees were leaving for the midday break, killing between six and nine people. The Taliban's spokesman put the toll at six dead and 14 wounded; hospital sources told AHSO that nine bodies had been received. Islamic State Khorasan Province (ISKP) claimed the attack through its Amaq outlet.

NANGARHAR - On 6 March, a magnetic bomb attached to a vehicle of the General Directorate of Intelligence (GDI) exploded in Jalalabad's third police district, killing one GDI member and wounding two passers-by. There was no claim of responsibility.

PAKTIKA - On the night of 6 to 7 March, Pakistani aircraft struck several locations in Barmal district. The Taliban's spokesman said 23 civilians were killed, most of them women and children from families displaced from Waziristan. Pakistani security sources, speaking to local media, said the strikes targeted hideouts of the TTP and killed "dozens of khawarij". Pakistan's foreign ministry has not commented.

KHOST - On 7 March, Taliban border forces and Pakistani troops exchanged heavy fire for several hours at crossing points along the border in Khost province. The Taliban's defence ministry said it had "targeted Pakistani posts in retaliation" for the Barmal strikes. Casualty figures from either side are unavailable. Trade through the crossings remained suspended on Sunday.

KABUL - On 8 March, about 20 women who tried to gather outside a school in the Dasht-e-Barchi area to mark International Women's Day were dispersed by Taliban members who fired into the air. Three of the women were detained for several hours.

KUNDUZ - AHSO has received unconfirmed reports that a local Taliban commander was shot dead by unidentified gunmen in Kunduz city on 5 March. The incident has not been confirmed by the authorities.

INCIDENTS AFFECTING NGOs
HERAT - On 5 March, the GDI detained a national staff member of an international NGO at his office. He was released two days later without charge.

OUTLOOK AND ADVICE
ISKP is likely to attempt further attacks on government buildings and crowded places in Kabul for the rest of Ramadan. Staff should avoid ministries at opening and closing times and keep movements along the eastern border to a minimum.
"""

KABUL = L(["Kabul", "District 2", "Ministry of Urban Development"], 34.53, 69.17, "AF")
DASHT_E_BARCHI = L(["Dasht-e-Barchi", "Dasht-e Barchi", "Kabul"], 34.53, 69.17, "AF")
JALALABAD = L(["Jalalabad", "Nangarhar"], 34.43, 70.45, "AF")
BARMAL = L(["Barmal", "Barmal district", "Paktika"], cc="AF")
KHOST = L(["Khost province", "Khost", "border in Khost province"], cc="AF")
KUNDUZ = L(["Kunduz", "Kunduz city"], 36.73, 68.86, "AF")
HERAT = L(["Herat"], 34.34, 62.20, "AF")
AHSO = ["Afghanistan Humanitarian Safety Office", "AHSO", "author"]
TAL_SPOX = ["Taliban's spokesman", "Taliban spokesman", "spokesman"] + TALIBAN
GDI = ["General Directorate of Intelligence", "GDI", "GDI member"] + TALIBAN
E16 = [
    # the digest's own range spans both sources' figures (dev_e's convention); each source's figure is a copy;
    # the only wounded figure (the spokesman's 14) goes on the core event too
    E(True, "a suicide bomber blew himself up at the entrance of the Ministry of Urban Development in District 2 as employees were leaving for the midday break, killing between six and nine people",
      EXP, SUICIDE, actor1=ISKP + UNK + ["suicide bomber"],
      actor2=CIV + ["employees", "Ministry of Urban Development", "people"] + TALIBAN, location=KABUL,
      date=D("2026-03-04"), killed=R(6, 9), injured=R(14), source=AHSO + ISKP + ["Amaq"]),
    E(False, "The Taliban's spokesman put the toll at six dead and 14 wounded", EXP, SUICIDE, actor1=ISKP + UNK,
      actor2=CIV + TALIBAN, location=KABUL, date=D("2026-03-04"), killed=R(6), injured=R(14), source=TAL_SPOX),
    E(False, "nine bodies had been received", EXP, SUICIDE, actor1=ISKP + UNK, actor2=CIV + TALIBAN, location=KABUL,
      date=D("2026-03-04"), killed=R(9), source=["hospital sources"]),
    # a magnetic bomb on a vehicle -> Remote explosive/landmine/IED
    E(True, "a magnetic bomb attached to a vehicle of the General Directorate of Intelligence (GDI) exploded in Jalalabad's third police district, killing one GDI member and wounding two passers-by",
      EXP, IED, actor1=UNK, actor2=GDI + ["vehicle", "passers-by"] + CIV, location=JALALABAD, date=D("2026-03-06"),
      killed=R(1), injured=R(2), source=AHSO),
    # two versions of the Barmal strikes: the Taliban's (civilians) and Pakistan's security sources
    # ("dozens" -> 24..open). "several locations" in one district on one night with one toll -> one core
    # event, not an aggregate (as the strike wave on Haris and Tallousa in dev-f-14)
    E(True, "Pakistani aircraft struck several locations in Barmal district", EXP, AIR,
      actor1=PAKMIL + ["Pakistani aircraft"], actor2=CIV + ["women and children", "families"] + TTP, location=BARMAL,
      date=D("2026-03-06", "2026-03-07"), killed=R(23), source=AHSO + TAL_SPOX),
    E(True, "the strikes targeted hideouts of the TTP and killed \"dozens of khawarij\"", EXP, AIR, actor1=PAKMIL,
      actor2=TTP + ["hideouts", "khawarij"], location=BARMAL, date=D("2026-03-06", "2026-03-07"), killed=R(24, None),
      source=["Pakistani security sources", "security sources", "local media"] + PAKMIL),
    # state forces of two countries -> Armed clash; "Casualty figures ... are unavailable" -> no numbers
    E(True, "Taliban border forces and Pakistani troops exchanged heavy fire for several hours at crossing points along the border in Khost province",
      BAT, CLASH, actor1=TALIBAN + ["Taliban border forces", "border forces"] + PAKMIL,
      actor2=PAKMIL + ["Pakistani troops", "Pakistani posts"] + TALIBAN, location=KHOST, date=D("2026-03-07"),
      source=AHSO + ["Taliban's defence ministry", "defence ministry"]),
    # dispersed with shots in the air, three detained -> Protest with intervention (no one hurt by the fire)
    E(True, "about 20 women who tried to gather outside a school in the Dasht-e-Barchi area to mark International Women's Day were dispersed by Taliban members who fired into the air",
      PRO, INTERVENTION, actor1=PROTESTERS + ["women"] + TALIBAN, actor2=TALIBAN + PROTESTERS + ["women"], location=DASHT_E_BARCHI,
      date=D("2026-03-08"), source=AHSO),
    # the digest's own subject is an unconfirmed event -> possible, core (ANNOTATION)
    E(True, "a local Taliban commander was shot dead by unidentified gunmen in Kunduz city on 5 March", VAC, ATTACK,
      actor1=UNK + ["unidentified gunmen", "gunmen"], actor2=TALIBAN + ["Taliban commander", "commander"],
      location=KUNDUZ, date=D("2026-03-05"), killed=R(1), source=AHSO + ["unconfirmed reports"], status="possible"),
    E(True, "the GDI detained a national staff member of an international NGO at his office", STR, ARRESTS,
      actor1=GDI, actor2=CIV + ["national staff member", "staff member", "international NGO", "NGO"], location=HERAT,
      date=D("2026-03-05"), source=AHSO),
    E(False, "ISKP is likely to attempt further attacks on government buildings and crowded places in Kabul", EXP,
      SUICIDE, actor1=ISKP, actor2=TALIBAN + CIV, location=KABUL, source=AHSO, status="hypothetical"),
    # no gold: the Taliban's "targeted Pakistani posts in retaliation" (its description of the same
    # clash), the suspended trade, the three women detained (part of the dispersal), the advice
]
DOCS.append(("dev-f-16", "Afghanistan Humanitarian Safety Office (digest)", "2026-03-09",
             "NGO security digest for aid workers, item by item",
             "Afghanistan: ISKP suicide bombing at a Kabul ministry (6-9 killed), magnetic bomb in Jalalabad, Pakistani "
             "strikes in Barmal (two versions), Khost border clash, Women's Day protest dispersed, unconfirmed killing "
             "in Kunduz, NGO staff detained in Herat", T16, E16))
WEEKDAYS += [("dev-f-16", "Monday 9 March 2026", "2026-03-09", "Monday"),
             ("dev-f-16", "Week 10 (2-8 March 2026) start", "2026-03-02", "Monday"),
             ("dev-f-16", "on Sunday / 8 March", "2026-03-08", "Sunday")]


def main():
    write_gold(__file__, DOCS, WEEKDAYS, "dev_f", check_f, strip_text=True)


if __name__ == "__main__":
    main()
