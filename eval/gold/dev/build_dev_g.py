"""Writes dev_g.gold.jsonl: sixteen development articles from theatres the earlier
sets used little - eleven outside the Middle East (Kenya, the Central African
Republic, Burkina Faso, Mozambique's Cabo Delgado, the Philippines, India's
Manipur, South Sudan, the Armenia-Azerbaijan border, Colombia's Catatumbo,
Cameroon's Anglophone regions, Mexico) and five inside it (Yemen's Taiz front,
Israel/Iran, Iraqi Kurdistan and Sinjar, Syria's coast, Jordan's border with
Syria) - published 2024-2026, written for this project in our own words, with
hand-made gold events in the format of SPEC.md section 6 and
eval/gold/ANNOTATION.md.

Like dev_d, dev_e and dev_f, the set measures how the extractor generalises to
text it was never tuned on, so it was written blind to the system: no run of
sitrep on these texts, no import of it, no look at its output, its source, its
tests, its docs or the other dev and test sets. Only SPEC.md (sections 4 and
6), ANNOTATION.md, goldkit.py and build_dev_f.py were read.

One voice per article: (1) Kenya - a police press statement, numbered
paragraphs; (2) Central African Republic - a court report from a trial that
recounts past massacres; (3) Burkina Faso - a weekly round-up of short items;
(4) Cabo Delgado - an armed group's Telegram post (translated) with an editor's
note; (5) the Philippines - a military spokesman's briefing in Q&A form; (6)
Manipur - a local newspaper story with a correction appended; (7) South Sudan -
an interview with a survivor, first person, quoted; (8) Armenia/Azerbaijan - an
opinion column, loaded and predictive, with a single real incident; (9) Yemen -
an NGO situation report with bullets and ranges; (10) Colombia - a wire story
with two conflicting tolls; (11) Israel/Iran - a live blog, newest first; (12)
Iraq - a podcast transcript with speaker labels; (13) Cameroon - a ministry
statement denying what a rights group reported; (14) Syria's coast - a think
tank's analysis mixing a monthly aggregate with one detailed incident; (15)
Jordan - a datelined brief with relative dates; (16) Mexico - an obituary of a
journalist killed. The incidents are composite or invented, with names and
numbers changed; the gold encodes what each TEXT says, including its slant,
hedges and sources, not what is true. Articles are 180-450 words; check_g
below adds the 180-word floor and the 2024-01-01..2026-11-30 window to
goldkit's check_article.

Run:  python build_dev_g.py   (stdlib + goldkit only; checks every evidence
string occurs exactly once in its text, word counts, weekday arithmetic, dates
not after publication, type/sub-type/status values and number ranges, then
writes the JSONL beside this file).

Conventions: those of build_dev_f.py (and through it dev_e, dev_d and dev_c):
zero casualties -> 0..0 ("no one was hurt" -> killed and injured 0..0);
"several" 3..open; "a number of" 2..open; "dozens" 24..open; "a dozen" 12..12;
"around N" N..N; "scores of" 40..open; "tens of thousands" 20,000..open;
"neutralised" -> casualties; non-core copies of headline restatements;
symmetric clashes (each side in both actor lists); "near X" / "N km from X" ->
X's coordinates; places we cannot pin -> names and country only;
denied/planned/hypothetical/aggregate events are never core; a revised toll ->
the latest on the core event, the superseded one a non-core copy; "last night"
-> both days; uncertain perpetrators -> every alternative in actor1; a forecast
-> hypothetical, an actor's own stated intention or threat -> planned; a
perpetrator a source blames without a claim -> the blamed actor plus unknown;
state and armed-group labels go into actor names only; speaker labels are never
part of an evidence; an item's own subject reported as unconfirmed -> core,
status possible. Added here, for the new voices:
- Number words: "some N" -> N..N (as "around N"), so "killing and wounding
  some 30" -> casualties 30..30; "about a dozen" -> 12..12; "well over a
  thousand" -> 1,001..open (as "more than"); "N officers were injured" in a
  countrywide tally that counts only one side -> N..open.
- "There were no reports of casualties" reads as ANNOTATION's "no casualties"
  -> killed and injured 0..0; "No injuries were reported" -> injured 0..0.
- A planned or threatened act whose date would fall after publication gets no
  date (goldkit refuses dates after publication): the Thursday march, the
  strike "next week", the vigil "next week".
- Crowds: stones thrown at a police line -> Riots/Violent demonstration, the
  dispersal with tear gas a non-core Protest-with-intervention copy; looting
  and arson by people in a demonstration -> Riots/Violent demonstration (ACLED
  codes rioters' looting as a riot) with a non-core Looting copy; a crowd
  storming a police station -> Riots/Violent demonstration with the police's
  toll. Tear gas that stops a march and hurts many, with no live fire ->
  Protest with intervention, with a non-core Excessive-force copy. A police
  officer filmed shooting a vendor (not said to be protesting) ->
  Violence against civilians/Attack, with a non-core Excessive-force copy.
- A statement that only says a video "appears to show" a shooting, in its own
  numbered paragraph -> core, status possible (the item's own subject).
- Trial reports: every attack that the indictment, a witness or the lede
  recounts is background to the report on the hearing -> non-core, however
  detailed, with the recounting source (prosecutors, "first witness"); the
  defendant's "not to kill anyone" -> non-core denied. What happens around the
  trial (relatives gathering outside, an ambush days before) -> core.
- An armed group's Telegram post: its versions are core, sourced to the group
  and the channel (as dev-f-04); the editor's local versions are core with
  their own sources; a foreign force's statement that its troops "were not
  involved" and "none of our personnel were hurt" -> non-core denied, 0..0.
- Q&A briefings: a rights group's version put in a reporter's question -> core,
  sourced to the group; the spokesman's denial -> non-core denied.
- A newspaper correction that changes a toll: the corrected figure on the core
  event and the superseded one on a non-core copy sourced to the paper (a
  corrected place, as in dev-f-09, still gets no gold).
- A raid on a cattle camp whose men "went ... to fight them" -> Battles/Armed
  clash between two communal militias; the shooting of an old man who could
  not run -> a non-core Attack detail. A survivor's own count of the dead,
  given after the officials' figure -> a non-core copy (as dev-f-06's
  residents). In an interview the survivor is the source of what she tells.
- Sniper fire between two states' forces at a border -> Armed clash; a
  state's claimed "provocation" the day before -> core with that state as
  source; the other state's "no shot was fired" -> non-core denied.
- A ministry statement that restates a rights group's allegation before
  rejecting it: the allegation -> core with the rights group as source; the
  ministry's own version (a firefight, separatist arson) -> core; the
  rejection and a headline announcing it -> non-core denied.
- Detention of a judge by state agents in civilian clothes, place of detention
  unknown -> Arrests, with a non-core Abduction/forced-disappearance copy.
- A drone strike whose launcher the sentence does not name, while a source in
  the same item names the force that struck the area -> that force plus
  unknown.
- "Two days earlier" than a night event -> both candidate days; a weekly
  bulletin issued "last week" -> its tally covers the two weeks before
  publication week.
- A killing told in three sentences (the killing with place and date; the
  shots; the wounded son) -> one core event on the sentence that states the
  killing, the other two non-core copies.
- The Golan Heights get names only, no country (the text asserts none).
- Bracketed stage directions ([laughs], [TRANSLATION BEGINS]), timestamps and
  bullet dashes are, like speaker labels, never part of an evidence.
"""
import datetime as dt

from goldkit import (ABDUCT, AIR, ATTACK, BAT, CIV, CLASH, EXP, GOVREGAIN, GRENADE, IED, NSAOVER, PRO, PROTEST_SIDES,
                     PROTESTERS, RIOT, SHELL, STR, SUICIDE, UNK, VAC, D, E, L, R, windowed_check, write_gold)
from goldkit import (AGREE, ARRESTS, BASE, CHANGE, DISRUPT, EXCESSIVE, INTERVENTION, LOOT, MOB, OTHER, PEACEFUL,
                     TRANSFER, VIOLENT)

# ---------------------------------------------------------------- helpers


# goldkit's check_article plus this set's 180-word floor and 2024-01-01..2026-11-30 window.
check_g = windowed_check("2024-01-01", "2026-11-30")


# Actor name lists are declared beside each article. Tokens shorter than three letters are left
# out on purpose: the scorer matches by case-insensitive containment either way. Each list holds
# the canonical name, abbreviations and the surface forms the text uses, including loaded labels.
# Coordinates only for capitals and towns we can pin to ~0.05 degrees from our own knowledge;
# villages, districts, provinces, roads and border sectors get names and country only.
RIOTERS = ["rioters", "attackers", "mob", "youths", "demonstrators", "protesters", "crowd"]
DOCS, WEEKDAYS = [], []

# ---------------------------------------------------------------- documents

# =============================================================================
# dev-g-01  police press statement, numbered paragraphs — Kenya: Nairobi, Kitengela, Kiserian, Nakuru (Tue 8 Jul 2025)
# =============================================================================
T01 = """PRESS STATEMENT: Update on Monday's demonstrations in Nairobi and other counties

NATIONAL POLICE SERVICE | Office of the Inspector-General | Nairobi, 8 July 2025

1. The National Police Service wishes to update the public on the demonstrations held in Nairobi and several other counties on Monday, 7 July 2025.

2. In the Nairobi Central Business District, groups of demonstrators marched along Moi Avenue and Kenyatta Avenue from about 9 a.m. At approximately 11 a.m., some of them started throwing stones at officers manning a barrier on Parliament Road, and the officers dispersed the crowd using tear gas and water cannon.

3. In Kitengela, Kajiado County, criminal elements who had infiltrated the demonstrations broke into at least 14 business premises along the Namanga road, looted goods and set two motor vehicles on fire.

4. At about 2 p.m., a group of roughly 200 people attacked Kiserian Police Station with stones and petrol bombs in an attempt to steal firearms from the armoury. Officers repulsed the attack. Two of the attackers were fatally shot and three officers were injured.

5. In Nakuru town, officers arrested 27 suspects found with goods looted from a supermarket on Kenyatta Avenue. They will be arraigned on Wednesday.

6. The Service has seen a video circulating on social media that appears to show an officer shooting a man at close range on Moi Avenue. The man, a vendor, is admitted at Kenyatta National Hospital in critical condition. The officer has been identified and interdicted, and the matter has been referred to the Independent Policing Oversight Authority (IPOA).

7. Countrywide, 11 persons lost their lives and 52 officers were injured in incidents linked to the demonstrations, while 485 suspects were arrested. Figures circulated by some organisations claiming that 31 people were shot dead by police are inaccurate and are not supported by records from hospitals or mortuaries.

8. The Service is aware of calls on social media for further demonstrations in the CBD on Thursday. Peaceful assembly is a constitutional right, but the Service will not tolerate attacks on police stations or the destruction of property, and it will deal firmly with anyone who engages in criminality.

Issued by: Police Spokesperson
"""

NAIROBI_CBD = L(["Nairobi", "Nairobi Central Business District", "CBD", "Moi Avenue", "Parliament Road",
                 "Kenyatta Avenue"], -1.29, 36.82, "KE")
KITENGELA = L(["Kitengela", "Namanga road", "Kajiado County", "Kajiado"], cc="KE")
KISERIAN = L(["Kiserian", "Kiserian Police Station", "Kajiado County"], cc="KE")
NAKURU = L(["Nakuru", "Nakuru town"], -0.30, 36.07, "KE")
KENYA = L(["Kenya", "countrywide"], cc="KE")
KEPOL = ["National Police Service", "NPS", "Kenya Police", "police", "officers", "officer", "Police Forces of Kenya"]
NPS_SRC = ["National Police Service", "Office of the Inspector-General", "Inspector-General", "Police Spokesperson",
           "police", "author"]
MON01 = D("2025-07-07")
E01 = [
    # stones at officers, the crowd then dispersed with tear gas -> Riots/Violent demonstration (the
    # crowd's violence is what the paragraph reports); the dispersal alone -> a non-core intervention copy
    E(True, "some of them started throwing stones at officers manning a barrier on Parliament Road", RIOT, VIOLENT,
      actor1=RIOTERS, actor2=KEPOL + ["barrier"], location=NAIROBI_CBD, date=MON01, source=NPS_SRC),
    E(False, "the officers dispersed the crowd using tear gas and water cannon", PRO, INTERVENTION,
      **PROTEST_SIDES(KEPOL), location=NAIROBI_CBD, date=MON01, source=NPS_SRC),
    # looting and arson by people in a demonstration -> Riots (new convention); a looting copy, non-core
    E(True, "criminal elements who had infiltrated the demonstrations broke into at least 14 business premises along the Namanga road, looted goods and set two motor vehicles on fire",
      RIOT, VIOLENT, actor1=RIOTERS + ["criminal elements", "looters"], actor2=CIV + ["business premises", "businesses"],
      location=KITENGELA, date=MON01, source=NPS_SRC),
    E(False, "criminal elements who had infiltrated the demonstrations broke into at least 14 business premises along the Namanga road, looted goods and set two motor vehicles on fire",
      STR, LOOT, actor1=RIOTERS + ["criminal elements", "looters"], actor2=CIV + ["business premises", "businesses"],
      location=KITENGELA, date=MON01, source=NPS_SRC),
    # a crowd storming a police station, two attackers shot dead, three officers hurt (the police's figures)
    E(True, "a group of roughly 200 people attacked Kiserian Police Station with stones and petrol bombs", RIOT, VIOLENT,
      actor1=RIOTERS + ["group of roughly 200 people", "people"], actor2=KEPOL + ["Kiserian Police Station"],
      location=KISERIAN, date=MON01, killed=R(2), injured=R(3), source=NPS_SRC),
    # the arrests are dated only by the demonstrations and the statement -> Monday..Tuesday
    E(True, "officers arrested 27 suspects found with goods looted from a supermarket", STR, ARRESTS, actor1=KEPOL,
      actor2=["suspects", "27 suspects"] + RIOTERS, location=NAKURU, date=D("2025-07-07", "2025-07-08"),
      source=NPS_SRC),
    # the police only say a video "appears to show" it -> possible; the paragraph's own subject -> core
    # (as dev-f-16's unconfirmed item); a vendor, not said to be protesting -> Attack, with a
    # non-core Excessive-force copy
    E(True, "a video circulating on social media that appears to show an officer shooting a man at close range on Moi Avenue",
      VAC, ATTACK, actor1=KEPOL, actor2=CIV + ["man", "vendor"], location=NAIROBI_CBD, date=MON01, injured=R(1),
      source=NPS_SRC + ["video", "social media"], status="possible"),
    E(False, "a video circulating on social media that appears to show an officer shooting a man at close range on Moi Avenue",
      PRO, EXCESSIVE, **PROTEST_SIDES(KEPOL), location=NAIROBI_CBD, date=MON01, injured=R(1),
      source=NPS_SRC + ["video", "social media"], status="possible"),
    # countrywide tallies -> aggregates; the organisations' figure and the police's rejection of it
    E(False, "Countrywide, 11 persons lost their lives and 52 officers were injured in incidents linked to the demonstrations",
      RIOT, VIOLENT, actor1=RIOTERS + KEPOL, actor2=KEPOL + RIOTERS, location=KENYA, date=MON01, killed=R(11),
      injured=R(52, None), source=NPS_SRC, aggregate=True),
    E(False, "485 suspects were arrested", STR, ARRESTS, actor1=KEPOL, actor2=["suspects"] + RIOTERS, location=KENYA,
      date=D("2025-07-07", "2025-07-08"), source=NPS_SRC, aggregate=True),
    E(False, "Figures circulated by some organisations claiming that 31 people were shot dead by police", PRO, EXCESSIVE,
      **PROTEST_SIDES(KEPOL), location=KENYA, date=MON01, killed=R(31),
      source=["some organisations", "organisations", "human rights organisations"], aggregate=True),
    E(False, "are inaccurate and are not supported by records from hospitals or mortuaries", PRO, EXCESSIVE,
      **PROTEST_SIDES(KEPOL), location=KENYA, date=MON01, killed=R(31), source=NPS_SRC, status="denied",
      aggregate=True),
    # calls for a further march -> planned (the callers' intention); a future date is left out (the
    # checks allow no date after publication)
    E(False, "calls on social media for further demonstrations in the CBD on Thursday", PRO, PEACEFUL,
      actor1=PROTESTERS, location=NAIROBI_CBD, source=["social media"] + NPS_SRC, status="planned"),
    # no gold: the marches before the stones (the same demonstration), the arraignment, the
    # interdiction and the IPOA referral, the closing warning (generic)
]
DOCS.append(("dev-g-01", "National Police Service (press statement)", "2025-07-08", "police press statement",
             "Kenya: Saba Saba-day stone-throwing in Nairobi, looting in Kitengela, attack on Kiserian police station, "
             "Nakuru arrests, a filmed shooting, countrywide tolls disputed", T01, E01))
WEEKDAYS += [("dev-g-01", "8 July 2025", "2025-07-08", "Tuesday"), ("dev-g-01", "Monday, 7 July 2025", "2025-07-07", "Monday")]

# =============================================================================
# dev-g-02  court report from a trial that recounts past attacks — Central African Republic: Bangui, Paoua, Bocaranga (Thu 14 Nov 2024)
# =============================================================================
T02 = """Ex-3R commander tells Bangui court he did not order 2019 village killings

BANGUI, Nov. 14 (Ubangi Courier) - A former commander of the 3R armed group told the Special Criminal Court on Wednesday that he had been "two days' walk away" when his men killed dozens of villagers near Paoua in 2019, and that he first heard of the killings on the radio.

Issa Mahamat Bouba, 47, is on trial with four co-defendants for crimes against humanity over attacks on the villages of Mbéré-Yanga and Kollo in Ouham-Pendé prefecture on 21 May 2019. Prosecutors say 3R fighters gathered the men of both villages under the pretext of a meeting and then shot them. The indictment puts the death toll at 41.

"I gave no order. My men were there to protect herders, not to kill anyone," Bouba said through an interpreter.

The first witness, a farmer from Kollo, told the court that the fighters arrived on motorcycles at about noon, tied the men's hands behind their backs and opened fire. He survived by lying under the bodies of his brother and a neighbour, he said. A second witness said the gunmen burned about 30 huts the same afternoon before riding off towards the Chadian border.

Prosecutors also read statements about an earlier raid in December 2018, when 3R fighters are accused of abducting eleven women from a market near Bocaranga and holding them for several weeks. The defence says that charge rests on hearsay.

The hybrid court, with national and international judges, was set up to try the gravest crimes committed in the country since 2003. Rights groups see the case as a test of whether commanders, and not only foot soldiers, can be held to account.

On Tuesday, as the hearing opened, about 150 relatives of the victims, many of them dressed in white, gathered quietly outside the courthouse holding photographs of the dead.

Security around the trial was tight. On Sunday, gunmen whom the U.N. mission, MINUSCA, believes to belong to 3R ambushed one of its patrols about 25 km east of Bocaranga, wounding two peacekeepers, the mission said. 3R, which signed a peace deal with the government in 2019 before taking up arms again, has not commented.

The trial resumes on Monday.
"""

BANGUI = L(["Bangui", "Special Criminal Court", "courthouse"], 4.36, 18.56, "CF")
PAOUA_VILLAGES = L(["Mbéré-Yanga", "Mbere-Yanga", "Kollo", "near Paoua", "Paoua", "Ouham-Pendé", "Ouham-Pende"], cc="CF")
KOLLO = L(["Kollo", "Paoua", "Ouham-Pendé"], cc="CF")
BOCARANGA = L(["Bocaranga", "near Bocaranga", "east of Bocaranga"], cc="CF")
CAR = L(["Central African Republic", "CAR"], cc="CF")
R3 = ["Return, Reclamation and Rehabilitation", "Retour, Réclamation et Réhabilitation", "3R armed group", "3R fighters",
      "3R group", "his men", "fighters", "gunmen"]
MINUSCA = ["MINUSCA", "U.N. mission", "UN mission", "United Nations Multidimensional Integrated Stabilization Mission",
           "peacekeepers", "patrols", "United Nations"]
UBC = ["Ubangi Courier", "author"]
PROSEC = ["Prosecutors", "prosecutors", "indictment", "Special Criminal Court"]
MAY19 = D("2019-05-21")
VILLAGERS02 = CIV + ["villagers", "men of both villages", "men"]
E02 = [
    # the trial's subject is a 2019 massacre: every attack recounted by the indictment, the witnesses or
    # the lede is background to the report on the hearing -> non-core (new convention), with the
    # source that recounts it; the defendant's "not to kill anyone" -> a non-core denial
    E(False, "his men killed dozens of villagers near Paoua in 2019", VAC, ATTACK, actor1=R3, actor2=VILLAGERS02,
      location=PAOUA_VILLAGES, date=D("2019-01-01", "2019-12-31"), killed=R(24, None), source=UBC),
    E(False, "Prosecutors say 3R fighters gathered the men of both villages under the pretext of a meeting and then shot them",
      VAC, ATTACK, actor1=R3, actor2=VILLAGERS02, location=PAOUA_VILLAGES, date=MAY19, killed=R(41), source=PROSEC),
    E(False, "My men were there to protect herders, not to kill anyone", VAC, ATTACK, actor1=R3, actor2=VILLAGERS02,
      location=PAOUA_VILLAGES, date=MAY19, source=["Issa Mahamat Bouba", "Bouba", "defendant"], status="denied"),
    E(False, "the fighters arrived on motorcycles at about noon, tied the men's hands behind their backs and opened fire",
      VAC, ATTACK, actor1=R3, actor2=VILLAGERS02, location=KOLLO, date=MAY19,
      source=["first witness", "witness", "farmer from Kollo"]),
    E(False, "the gunmen burned about 30 huts the same afternoon", STR, LOOT, actor1=R3, actor2=CIV + ["huts"],
      location=PAOUA_VILLAGES, date=MAY19, source=["second witness", "witness"]),
    E(False, "3R fighters are accused of abducting eleven women from a market near Bocaranga", VAC, ABDUCT, actor1=R3,
      actor2=CIV + ["women", "eleven women"], location=BOCARANGA, date=D("2018-12-01", "2018-12-31"), source=PROSEC),
    E(False, "3R, which signed a peace deal with the government in 2019", STR, AGREE,
      actor1=R3 + ["government", "Central African government"], actor2=["government", "Central African government"] + R3,
      location=CAR, date=D("2019-01-01", "2019-12-31"), source=UBC),
    # what happens around the trial is reported as news -> core
    E(True, "about 150 relatives of the victims, many of them dressed in white, gathered quietly outside the courthouse",
      PRO, PEACEFUL, actor1=PROTESTERS + ["relatives of the victims", "relatives"], location=BANGUI,
      date=D("2024-11-12"), source=UBC),
    # the mission's attribution ("believes to belong to 3R") -> 3R plus unknown; "about 25 km east of
    # Bocaranga" -> Bocaranga (names only: we cannot pin it)
    E(True, "gunmen whom the U.N. mission, MINUSCA, believes to belong to 3R ambushed one of its patrols about 25 km east of Bocaranga, wounding two peacekeepers",
      BAT, CLASH, actor1=R3 + UNK + MINUSCA, actor2=MINUSCA + R3, location=BOCARANGA, date=D("2024-11-10"),
      injured=R(2), source=MINUSCA + ["mission"] + UBC),
    # no gold: "taking up arms again" (a vague change of stance), the testimony itself, the trial dates
]
DOCS.append(("dev-g-02", "Ubangi Courier", "2024-11-14", "court report from a trial recounting past attacks",
             "Central African Republic: trial over a 2019 3R massacre near Paoua (all background), relatives gather "
             "outside the court, MINUSCA patrol ambushed near Bocaranga", T02, E02))
WEEKDAYS += [("dev-g-02", "on Wednesday", "2024-11-13", "Wednesday"), ("dev-g-02", "On Tuesday", "2024-11-12", "Tuesday"),
             ("dev-g-02", "On Sunday", "2024-11-10", "Sunday"), ("dev-g-02", "Nov. 14", "2024-11-14", "Thursday")]

# =============================================================================
# dev-g-03  weekly round-up of short items — Burkina Faso: Djibo, Toéni, Pama, Dori, Ouagadougou (Mon 17 Nov 2025)
# =============================================================================
T03 = """Sahel Week: Djibo attacked again, drone strike on a market in Sourou, judge detained in Ouagadougou

Burkina Faso security round-up | Sahel Week | Monday, 17 November 2025 | Covering 10-16 November

Our weekly digest of the main security incidents reported in Burkina Faso. Figures come from local sources, official statements and armed groups' own claims; we say where they differ.

DJIBO (Soum) - Hundreds of JNIM fighters attacked the army's detachment and positions of the Volunteers for the Defence of the Homeland (VDP) in Djibo at dawn on Tuesday, and fighting went on until early afternoon. Two security sources told Sahel Week that at least 23 soldiers and VDP were killed. JNIM's media arm claimed that 60 "militiamen and soldiers" died and that its fighters held parts of the town for several hours. The army has published no toll. It is the third large assault on Djibo this year.

TOENI (Sourou) - A drone strike hit the weekly livestock market of Toéni on Thursday. Residents and a local official said between 15 and 30 civilians were killed, most of them herders. State television said the air force had "neutralised a large group of terrorists" gathered in the area, without giving a number.

PAMA ROAD (Kompienga) - A minibus ran over an explosive device about 12 km north of Pama on Friday, killing six passengers and injuring about a dozen, according to health workers in Fada N'Gourma, where the wounded were taken.

DORI (Seno) - Unidentified gunmen abducted the chief of Yakouta, a village some 15 km north of Dori, and two of his sons on Saturday evening, relatives said. No group has claimed the abduction.

OUAGADOUGOU - Men in civilian clothes who said they worked for the national intelligence agency detained a senior judge, the deputy head of a magistrates' union, at his home on Wednesday night. His family says it has not been told where he is held. The union has called a strike for next week.

ALSO NOTED - Soldiers and VDP retook the village of Nassoumbou, in Soum province, on Sunday after a brief exchange of fire, the army said.

WEEK IN NUMBERS - Sahel Week counted 17 attacks by armed groups this week and four air strikes by the army, with at least 118 people killed in all.
"""

JNIM = ["Jama'at Nusrat al-Islam wal-Muslimin", "Jamaat Nusrat al-Islam wal-Muslimin", "JNIM", "JNIM fighters",
        "al-Qaeda", "terrorists", "jihadists"]
BFARMY = ["Burkinabe army", "Burkina Faso army", "Burkinabè army", "Armed Forces of Burkina Faso", "army", "soldiers",
          "detachment", "air force", "Military Forces of Burkina Faso"]
VDP = ["Volunteers for the Defence of the Homeland", "VDP", "Volontaires pour la défense de la patrie", "militiamen"]
DJIBO = L(["Djibo", "Soum"], 14.10, -1.63, "BF")
TOENI = L(["Toéni", "Toeni", "Sourou", "livestock market of Toéni"], cc="BF")
PAMA = L(["Pama", "north of Pama", "Kompienga", "Pama road"], cc="BF")
DORI = L(["Yakouta", "Dori", "north of Dori", "Seno", "Séno"], 14.03, -0.03, "BF")
OUAGA = L(["Ouagadougou", "Ouaga"], 12.37, -1.52, "BF")
NASSOUMBOU = L(["Nassoumbou", "Soum province", "Soum"], cc="BF")
BF = L(["Burkina Faso"], cc="BF")
SWK = ["Sahel Week", "author"]
TUE03 = D("2025-11-11")
E03 = [
    E(True, "Hundreds of JNIM fighters attacked the army's detachment and positions of the Volunteers for the Defence of the Homeland (VDP) in Djibo at dawn on Tuesday",
      BAT, CLASH, actor1=JNIM + BFARMY + VDP, actor2=BFARMY + VDP + JNIM, location=DJIBO, date=TUE03,
      killed=R(23, None), source=["security sources", "two security sources"] + SWK),
    # the group's own version of the same attack -> core, its figure (as dev-f-04's JNIM claim)
    E(True, "JNIM's media arm claimed that 60 \"militiamen and soldiers\" died", BAT, CLASH, actor1=JNIM,
      actor2=VDP + BFARMY, location=DJIBO, date=TUE03, killed=R(60), source=JNIM + ["JNIM's media arm", "media arm"]),
    # "held parts of the town for several hours": a detail of the same assault, by the group's word -> non-core
    E(False, "its fighters held parts of the town for several hours", BAT, NSAOVER, actor1=JNIM, actor2=BFARMY + VDP,
      location=DJIBO, date=TUE03, source=JNIM + ["media arm"]),
    E(False, "Djibo attacked again", BAT, CLASH, actor1=JNIM, actor2=BFARMY + VDP, location=DJIBO, date=TUE03,
      source=SWK),
    E(False, "It is the third large assault on Djibo this year", BAT, CLASH, actor1=JNIM, actor2=BFARMY + VDP,
      location=DJIBO, date=D("2025-01-01", "2025-11-17"), source=SWK, aggregate=True),
    # the strike's owner is unnamed in the sentence; state TV says the air force struck the area -> army + unknown
    E(True, "A drone strike hit the weekly livestock market of Toéni on Thursday", EXP, AIR, actor1=BFARMY + UNK,
      actor2=CIV + ["livestock market", "herders", "market"], location=TOENI, date=D("2025-11-13"), killed=R(15, 30),
      source=["Residents", "residents", "local official"] + SWK),
    # the state's version: its target, no number
    E(True, "the air force had \"neutralised a large group of terrorists\" gathered in the area", EXP, AIR,
      actor1=BFARMY, actor2=JNIM + ["terrorists", "large group of terrorists"], location=TOENI, date=D("2025-11-13"),
      source=["State television", "state television"] + BFARMY),
    E(False, "drone strike on a market in Sourou", EXP, AIR, actor1=BFARMY + UNK, actor2=CIV + ["market"],
      location=TOENI, date=D("2025-11-13"), source=SWK),
    # "about a dozen" -> 12..12 ("a dozen" and "around N"); no perpetrator named -> unknown
    E(True, "A minibus ran over an explosive device about 12 km north of Pama on Friday, killing six passengers and injuring about a dozen",
      EXP, IED, actor1=UNK, actor2=CIV + ["minibus", "passengers"], location=PAMA, date=D("2025-11-14"), killed=R(6),
      injured=R(12), source=["health workers", "health workers in Fada N'Gourma"] + SWK),
    E(True, "Unidentified gunmen abducted the chief of Yakouta, a village some 15 km north of Dori, and two of his sons on Saturday evening",
      VAC, ABDUCT, actor1=UNK + ["unidentified gunmen", "gunmen"], actor2=CIV + ["chief", "village chief", "sons"],
      location=DORI, date=D("2025-11-15"), source=["relatives"] + SWK),
    # state agents holding a judge at an unknown place: Arrests, with a non-core forced-disappearance copy
    E(True, "Men in civilian clothes who said they worked for the national intelligence agency detained a senior judge",
      STR, ARRESTS, actor1=["national intelligence agency", "intelligence agency", "Men in civilian clothes",
                            "Burkina Faso government"] + BFARMY,
      actor2=CIV + ["senior judge", "judge", "magistrates' union"], location=OUAGA, date=D("2025-11-12", "2025-11-13"),
      source=SWK),
    E(False, "Men in civilian clothes who said they worked for the national intelligence agency detained a senior judge",
      VAC, ABDUCT, actor1=["national intelligence agency", "Men in civilian clothes", "Burkina Faso government"],
      actor2=CIV + ["senior judge", "judge"], location=OUAGA, date=D("2025-11-12", "2025-11-13"), source=SWK),
    E(False, "The union has called a strike for next week", PRO, PEACEFUL,
      actor1=PROTESTERS + ["magistrates' union", "union", "magistrates"], location=OUAGA,
      source=["union", "magistrates' union"], status="planned"),
    E(True, "Soldiers and VDP retook the village of Nassoumbou, in Soum province, on Sunday after a brief exchange of fire",
      BAT, GOVREGAIN, actor1=BFARMY + VDP, actor2=JNIM + UNK, location=NASSOUMBOU, date=D("2025-11-16"),
      source=["army"] + BFARMY + SWK),
    E(False, "Sahel Week counted 17 attacks by armed groups this week", BAT, CLASH, actor1=JNIM + UNK,
      actor2=BFARMY + VDP + CIV, location=BF, date=D("2025-11-10", "2025-11-16"), killed=R(118, None), source=SWK,
      aggregate=True),
    E(False, "four air strikes by the army", EXP, AIR, actor1=BFARMY, actor2=JNIM + CIV, location=BF,
      date=D("2025-11-10", "2025-11-16"), source=SWK, aggregate=True),
    # the headline's restatement -> a non-core copy. No gold: the readers' note, "No group has claimed"
    E(False, "judge detained in Ouagadougou", STR, ARRESTS, actor1=["national intelligence agency"] + BFARMY,
      actor2=CIV + ["judge"], location=OUAGA, date=D("2025-11-12", "2025-11-13"), source=SWK),
]
DOCS.append(("dev-g-03", "Sahel Week (round-up)", "2025-11-17", "weekly round-up of short items",
             "Burkina Faso: JNIM assault on Djibo (two tolls), drone strike on Toéni market (two versions), IED near "
             "Pama, village chief abducted near Dori, judge detained in Ouagadougou, Nassoumbou retaken, week's tally",
             T03, E03))
WEEKDAYS += [("dev-g-03", "Monday, 17 November 2025", "2025-11-17", "Monday"), ("dev-g-03", "on Tuesday", "2025-11-11", "Tuesday"),
             ("dev-g-03", "on Thursday", "2025-11-13", "Thursday"), ("dev-g-03", "on Friday", "2025-11-14", "Friday"),
             ("dev-g-03", "on Saturday evening", "2025-11-15", "Saturday"),
             ("dev-g-03", "on Wednesday night", "2025-11-12", "Wednesday"), ("dev-g-03", "on Sunday", "2025-11-16", "Sunday"),
             ("dev-g-03", "10-16 November (start)", "2025-11-10", "Monday")]

# =============================================================================
# dev-g-04  an armed group's Telegram post (translated) with an editor's note — Mozambique: Cabo Delgado, Macomia (Tue 13 May 2025)
# =============================================================================
T04 = """Islamic State claims attacks on troops and a "Christian village" in Macomia: what we know

Rovuma Observer | Monitoring desk | Pemba, 13 May 2025

The following is our translation from Arabic of a post published on Sunday evening on a Telegram channel that distributes the statements of the Islamic State's "Mozambique Province". We publish it so that readers can compare it with other accounts. The claims are the group's own and have not been verified.

[TRANSLATION BEGINS]
Mozambique Province - Macomia. By the grace of God, the soldiers of the Caliphate clashed on Friday with the Mozambican crusader army and its Rwandan allies near the village of Chai, killing and wounding some 30 of them, and took their weapons and ammunition as booty. All praise is due to God.

On Saturday, the soldiers of the Caliphate entered the Christian village of Nacoba, burned its church and more than 40 houses of the Christians, and killed four of them.

The soldiers of the Caliphate will keep striking the crusaders wherever they find them, until the law of God rules over the land.
[TRANSLATION ENDS]

EDITOR'S NOTE
Local sources tell a different story. A district official in Macomia told the Observer that insurgents ambushed a military truck on the N380 road about 8 km south of Chai on Friday afternoon, killing two Mozambican soldiers and wounding three. Rwandan troops, deployed in Cabo Delgado since 2021, were not involved, according to a Rwandan security source, who said that "none of our personnel were hurt" anywhere in the province last week.

In Nacoba, residents reached by phone said the attackers burned about 25 houses and a small chapel on Saturday morning and beheaded two men who had stayed behind to guard their fields. Most villagers had fled into the bush the night before, after hearing gunfire. We could not confirm the group's figure of four dead.

Since January, the Observer has recorded at least 60 incidents involving the insurgents in Macomia district alone. Aid workers in Pemba expect more attacks along the N380 in the coming weeks, as the dry season opens the roads to motorbikes.
"""

ISM = ["Islamic State Mozambique Province", "Islamic State Mozambique", "Mozambique Province", "Islamic State", "ISM",
       "IS Mozambique", "soldiers of the Caliphate", "Ahlu Sunnah Wal Jama'a", "al-Shabaab", "insurgents", "attackers"]
FADM = ["Mozambique Defence Armed Forces", "Forças Armadas de Defesa de Moçambique", "FADM", "Mozambican army",
        "Mozambican soldiers", "crusader army", "Mozambican crusader army", "soldiers", "military truck",
        "Military Forces of Mozambique"]
RDF = ["Rwanda Defence Force", "Rwanda Security Forces", "RDF", "Rwanda", "Rwandan", "Rwandan troops", "Rwandan allies",
       "Military Forces of Rwanda"]
CHAI = L(["Chai", "near the village of Chai", "south of Chai", "N380", "N380 road", "Macomia"], cc="MZ")
NACOBA = L(["Nacoba", "village of Nacoba", "Macomia"], cc="MZ")
MACOMIA_D = L(["Macomia district", "Macomia", "Cabo Delgado"], cc="MZ")
N380 = L(["N380", "N380 road", "Cabo Delgado"], cc="MZ")
ISM_SRC = ISM + ["Telegram channel", "Telegram", "post"]
RVO = ["Rovuma Observer", "author"]
FRI04, SAT04 = D("2025-05-09"), D("2025-05-10")
CHRISTIANS = CIV + ["Christians", "Christian village", "villagers", "men", "church", "houses"]
E04 = [
    # the group's own versions -> core, with its figures; "killing and wounding some 30" -> casualties
    # ("some N" -> N..N, as "around N")
    E(True, "the soldiers of the Caliphate clashed on Friday with the Mozambican crusader army and its Rwandan allies near the village of Chai",
      BAT, CLASH, actor1=ISM + FADM + RDF, actor2=FADM + RDF + ISM, location=CHAI, date=FRI04, casualties=R(30),
      source=ISM_SRC),
    E(True, "the soldiers of the Caliphate entered the Christian village of Nacoba, burned its church and more than 40 houses of the Christians, and killed four of them",
      VAC, ATTACK, actor1=ISM, actor2=CHRISTIANS, location=NACOBA, date=SAT04, killed=R(4), source=ISM_SRC),
    # arson as a detail of the same raid -> non-core, one per version
    E(False, "burned its church and more than 40 houses of the Christians", STR, LOOT, actor1=ISM, actor2=CHRISTIANS,
      location=NACOBA, date=SAT04, source=ISM_SRC),
    E(False, "The soldiers of the Caliphate will keep striking the crusaders wherever they find them", BAT, CLASH,
      actor1=ISM, actor2=FADM + RDF + ["crusaders"], location=L(["Mozambique"], cc="MZ"), source=ISM_SRC,
      status="planned"),
    E(False, "Islamic State claims attacks on troops and a \"Christian village\" in Macomia", BAT, CLASH, actor1=ISM,
      actor2=FADM, location=MACOMIA_D, date=D("2025-05-09", "2025-05-10"), source=ISM_SRC + RVO),
    # the local version of Friday's fight: an ambush on an army truck -> Armed clash with its own toll
    E(True, "insurgents ambushed a military truck on the N380 road about 8 km south of Chai on Friday afternoon, killing two Mozambican soldiers and wounding three",
      BAT, CLASH, actor1=ISM + FADM, actor2=FADM + ISM, location=CHAI, date=FRI04, killed=R(2), injured=R(3),
      source=["district official", "district official in Macomia"] + RVO),
    # the Rwandan source denies his troops' part (and any casualty) -> non-core denied, 0..0
    E(False, "Rwandan troops, deployed in Cabo Delgado since 2021, were not involved", BAT, CLASH, actor1=ISM,
      actor2=RDF, location=CHAI, date=FRI04, killed=R(0), injured=R(0),
      source=["Rwandan security source", "security source"] + RDF, status="denied"),
    E(True, "the attackers burned about 25 houses and a small chapel on Saturday morning and beheaded two men who had stayed behind to guard their fields",
      VAC, ATTACK, actor1=ISM, actor2=CHRISTIANS + ["two men"], location=NACOBA, date=SAT04, killed=R(2),
      source=["residents"] + RVO),
    E(False, "the attackers burned about 25 houses and a small chapel on Saturday morning", STR, LOOT, actor1=ISM,
      actor2=CHRISTIANS + ["chapel"], location=NACOBA, date=SAT04, source=["residents"] + RVO),
    E(False, "the Observer has recorded at least 60 incidents involving the insurgents in Macomia district alone", BAT,
      CLASH, actor1=ISM, actor2=FADM + CIV, location=MACOMIA_D, date=D("2025-01-01", "2025-05-13"), source=RVO,
      aggregate=True),
    E(False, "Aid workers in Pemba expect more attacks along the N380 in the coming weeks", BAT, CLASH, actor1=ISM,
      actor2=FADM + CIV, location=N380, source=["Aid workers", "aid workers"], status="hypothetical"),
    # no gold: the seized weapons (a detail), the villagers' flight, "We could not confirm the group's figure"
]
DOCS.append(("dev-g-04", "Rovuma Observer (translation)", "2025-05-13",
             "an armed group's Telegram post, translated, with an editor's note",
             "Mozambique/Cabo Delgado: IS claims a clash near Chai (some 30 killed or wounded) and a raid on Nacoba; "
             "the editor's local versions (two soldiers killed; two men beheaded); Rwandan denial", T04, E04))
WEEKDAYS += [("dev-g-04", "13 May 2025", "2025-05-13", "Tuesday"), ("dev-g-04", "on Sunday evening", "2025-05-11", "Sunday"),
             ("dev-g-04", "on Friday", "2025-05-09", "Friday"), ("dev-g-04", "On Saturday", "2025-05-10", "Saturday")]

# =============================================================================
# dev-g-05  military spokesman's briefing in Q&A form — Philippines: Lanao del Sur, Negros, Northern Samar (Tue 23 Apr 2024)
# =============================================================================
T05 = """Transcript: AFP spokesperson's briefing on encounters in Lanao del Sur and Negros Occidental

Armed Forces of the Philippines | Public Affairs Office | Camp Aguinaldo, Quezon City | 23 April 2024

COL. TERESA LACSON (AFP spokesperson): Good morning. I will start with Lanao del Sur. On Saturday, troops of the 103rd Infantry Brigade encountered around 15 members of the Dawlah Islamiyah-Maute group in Barangay Dilimbayan, Piagapo. The firefight lasted about an hour. Four terrorists were killed, among them a sub-leader known as "Abu Zaid", and five high-powered firearms were recovered. One of our soldiers sustained a minor wound.

Q: Ma'am, residents say hundreds of families fled. Were civilians hurt?

LACSON: No civilian casualties were reported to us. Around 200 families evacuated for a day, and most have returned.

Q: There are also reports of an encounter with the NPA in Negros.

LACSON: Correct. On Sunday morning, soldiers of the 94th Infantry Battalion, acting on complaints from residents about extortion, clashed with an NPA unit in the upland village of Buenavista, Himamaylan City. Two NPA members were killed. There were no casualties on the government side.

Q: A local rights group, Negros Rights Watch, says one of the two was a farmer, not a rebel, and that he was shot while working on his farm. Your reaction?

LACSON: We have seen that statement, and we categorically deny that our troops killed a civilian. The person was armed and was part of the group that fired on our troops. An M16 rifle was recovered beside him. Anyone with a complaint can go to the Commission on Human Rights.

Q: Is it true that the NPA burned equipment at a road project in Northern Samar last week?

LACSON: Yes. On Wednesday night, about ten armed men believed to be NPA members set fire to two backhoes and a dump truck at a farm-to-market road project in Las Navas, Northern Samar. No one was hurt. We believe it was punishment for the contractor's refusal to pay so-called revolutionary taxes.

Q: What happens next in Lanao?

LACSON: We will sustain focused military operations against the remnants of the Dawlah Islamiyah until they are neutralised or surrender. Since January, our units have had 27 armed encounters with the NPA nationwide, and the trend is down. Thank you.
"""

AFP = ["Armed Forces of the Philippines", "AFP", "Philippine Army", "troops", "soldiers", "103rd Infantry Brigade",
       "94th Infantry Battalion", "government side", "our units", "Military Forces of the Philippines"]
DI = ["Dawlah Islamiyah", "Dawlah Islamiyah-Maute group", "Dawlah Islamiyah-Maute", "Maute group", "Maute",
      "Islamic State", "terrorists"]
NPA = ["New People's Army", "NPA", "NPA unit", "NPA members", "Communist Party of the Philippines", "CPP-NPA",
       "communist rebels", "rebels"]
PIAGAPO = L(["Dilimbayan", "Barangay Dilimbayan", "Piagapo", "Lanao del Sur"], cc="PH")
BUENAVISTA = L(["Buenavista", "Himamaylan", "Himamaylan City", "Negros Occidental", "Negros"], cc="PH")
LAS_NAVAS = L(["Las Navas", "Northern Samar"], cc="PH")
AFP_SRC = ["AFP spokesperson", "Teresa Lacson", "Lacson", "spokesperson", "Public Affairs Office"] + AFP
NRW = ["Negros Rights Watch", "local rights group", "rights group"]
SUN05 = D("2024-04-21")
E05 = [
    # the killed (four) and the wounded soldier come in the next sentences; they belong to the encounter
    E(True, "troops of the 103rd Infantry Brigade encountered around 15 members of the Dawlah Islamiyah-Maute group in Barangay Dilimbayan, Piagapo",
      BAT, CLASH, actor1=AFP + DI, actor2=DI + ["members of the Dawlah Islamiyah-Maute group"] + AFP, location=PIAGAPO,
      date=D("2024-04-20"), killed=R(4), injured=R(1), source=AFP_SRC),
    # the army's version: two NPA members killed, none of its own -> killed 2
    E(True, "soldiers of the 94th Infantry Battalion, acting on complaints from residents about extortion, clashed with an NPA unit in the upland village of Buenavista, Himamaylan City",
      BAT, CLASH, actor1=AFP + NPA, actor2=NPA + AFP, location=BUENAVISTA, date=SUN05, killed=R(2), source=AFP_SRC),
    # the rights group's version, put in a reporter's question: a farmer shot on his farm -> Attack, core
    E(True, "one of the two was a farmer, not a rebel, and that he was shot while working on his farm", VAC, ATTACK,
      actor1=AFP, actor2=CIV + ["farmer"], location=BUENAVISTA, date=SUN05, killed=R(1), source=NRW),
    E(False, "we categorically deny that our troops killed a civilian", VAC, ATTACK, actor1=AFP, actor2=CIV + ["farmer"],
      location=BUENAVISTA, date=SUN05, source=AFP_SRC, status="denied"),
    # "believed to be NPA" -> NPA plus unknown; "No one was hurt" -> 0..0; "last week" Wednesday night
    E(True, "about ten armed men believed to be NPA members set fire to two backhoes and a dump truck at a farm-to-market road project in Las Navas, Northern Samar",
      STR, LOOT, actor1=NPA + UNK + ["armed men"], actor2=["contractor", "road project", "backhoes", "dump truck"] + CIV,
      location=LAS_NAVAS, date=D("2024-04-17", "2024-04-18"), killed=R(0), injured=R(0), source=AFP_SRC),
    E(False, "We will sustain focused military operations against the remnants of the Dawlah Islamiyah", BAT, CLASH,
      actor1=AFP, actor2=DI, location=L(["Lanao del Sur", "Lanao"], cc="PH"), source=AFP_SRC, status="planned"),
    E(False, "our units have had 27 armed encounters with the NPA nationwide", BAT, CLASH, actor1=AFP + NPA,
      actor2=NPA + AFP, location=L(["Philippines", "nationwide"], cc="PH"), date=D("2024-01-01", "2024-04-23"),
      source=AFP_SRC, aggregate=True),
    # no gold: the evacuation of families (no act of violence), "No civilian casualties were reported to us"
    # (a detail of the Piagapo encounter), the recovered rifle, the revolutionary taxes (a motive)
]
DOCS.append(("dev-g-05", "Armed Forces of the Philippines (briefing transcript)", "2024-04-23",
             "military spokesman's briefing in Q&A form",
             "Philippines: encounter with Dawlah Islamiyah in Piagapo, NPA clash in Himamaylan (farmer or rebel, "
             "denial), NPA arson at a road project in Las Navas", T05, E05))
WEEKDAYS += [("dev-g-05", "23 April 2024", "2024-04-23", "Tuesday"), ("dev-g-05", "On Saturday", "2024-04-20", "Saturday"),
             ("dev-g-05", "On Sunday morning", "2024-04-21", "Sunday"),
             ("dev-g-05", "last week, On Wednesday night", "2024-04-17", "Wednesday")]

# =============================================================================
# dev-g-06  local newspaper story with a correction appended — India: Manipur, Bishnupur, Imphal (Mon 9 Sep 2024)
# =============================================================================
T06 = """Farmer shot dead in Bishnupur paddy fields; drone bombs hit house near Moirang; students' march stopped with tear gas

By Our Staff Reporter | Imphal Evening Herald | Monday, September 9, 2024

IMPHAL, Sept 9 - A 52-year-old farmer was killed and two other farmers were wounded on Saturday afternoon when armed miscreants firing from the surrounding hills targeted people working in paddy fields near Naorem Khunou village in Bishnupur district, police said.

The injured, both in their forties, were taken to the Regional Institute of Medical Sciences in Imphal, where their condition is said to be stable. Assam Rifles personnel and state police commandos deployed in the area returned fire, and the exchange went on for nearly two hours, an officer at the Bishnupur district police headquarters said. He did not say whether the gunmen suffered casualties.

Hours earlier, on Friday night, a drone dropped two bombs on a house in Thangjing Makha village, about 6 km north of Moirang, injuring a woman and her teenage daughter. It was the third drone attack in the district this month, according to police, who said the drones had been launched from the hills to the west.

On Sunday, thousands of students marched from Khuman Lampak towards Raj Bhavan demanding the removal of the state's security adviser. Police fired tear gas shells near Kangla Gate to stop the march, and more than 40 students were treated for injuries, according to the students' union, which has called for a 48-hour general strike from Tuesday.

Separately, police arrested three men with two rifles and a hand grenade during a search operation in Imphal East on Saturday night.

Residents of the foothill villages say fields have been left unharvested for weeks. "We go out to the paddy because we have no other work, and every day we wonder if someone is watching us through a rifle scope," said a farmer in Naorem Khunou.

CORRECTION: An earlier version of this story said the drone attack at Thangjing Makha injured three people, including a child. Police have since clarified that two people, a woman and her daughter, were injured. The error is regretted.
"""

MIL06 = UNK + ["armed miscreants", "miscreants", "militants", "suspected militants", "gunmen"]
INSEC = ["security forces", "Assam Rifles", "Assam Rifles personnel", "Manipur Police", "state police",
         "police commandos", "Police Forces of India", "Military Forces of India"]
NAOREM = L(["Naorem Khunou", "Naorem Khunou village", "Bishnupur", "Bishnupur district"], cc="IN")
THANGJING = L(["Thangjing Makha", "Moirang", "north of Moirang", "Bishnupur"], 24.50, 93.77, "IN")
IMPHAL = L(["Imphal", "Khuman Lampak", "Raj Bhavan", "Kangla Gate", "Kangla"], 24.81, 93.94, "IN")
IMPHAL_EAST = L(["Imphal East", "Imphal"], 24.81, 93.94, "IN")
IEH = ["Imphal Evening Herald", "Staff Reporter", "author"]
POL06 = ["police", "Manipur Police", "Bishnupur district police", "officer", "district police headquarters"]
SAT06 = D("2024-09-07")
E06 = [
    E(True, "A 52-year-old farmer was killed and two other farmers were wounded on Saturday afternoon when armed miscreants firing from the surrounding hills targeted people working in paddy fields near Naorem Khunou village in Bishnupur district",
      VAC, ATTACK, actor1=MIL06, actor2=CIV + ["farmers", "farmer", "people working in paddy fields"], location=NAOREM,
      date=SAT06, killed=R(1), injured=R(2), source=POL06 + IEH),
    E(False, "Farmer shot dead in Bishnupur paddy fields", VAC, ATTACK, actor1=MIL06, actor2=CIV + ["farmer"],
      location=NAOREM, date=SAT06, killed=R(1), source=IEH),
    # the security forces' return fire: a separate two-hour exchange with the gunmen, no toll given
    E(True, "Assam Rifles personnel and state police commandos deployed in the area returned fire, and the exchange went on for nearly two hours",
      BAT, CLASH, actor1=INSEC + MIL06, actor2=MIL06 + INSEC, location=NAOREM, date=SAT06,
      source=["officer", "Bishnupur district police headquarters"] + IEH),
    # "on Friday night" -> Friday or into Saturday; the corrected figure (two) on the core event, the
    # superseded "three" on a non-core copy (dev_f's revised tolls); the drone's owner is not named
    E(True, "a drone dropped two bombs on a house in Thangjing Makha village, about 6 km north of Moirang, injuring a woman and her teenage daughter",
      EXP, AIR, actor1=MIL06, actor2=CIV + ["woman", "daughter", "house"], location=THANGJING,
      date=D("2024-09-06", "2024-09-07"), injured=R(2), source=IEH + ["police"]),
    E(False, "An earlier version of this story said the drone attack at Thangjing Makha injured three people", EXP, AIR,
      actor1=MIL06, actor2=CIV, location=THANGJING, date=D("2024-09-06", "2024-09-07"), injured=R(3), source=IEH),
    E(False, "It was the third drone attack in the district this month", EXP, AIR, actor1=MIL06, actor2=CIV,
      location=L(["Bishnupur", "Bishnupur district"], cc="IN"), date=D("2024-09-01", "2024-09-07"),
      source=["police"] + IEH, aggregate=True),
    # tear gas to stop a march, many hurt but no lethal force -> Protest with intervention, with a
    # non-core Excessive-force copy (the line between them is the text's "more than 40 ... injuries")
    E(True, "Police fired tear gas shells near Kangla Gate to stop the march", PRO, INTERVENTION,
      **PROTEST_SIDES(["Police", "police", "Manipur Police"] + ["students"]), location=IMPHAL, date=D("2024-09-08"),
      injured=R(41, None), source=IEH + ["students' union"]),
    E(False, "Police fired tear gas shells near Kangla Gate to stop the march", PRO, EXCESSIVE,
      **PROTEST_SIDES(["Police", "police", "Manipur Police"] + ["students"]), location=IMPHAL, date=D("2024-09-08"),
      injured=R(41, None), source=IEH + ["students' union"]),
    E(False, "students' march stopped with tear gas", PRO, INTERVENTION, **PROTEST_SIDES(["police"] + ["students"]),
      location=IMPHAL, date=D("2024-09-08"), source=IEH),
    E(False, "has called for a 48-hour general strike from Tuesday", PRO, PEACEFUL,
      actor1=PROTESTERS + ["students' union", "students"], location=L(["Manipur", "Imphal"], cc="IN"),
      source=["students' union"], status="planned"),
    E(True, "police arrested three men with two rifles and a hand grenade during a search operation in Imphal East on Saturday night",
      STR, ARRESTS, actor1=["police", "Manipur Police", "Police Forces of India"], actor2=["three men", "men"] + MIL06,
      location=IMPHAL_EAST, date=D("2024-09-07", "2024-09-08"), source=IEH),
    # no gold: the unharvested fields and the farmer's fear (no act), "did not say whether the gunmen
    # suffered casualties", the drones "launched from the hills to the west" (part of the same attack)
]
DOCS.append(("dev-g-06", "Imphal Evening Herald", "2024-09-09", "local newspaper story with a correction appended",
             "India/Manipur: farmers fired on near Naorem Khunou and the return fire, drone bombs near Moirang (toll "
             "corrected 3 -> 2), students' march tear-gassed in Imphal, arrests in Imphal East", T06, E06))
WEEKDAYS += [("dev-g-06", "Monday, September 9, 2024", "2024-09-09", "Monday"),
             ("dev-g-06", "on Saturday afternoon / Saturday night", "2024-09-07", "Saturday"),
             ("dev-g-06", "on Friday night", "2024-09-06", "Friday"), ("dev-g-06", "On Sunday", "2024-09-08", "Sunday")]

# =============================================================================
# dev-g-07  interview with a survivor, first person, quoted — South Sudan: Jonglei, Bor (Fri 28 Mar 2025)
# =============================================================================
T07 = """‘We counted our dead ourselves’: a survivor of the Alian-Machar cattle camp raid

Interview by Achol Deng | Nile Pulse | Bor, 28 March 2025

Nyandeng Garang, 34, was at the Alian-Machar cattle camp, about 30 km north-east of Bor in Jonglei State, when armed youths attacked it at dawn on 14 March. Jonglei state officials say 19 people were killed and more than 2,000 head of cattle were driven away. They blamed youths from the Greater Pibor Administrative Area; officials in Pibor denied that their young men were involved. Nyandeng spoke to us at Bor hospital, where her husband is recovering. Her words have been translated from Dinka and shortened.

“It was still dark. The men were getting ready to take the cows out and we women were lighting the dung fires. Then we heard guns, many guns, from the side of the river, and everyone ran.

“My husband took his rifle and went with the other men to fight them. I ran with my two children into the tall grass and lay down. From there I saw them shoot an old man who could not run.

“When the shooting stopped we came back. I counted our dead with the other women, and we counted 23. The commissioner says 19, but he was not there.

“They took children too. My neighbour's two daughters, seven and nine years old, were carried away by the raiders. Altogether five children from our camp are missing.

“Our young men followed the tracks of the cattle for two days. On the second day they caught up with the raiders in the bush east of Ajwara and there was a big fight. Four of our boys were killed there. They brought back some cows, not many.

“My husband was shot in the leg in the morning fight. Now the young men say they will go to Pibor to bring back the children. I am afraid of what will happen to them, and to us.”

According to aid agencies, more than 60 people have been killed in cattle raids in Jonglei since January.
"""

RAIDERS = ["armed youths", "armed youth", "raiders", "youths from the Greater Pibor Administrative Area",
           "Greater Pibor youth", "Murle Ethnic Militia", "Murle", "attackers"]
CAMP = ["cattle keepers", "camp", "cattle camp", "Alian-Machar cattle camp", "our young men", "young men", "our boys",
        "Dinka Ethnic Militia", "Dinka", "men", "husband"]
ALIAN = L(["Alian-Machar", "Alian-Machar cattle camp", "north-east of Bor", "Bor", "Jonglei", "Jonglei State"], 6.21,
          31.56, "SS")
AJWARA = L(["Ajwara", "east of Ajwara", "Jonglei"], cc="SS")
NP = ["Nile Pulse", "Achol Deng", "author"]
NYANDENG = ["Nyandeng Garang", "Nyandeng", "survivor"]
JONGLEI_OFF = ["Jonglei state officials", "state officials", "officials", "commissioner"]
MAR14 = D("2025-03-14")
E07 = [
    # armed camp youths fought back ("went with the other men to fight them") -> Armed clash between two
    # communal militias; the killing of those who could not run is a detail (non-core Attack copy)
    E(True, "armed youths attacked it at dawn on 14 March", BAT, CLASH, actor1=RAIDERS + CAMP, actor2=CAMP + RAIDERS,
      location=ALIAN, date=MAR14, killed=R(19), source=JONGLEI_OFF + NP),
    # the survivor's own count of the same raid (as dev-f-06's residents' count) -> a non-core copy
    E(False, "we counted 23", BAT, CLASH, actor1=RAIDERS, actor2=CAMP, location=ALIAN, date=MAR14, killed=R(23),
      source=NYANDENG),
    E(False, "I saw them shoot an old man who could not run", VAC, ATTACK, actor1=RAIDERS, actor2=CIV + ["old man"],
      location=ALIAN, date=MAR14, source=NYANDENG),
    E(False, "more than 2,000 head of cattle were driven away", STR, LOOT, actor1=RAIDERS, actor2=CAMP + ["cattle"],
      location=ALIAN, date=MAR14, source=JONGLEI_OFF),
    E(False, "officials in Pibor denied that their young men were involved", BAT, CLASH, actor1=RAIDERS, actor2=CAMP,
      location=ALIAN, date=MAR14, source=["officials in Pibor", "Pibor officials", "Greater Pibor Administrative Area"],
      status="denied"),
    E(True, "My neighbour's two daughters, seven and nine years old, were carried away by the raiders", VAC, ABDUCT,
      actor1=RAIDERS, actor2=CIV + ["children", "daughters", "two daughters"], location=ALIAN, date=MAR14,
      source=NYANDENG),
    # "for two days. On the second day" -> 15 or 16 March; "Four of our boys" counts one side -> 4..open
    E(True, "they caught up with the raiders in the bush east of Ajwara and there was a big fight", BAT, CLASH,
      actor1=CAMP + RAIDERS, actor2=RAIDERS + CAMP, location=AJWARA, date=D("2025-03-15", "2025-03-16"),
      killed=R(4, None), source=NYANDENG),
    E(False, "the young men say they will go to Pibor to bring back the children", BAT, CLASH, actor1=CAMP,
      actor2=RAIDERS, location=L(["Pibor", "Greater Pibor Administrative Area"], cc="SS"),
      source=NYANDENG + ["young men"], status="planned"),
    E(False, "more than 60 people have been killed in cattle raids in Jonglei since January", BAT, CLASH,
      actor1=RAIDERS + CAMP, actor2=CAMP + RAIDERS + CIV, location=L(["Jonglei", "Jonglei State"], cc="SS"),
      date=D("2025-01-01", "2025-03-28"), killed=R(61, None), source=["aid agencies"], aggregate=True),
    # no gold: the husband's wound (a detail of the raid), the recovered cows, the fear of what will happen
]
DOCS.append(("dev-g-07", "Nile Pulse (interview)", "2025-03-28", "interview with a survivor, first person, quoted",
             "South Sudan/Jonglei: cattle-camp raid near Bor (19 vs 23 dead), children abducted, the pursuit fight "
             "east of Ajwara, a threatened revenge raid", T07, E07))
WEEKDAYS += [("dev-g-07", "28 March 2025", "2025-03-28", "Friday")]

# =============================================================================
# dev-g-08  opinion column, loaded and predictive, one real incident — Armenia/Azerbaijan border: Syunik (Fri 16 Feb 2024)
# =============================================================================
T08 = """Opinion | Two more coffins from Syunik, and Baku calls it retaliation

By Aram Sarkissian | The Yerevan Ledger | 16 February 2024

There was a time when Armenians waited for spring with hope. Now we wait for it with dread.

On Tuesday morning, Azerbaijani snipers opened fire on an Armenian army position near the village of Verin Dzorak in Syunik, killing two of our soldiers and wounding a third, the Defence Ministry said. Both of the dead were 19 years old.

Baku did not even bother to pretend. Its State Border Service boasted that it had carried out a "retaliatory operation" in response to what it called an Armenian "provocation" the day before, when, it claims, Armenian fire wounded one of its servicemen in the Nakhchivan sector. Our ministry says that no shot was fired from the Armenian side that day. I believe it; Baku has invented provocations before whenever it needed one.

Let us call things by their names. This was not a border incident. It was an execution, announced in advance by a regime that has learned that killing Armenians costs it nothing. Brussels issued a statement of "concern". Washington urged "both sides" to show restraint - both sides, as though our conscripts had been sitting in trenches outside Baku.

We have seen this film before. In September 2022, Azerbaijani troops attacked along the whole length of our border and killed more than 200 Armenian servicemen in two days, and the world expressed concern then too.

Mark my words: Aliyev will strike again before the snow melts on the passes. He wants a corridor through Syunik, and if our government keeps retreating, he will take it by force, perhaps this very year. The so-called peace treaty that our negotiators are drafting will be signed, if it is signed at all, over fresh graves.

The least our leaders can do is stop calling this a peace process. It is a slow surrender, and the bill is paid by nineteen-year-olds.
"""

AZE = ["Azerbaijan", "Azerbaijani", "Azerbaijani armed forces", "Azerbaijani snipers", "Azerbaijani troops",
       "State Border Service", "Azerbaijani border service", "Baku", "Aliyev", "Military Forces of Azerbaijan"]
ARM = ["Armenia", "Armenian", "Armenian army", "Armenian armed forces", "Armenian army position", "our soldiers",
       "soldiers", "Defence Ministry", "Armenian Defence Ministry", "Yerevan", "Military Forces of Armenia"]
VERIN_DZORAK = L(["Verin Dzorak", "Syunik", "Syunik province"], cc="AM")
NAKHCHIVAN = L(["Nakhchivan", "Nakhchivan sector"], cc="AZ")
YL = ["The Yerevan Ledger", "Yerevan Ledger", "Aram Sarkissian", "author"]
ARM_MOD = ["Defence Ministry", "Armenian Defence Ministry", "ministry", "Ministry of Defence of Armenia"]
AZ_SBS = ["State Border Service", "Azerbaijani State Border Service", "border service", "Baku"]
TUE08 = D("2024-02-13")
E08 = [
    # sniper fire between two states' forces at the border -> Armed clash (the ministry's figures)
    E(True, "Azerbaijani snipers opened fire on an Armenian army position near the village of Verin Dzorak in Syunik, killing two of our soldiers and wounding a third",
      BAT, CLASH, actor1=AZE + ARM, actor2=ARM + AZE, location=VERIN_DZORAK, date=TUE08, killed=R(2), injured=R(1),
      source=ARM_MOD + YL),
    # Baku's version of the same shooting (a "retaliatory operation"), and of Monday's alleged provocation
    E(True, "it had carried out a \"retaliatory operation\"", BAT, CLASH, actor1=AZE, actor2=ARM, location=VERIN_DZORAK,
      date=TUE08, source=AZ_SBS + AZE),
    E(True, "Armenian fire wounded one of its servicemen in the Nakhchivan sector", BAT, CLASH, actor1=ARM + AZE,
      actor2=AZE + ["servicemen", "serviceman"] + ARM, location=NAKHCHIVAN, date=D("2024-02-12"), injured=R(1),
      source=AZ_SBS + AZE),
    E(False, "no shot was fired from the Armenian side that day", BAT, CLASH, actor1=ARM, actor2=AZE,
      location=NAKHCHIVAN, date=D("2024-02-12"), source=ARM_MOD + ["ministry"], status="denied"),
    # background: a two-day offensive in 2022 -> non-core
    E(False, "Azerbaijani troops attacked along the whole length of our border and killed more than 200 Armenian servicemen in two days",
      BAT, CLASH, actor1=AZE + ARM, actor2=ARM + AZE, location=L(["Armenia", "Armenian border"], cc="AM"),
      date=D("2022-09-01", "2022-09-30"), killed=R(201, None), source=YL),
    # the columnist's forecasts -> hypothetical
    E(False, "Aliyev will strike again before the snow melts on the passes", BAT, CLASH, actor1=AZE, actor2=ARM,
      location=L(["Syunik", "Armenia"], cc="AM"), source=YL, status="hypothetical"),
    E(False, "he will take it by force, perhaps this very year", BAT, CLASH, actor1=AZE, actor2=ARM,
      location=L(["Syunik", "corridor through Syunik"], cc="AM"), source=YL, status="hypothetical"),
    # no gold: "an execution, announced in advance" (a label for Tuesday's shooting), "Baku has invented
    # provocations before" (generic), the statements of concern, the peace treaty (unsigned), "a slow surrender"
]
DOCS.append(("dev-g-08", "The Yerevan Ledger (opinion)", "2024-02-16", "opinion column, loaded language and predictions",
             "Armenia/Azerbaijan: sniper fire kills two soldiers in Syunik (Baku's 'retaliatory operation', its "
             "claimed provocation and Yerevan's denial); 2022 background; forecasts", T08, E08))
WEEKDAYS += [("dev-g-08", "16 February 2024", "2024-02-16", "Friday"), ("dev-g-08", "On Tuesday morning", "2024-02-13", "Tuesday")]

# =============================================================================
# dev-g-09  humanitarian NGO situation report, bullets and ranges — Yemen: Taiz (Thu 16 Oct 2025)
# =============================================================================
T09 = """Taiz Governorate: Civilian Protection Situation Report No. 19 (1-14 October 2025)

Yemen Civilian Protection Network (YCPN) | Aden/Taiz | Issued 16 October 2025

SUMMARY
Hostilities on the eastern and western edges of Taiz city intensified during the reporting period. Figures below are compiled from partner reports, hospital records and community focal points; where reports conflict, a range is given.

KEY FIGURES (1-14 October)
- 9-12 civilians killed and 25-31 injured across the governorate
- 6 shelling incidents, 4 sniper incidents and 2 landmine or UXO incidents affecting civilians
- 1 humanitarian access incident

INCIDENTS
- 3 Oct, Taiz city: Mortar rounds fired from Ansar Allah-controlled areas in al-Hawban hit a residential street in the Osaifrah neighbourhood, killing two children and injuring between four and six other civilians.
- 6 Oct, Taiz city: A woman fetching water was shot dead by a sniper near the Wadi al-Qadi junction. Residents attribute the fire to Ansar Allah positions in the northern hills; Ansar Allah-affiliated media blamed "mercenaries of the aggression".
- 8 Oct, Maqbanah district: A 12-year-old boy herding sheep was killed and his brother injured when a landmine exploded west of Taiz. It is not known when or by whom the mine was laid.
- 9-10 Oct, eastern front: Clashes between Government of Yemen forces and Ansar Allah near the Thabat area, on the city's eastern outskirts, killed between five and eight fighters on both sides, according to military sources on the government side.
- 11 Oct, al-Turbah road: A drone struck a civilian car about 20 km south of the city, injuring three passengers. Each party accuses the other of launching it.
- 13 Oct, al-Hawban: A water truck contracted by a YCPN partner was stopped at a checkpoint run by Ansar Allah authorities, and its driver was detained for 36 hours before being released without charge.

OUTLOOK
Partners anticipate further shelling of residential neighbourhoods if the escalation on the eastern front continues. Mine risk education sessions will resume in Maqbanah next week, subject to funding.
"""

HOUTHI = ["Houthis", "Houthi", "Ansar Allah", "Ansarallah", "Ansar Allah authorities", "Houthi movement"]
YGOV = ["Government of Yemen", "Government of Yemen forces", "government forces", "Yemeni government forces",
        "internationally recognised government", "Taiz Military Axis", "Military Forces of Yemen",
        "mercenaries of the aggression", "mercenaries"]
TAIZ = L(["Taiz", "Taiz city", "Ta'izz", "Osaifrah", "Usayfirah", "Wadi al-Qadi", "Thabat", "eastern front"], 13.58,
         44.02, "YE")
MAQBANAH = L(["Maqbanah", "Maqbanah district", "west of Taiz"], cc="YE")
TURBAH_ROAD = L(["al-Turbah road", "Turbah road", "south of the city", "Taiz"], 13.58, 44.02, "YE")
HAWBAN = L(["al-Hawban", "Hawban", "Taiz"], 13.58, 44.02, "YE")
TAIZ_GOV = L(["Taiz", "Taiz governorate"], cc="YE")
YCPN = ["Yemen Civilian Protection Network", "YCPN", "author", "partners"]
OCT1_14 = D("2025-10-01", "2025-10-14")
E09 = [
    # the key figures: tallies over two weeks -> aggregates; ranges as given
    E(False, "9-12 civilians killed and 25-31 injured across the governorate", EXP, SHELL, actor1=HOUTHI + YGOV + UNK,
      actor2=CIV, location=TAIZ_GOV, date=OCT1_14, killed=R(9, 12), injured=R(25, 31), source=YCPN, aggregate=True),
    E(False, "6 shelling incidents", EXP, SHELL, actor1=HOUTHI + YGOV, actor2=CIV, location=TAIZ_GOV, date=OCT1_14,
      source=YCPN, aggregate=True),
    E(False, "4 sniper incidents", VAC, ATTACK, actor1=HOUTHI + YGOV, actor2=CIV, location=TAIZ_GOV, date=OCT1_14,
      source=YCPN, aggregate=True),
    E(False, "2 landmine or UXO incidents affecting civilians", EXP, IED, actor1=UNK, actor2=CIV, location=TAIZ_GOV,
      date=OCT1_14, source=YCPN, aggregate=True),
    # "fired from Ansar Allah-controlled areas" -> Ansar Allah, or unknown (dev-f-01's "RSF-held areas")
    E(True, "Mortar rounds fired from Ansar Allah-controlled areas in al-Hawban hit a residential street in the Osaifrah neighbourhood, killing two children and injuring between four and six other civilians",
      EXP, SHELL, actor1=HOUTHI + UNK, actor2=CIV + ["children", "residential street"], location=TAIZ,
      date=D("2025-10-03"), killed=R(2), injured=R(4, 6), source=YCPN),
    # a sniper killing a civilian -> Attack; residents blame Ansar Allah, its media blame the other side
    E(True, "A woman fetching water was shot dead by a sniper near the Wadi al-Qadi junction", VAC, ATTACK,
      actor1=HOUTHI + UNK + ["sniper"], actor2=CIV + ["woman"], location=TAIZ, date=D("2025-10-06"), killed=R(1),
      source=YCPN + ["Residents", "residents"]),
    E(False, "Ansar Allah-affiliated media blamed \"mercenaries of the aggression\"", VAC, ATTACK, actor1=YGOV,
      actor2=CIV + ["woman"], location=TAIZ, date=D("2025-10-06"), killed=R(1),
      source=["Ansar Allah-affiliated media"] + HOUTHI),
    # a mine of unknown origin -> unknown
    E(True, "A 12-year-old boy herding sheep was killed and his brother injured when a landmine exploded west of Taiz",
      EXP, IED, actor1=UNK, actor2=CIV + ["boy", "brother"], location=MAQBANAH, date=D("2025-10-08"), killed=R(1),
      injured=R(1), source=YCPN),
    E(True, "Clashes between Government of Yemen forces and Ansar Allah near the Thabat area, on the city's eastern outskirts, killed between five and eight fighters on both sides",
      BAT, CLASH, actor1=YGOV + HOUTHI, actor2=HOUTHI + YGOV, location=TAIZ, date=D("2025-10-09", "2025-10-10"),
      killed=R(5, 8), source=["military sources", "military sources on the government side"] + YCPN),
    # each party blames the other -> both, and unknown
    E(True, "A drone struck a civilian car about 20 km south of the city, injuring three passengers", EXP, AIR,
      actor1=UNK + HOUTHI + YGOV, actor2=CIV + ["civilian car", "passengers"], location=TURBAH_ROAD,
      date=D("2025-10-11"), injured=R(3), source=YCPN),
    # detention by the group that administers the area -> Arrests (dev_f's convention)
    E(True, "was stopped at a checkpoint run by Ansar Allah authorities, and its driver was detained for 36 hours", STR, ARRESTS,
      actor1=HOUTHI + ["checkpoint"], actor2=CIV + ["driver", "water truck", "YCPN partner"], location=HAWBAN,
      date=D("2025-10-13"), source=YCPN),
    E(False, "Partners anticipate further shelling of residential neighbourhoods if the escalation on the eastern front continues",
      EXP, SHELL, actor1=HOUTHI + YGOV, actor2=CIV, location=TAIZ, source=YCPN, status="hypothetical"),
    # no gold: "1 humanitarian access incident" (restates the checkpoint item), the mine risk sessions
]
DOCS.append(("dev-g-09", "Yemen Civilian Protection Network (situation report)", "2025-10-16",
             "humanitarian NGO situation report with bullets and ranges",
             "Yemen/Taiz: fortnight's ranges, mortars on Osaifrah, a sniper killing, a landmine in Maqbanah, clashes on "
             "the eastern front (5-8 killed), drone on a car, a driver detained at a Houthi checkpoint", T09, E09))
WEEKDAYS += [("dev-g-09", "16 October 2025", "2025-10-16", "Thursday")]

# =============================================================================
# dev-g-10  wire story with two conflicting tolls from two sources — Colombia: Catatumbo, Tibú (Tue 10 Feb 2026)
# =============================================================================
T10 = """Colombia: ELN-dissident fighting in Catatumbo kills at least 14, army says; ombudsman counts 27 dead

BOGOTA, Feb 10 (Andes Wire Service) - Fighting between National Liberation Army (ELN) guerrillas and a FARC dissident faction in Colombia's Catatumbo region has killed at least 14 people since Saturday, the army said on Tuesday, while the national ombudsman's office put the toll at 27, most of them civilians.

The clashes broke out on Saturday in rural areas of the Tibú and El Tarra municipalities of Norte de Santander, near the border with Venezuela, when ELN units attacked positions held by the 33rd Front, a group that rejected the 2016 peace deal with the FARC.

The army's Second Division said its troops had recovered 14 bodies, nine of them of armed men wearing ELN or dissident insignia, and had not yet been able to reach several villages.

The ombudsman's office said its staff had confirmed 27 deaths, 16 of them civilians. Among the dead were a community leader and a former FARC combatant enrolled in the peace process, who it said were taken from their homes and shot by ELN fighters in the village of La Pacora.

In a statement on its website, the ELN said its units were fighting "narco-paramilitary structures" and denied that it had killed any civilians.

Early on Monday, a drone dropped explosives on a military base on the outskirts of Tibú, wounding four soldiers, the army said. It blamed the ELN, which did not comment.

More than 8,000 people have fled their homes since Saturday, many of them to Cúcuta and Ocaña, according to regional officials, who declared a humanitarian emergency on Monday.

"We have not seen violence like this in Catatumbo in a decade," said an ombudsman official who asked not to be named because he was not authorised to speak to the press. Security analysts expect the fighting to spread to the neighbouring Cesar department in the coming weeks if neither group gains the upper hand.
"""

ELN = ["National Liberation Army", "Ejército de Liberación Nacional", "ELN", "ELN guerrillas", "ELN fighters",
       "ELN units", "guerrillas"]
FARCD = ["FARC dissidents", "FARC dissident faction", "33rd Front", "Frente 33", "FARC-EP dissidents",
         "Estado Mayor Central", "dissidents", "narco-paramilitary structures"]
COLARMY = ["Colombian army", "National Army of Colombia", "army", "Second Division", "troops", "soldiers",
           "military base", "Military Forces of Colombia"]
CATATUMBO = L(["Catatumbo", "Tibú", "Tibu", "El Tarra", "Norte de Santander"], 8.64, -72.73, "CO")
TIBU = L(["Tibú", "Tibu", "outskirts of Tibú"], 8.64, -72.73, "CO")
LA_PACORA = L(["La Pacora", "Catatumbo", "Norte de Santander"], cc="CO")
AWS = ["Andes Wire Service", "author"]
ARMY10 = ["army", "Second Division", "Colombian army"]
OMB = ["ombudsman's office", "national ombudsman's office", "ombudsman", "Defensoría del Pueblo", "Ombudsman's Office"]
SINCE_SAT = D("2026-02-07", "2026-02-10")
E10 = [
    # two sources, two tolls for the same fighting -> one core event per version (ANNOTATION)
    E(True, "Fighting between National Liberation Army (ELN) guerrillas and a FARC dissident faction in Colombia's Catatumbo region has killed at least 14 people since Saturday",
      BAT, CLASH, actor1=ELN + FARCD, actor2=FARCD + ELN, location=CATATUMBO, date=SINCE_SAT, killed=R(14, None),
      source=ARMY10 + AWS),
    E(True, "the national ombudsman's office put the toll at 27, most of them civilians", BAT, CLASH,
      actor1=ELN + FARCD, actor2=FARCD + ELN + CIV, location=CATATUMBO, date=SINCE_SAT, killed=R(27), source=OMB),
    E(False, "ELN-dissident fighting in Catatumbo kills at least 14, army says", BAT, CLASH, actor1=ELN + FARCD,
      actor2=FARCD + ELN, location=CATATUMBO, date=SINCE_SAT, killed=R(14, None), source=ARMY10 + AWS),
    E(False, "ombudsman counts 27 dead", BAT, CLASH, actor1=ELN + FARCD, actor2=FARCD + ELN, location=CATATUMBO,
      date=SINCE_SAT, killed=R(27), source=OMB + AWS),
    # the outbreak of the same fighting, and each source's detail -> non-core copies
    E(False, "ELN units attacked positions held by the 33rd Front", BAT, CLASH, actor1=ELN + FARCD, actor2=FARCD + ELN,
      location=CATATUMBO, date=D("2026-02-07"), source=AWS),
    E(False, "its troops had recovered 14 bodies, nine of them of armed men wearing ELN or dissident insignia", BAT,
      CLASH, actor1=ELN + FARCD, actor2=FARCD + ELN, location=CATATUMBO, date=SINCE_SAT, killed=R(14),
      source=ARMY10),
    E(False, "its staff had confirmed 27 deaths, 16 of them civilians", BAT, CLASH, actor1=ELN + FARCD,
      actor2=FARCD + ELN + CIV, location=CATATUMBO, date=SINCE_SAT, killed=R(27), source=OMB),
    # the executions the ombudsman describes: two named victims taken from home and shot -> Attack, 2 killed
    E(True, "were taken from their homes and shot by ELN fighters in the village of La Pacora", VAC, ATTACK,
      actor1=ELN, actor2=CIV + ["community leader", "former FARC combatant"], location=LA_PACORA, date=SINCE_SAT,
      killed=R(2), source=OMB),
    E(False, "denied that it had killed any civilians", VAC, ATTACK, actor1=ELN, actor2=CIV, location=CATATUMBO,
      date=SINCE_SAT, source=ELN + ["statement", "website"], status="denied"),
    E(False, "its units were fighting \"narco-paramilitary structures\"", BAT, CLASH, actor1=ELN + FARCD,
      actor2=FARCD + ELN, location=CATATUMBO, date=SINCE_SAT, source=ELN + ["statement", "website"]),
    # the army blames the ELN, which does not comment -> ELN plus unknown
    E(True, "a drone dropped explosives on a military base on the outskirts of Tibú, wounding four soldiers", EXP, AIR,
      actor1=ELN + UNK, actor2=COLARMY, location=TIBU, date=D("2026-02-09"), injured=R(4), source=ARMY10),
    E(False, "Security analysts expect the fighting to spread to the neighbouring Cesar department", BAT, CLASH,
      actor1=ELN + FARCD, actor2=FARCD + ELN, location=L(["Cesar", "Cesar department"], cc="CO"),
      source=["Security analysts", "analysts"], status="hypothetical"),
    # no gold: the displacement and the emergency declaration (no act of violence), the 2016 deal (named as
    # the group's background, no event), the official's quote
]
DOCS.append(("dev-g-10", "Andes Wire Service", "2026-02-10", "wire story with two conflicting tolls from two sources",
             "Colombia/Catatumbo: ELN vs FARC dissidents (army 14+ vs ombudsman 27), two civilians shot in La Pacora "
             "(ELN denies), drone on a base in Tibú", T10, E10))
WEEKDAYS += [("dev-g-10", "Feb 10 / on Tuesday", "2026-02-10", "Tuesday"), ("dev-g-10", "since Saturday", "2026-02-07", "Saturday"),
             ("dev-g-10", "Early on Monday", "2026-02-09", "Monday")]

# =============================================================================
# dev-g-11  live blog with timestamps, newest first — Israel/Iran: Ramat Gan, Beersheba, Tehran, Isfahan, Tabriz (Wed 18 Jun 2025)
# =============================================================================
T11 = """Israel-Iran live: missile strike kills four in Ramat Gan; Israeli jets hit sites near Isfahan

Meridian Live | Last updated Wednesday 18 June 2025, 23:40 Israel time | Newest posts first

23:40 - We are closing this live page for the night. Thank you for following our coverage.

22:55 - Israel's Home Front Command says a missile fell in an open area north of Beersheba about half an hour ago. No injuries were reported.

21:30 - Iran's Revolutionary Guards say in a statement read on state television that this evening's wave of missiles targeted "military and intelligence centres" in Tel Aviv and Haifa. They call it the eleventh wave of their operation and promise more "in the coming hours".

20:40 - Magen David Adom now says four people were killed in the Ramat Gan strike, up from the three it reported earlier. One of the 27 wounded died in hospital, the rescue service said.

19:58 - The Israeli military says "the vast majority" of about 25 missiles launched at central Israel in this evening's barrage were intercepted.

19:45 - Sirens are sounding across central Israel. Our reporter in Ramat Gan says a missile has hit a residential building near the diamond exchange, tearing off its facade. Magen David Adom says three people were killed and 27 wounded, two of them seriously.

16:10 - Iranian state media say an Israeli air strike on an apartment block in western Tehran this afternoon killed nine people, two of them children. The Israeli military says its jets struck "a senior commander of the IRGC's missile unit" in Tehran, without saying whether he was killed.

12:25 - The IDF says its aircraft struck missile launchers and "a site producing drone components" near Isfahan overnight. It also says an Iranian drone was shot down over the Golan Heights this morning.

08:05 - Iran's Tasnim news agency reports that air defences shot down "a hostile drone" near Tabriz at dawn. There has been no comment from Israel.

07:00 - Good morning and welcome to our live coverage. The exchange of fire between Israel and Iran is in its sixth day. Iran's health ministry says more than 240 people have been killed in Iran since Friday; Israeli authorities say Iranian missiles have killed 26 people in Israel.
"""

ISRAEL = ["Israel", "Israeli", "Israel Defense Forces", "IDF", "Israeli military", "Israeli army", "Israeli Air Force",
          "Israeli jets", "jets", "Military Forces of Israel"]
IRAN = ["Iran", "Iranian", "Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards", "Iran's Revolutionary Guards",
        "Iranian armed forces", "air defences", "Iranian air defences", "Military Forces of Iran"]
RAMAT_GAN = L(["Ramat Gan", "diamond exchange", "central Israel"], 32.08, 34.82, "IL")
BEERSHEBA = L(["Beersheba", "Be'er Sheva", "north of Beersheba"], 31.25, 34.79, "IL")
TEL_AVIV = L(["Tel Aviv", "Haifa", "central Israel"], 32.08, 34.78, "IL")
TEHRAN = L(["Tehran", "western Tehran"], 35.69, 51.39, "IR")
ISFAHAN = L(["Isfahan", "Esfahan", "near Isfahan"], 32.65, 51.67, "IR")
TABRIZ = L(["Tabriz", "near Tabriz"], 38.08, 46.29, "IR")
GOLAN = L(["Golan Heights", "Golan"])
MLIVE = ["Meridian Live", "Meridian", "author", "reporter"]
MDA = ["Magen David Adom", "MDA", "rescue service"]
IRGC_SRC = ["Revolutionary Guards", "Iran's Revolutionary Guards", "IRGC", "state television"] + IRAN
IDF_SRC = ["Israeli military", "IDF"] + ISRAEL
JUN18 = D("2025-06-18")
NIGHT11 = D("2025-06-17", "2025-06-18")
E11 = [
    # a live blog is read newest first: the later toll (four, 20:40) goes on the core event stated at 19:45
    E(True, "a missile has hit a residential building near the diamond exchange, tearing off its facade", EXP, SHELL,
      actor1=IRAN, actor2=CIV + ["residential building", "people"], location=RAMAT_GAN, date=JUN18, killed=R(4),
      injured=R(26, 27), source=MLIVE + MDA),
    E(False, "Magen David Adom says three people were killed and 27 wounded, two of them seriously", EXP, SHELL,
      actor1=IRAN, actor2=CIV, location=RAMAT_GAN, date=JUN18, killed=R(3), injured=R(27), source=MDA),
    E(False, "Magen David Adom now says four people were killed in the Ramat Gan strike", EXP, SHELL, actor1=IRAN,
      actor2=CIV, location=RAMAT_GAN, date=JUN18, killed=R(4), source=MDA),
    E(False, "missile strike kills four in Ramat Gan", EXP, SHELL, actor1=IRAN, actor2=CIV, location=RAMAT_GAN,
      date=JUN18, killed=R(4), source=MLIVE),
    # interceptions of one barrage counted in bulk -> aggregate (dev-f-09's drone totals)
    E(False, "\"the vast majority\" of about 25 missiles launched at central Israel in this evening's barrage were intercepted",
      STR, DISRUPT, actor1=ISRAEL, actor2=IRAN, location=TEL_AVIV, date=JUN18, source=IDF_SRC, aggregate=True),
    # "No injuries were reported" -> injured 0..0 (as dev-f-14's "no injuries")
    E(True, "a missile fell in an open area north of Beersheba about half an hour ago", EXP, SHELL, actor1=IRAN,
      actor2=["open area"] + ISRAEL + CIV, location=BEERSHEBA, date=JUN18, injured=R(0),
      source=["Home Front Command", "Israel's Home Front Command"] + MLIVE),
    # the Guards' own version of the evening's wave: its targets
    E(True, "this evening's wave of missiles targeted \"military and intelligence centres\" in Tel Aviv and Haifa", EXP,
      SHELL, actor1=IRAN, actor2=ISRAEL + ["military and intelligence centres"], location=TEL_AVIV, date=JUN18,
      source=IRGC_SRC),
    E(False, "promise more \"in the coming hours\"", EXP, SHELL, actor1=IRAN, actor2=ISRAEL,
      location=L(["Israel"], cc="IL"), source=IRGC_SRC, status="planned"),
    # Tehran: two versions, the Iranian toll and the Israeli target
    E(True, "an Israeli air strike on an apartment block in western Tehran this afternoon killed nine people, two of them children",
      EXP, AIR, actor1=ISRAEL, actor2=CIV + ["apartment block", "people", "children"], location=TEHRAN, date=JUN18,
      killed=R(9), source=["Iranian state media", "state media"] + IRAN),
    E(True, "its jets struck \"a senior commander of the IRGC's missile unit\" in Tehran", EXP, AIR, actor1=ISRAEL,
      actor2=IRAN + ["senior commander", "IRGC's missile unit"], location=TEHRAN, date=JUN18, source=IDF_SRC),
    E(True, "its aircraft struck missile launchers and \"a site producing drone components\" near Isfahan overnight", EXP,
      AIR, actor1=ISRAEL + ["aircraft"], actor2=IRAN + ["missile launchers", "site producing drone components"],
      location=ISFAHAN, date=NIGHT11, source=IDF_SRC),
    E(False, "Israeli jets hit sites near Isfahan", EXP, AIR, actor1=ISRAEL, actor2=IRAN, location=ISFAHAN,
      date=NIGHT11, source=MLIVE),
    # downed drones: each side's claim; the Golan gets names only (no country asserted by the text)
    E(True, "an Iranian drone was shot down over the Golan Heights this morning", STR, DISRUPT, actor1=ISRAEL,
      actor2=IRAN + ["Iranian drone"], location=GOLAN, date=JUN18, source=IDF_SRC),
    E(True, "air defences shot down \"a hostile drone\" near Tabriz at dawn", STR, DISRUPT, actor1=IRAN,
      actor2=ISRAEL + UNK + ["hostile drone"], location=TABRIZ, date=JUN18,
      source=["Tasnim", "Tasnim news agency", "Iran's Tasnim news agency"] + IRAN),
    # the running totals -> aggregates
    E(False, "more than 240 people have been killed in Iran since Friday", EXP, AIR, actor1=ISRAEL,
      actor2=IRAN + CIV, location=L(["Iran"], cc="IR"), date=D("2025-06-13", "2025-06-18"), killed=R(241, None),
      source=["Iran's health ministry", "health ministry"], aggregate=True),
    E(False, "Iranian missiles have killed 26 people in Israel", EXP, SHELL, actor1=IRAN, actor2=CIV + ISRAEL,
      location=L(["Israel"], cc="IL"), date=D("2025-06-13", "2025-06-18"), killed=R(26),
      source=["Israeli authorities"], aggregate=True),
    # no gold: the sirens (a warning, not an act), "the exchange of fire ... is in its sixth day" (the war
    # as a whole), "no comment from Israel", the closing note
]
DOCS.append(("dev-g-11", "Meridian Live (live blog)", "2025-06-18", "live blog with timestamps, newest first",
             "Israel/Iran: missile on Ramat Gan (3 -> 4 killed), missile near Beersheba, IRGC's version, Israeli strike "
             "in Tehran (two versions), strikes near Isfahan, drones downed over the Golan and near Tabriz, war totals",
             T11, E11))
WEEKDAYS += [("dev-g-11", "Wednesday 18 June 2025", "2025-06-18", "Wednesday"),
             ("dev-g-11", "since Friday", "2025-06-13", "Friday")]

# =============================================================================
# dev-g-12  podcast transcript with speaker labels — Iraq: Sinjar, Duhok/Amadiya, Zap (Thu 22 Aug 2024)
# =============================================================================
T12 = """Frontline Mesopotamia, Episode 87: "The drones over Sinjar" (transcript)

Frontline Mesopotamia podcast | Released Thursday, 22 August 2024 | Auto-transcribed and lightly edited

HOST (Lana Rashid): Welcome back. I'm Lana Rashid, and with me from Erbil is Kawa Barzinji, who researches the Turkey-PKK conflict. Kawa, it has been a busy week again.

GUEST (Kawa Barzinji): It has, Lana. The big one, I think, was Monday. A Turkish drone hit a car on the road just south of Sinune, near Sinjar, and killed two commanders of the YBS, the Sinjar Resistance Units - that's the Yazidi force that Ankara treats as part of the PKK. Local officials told me a shepherd nearby was hurt by shrapnel.

HOST: And Turkey confirmed it?

GUEST: In its own way. The defence ministry said that it had "neutralised three terrorists" in the Sinjar region, no names, no place. So you have two, you have three, and you have a shepherd that nobody in Ankara mentions.

HOST: Further north, there was fighting in the Zap area.

GUEST: Right. On Sunday night PKK fighters attacked a Turkish base in the Zap region with rockets and small arms. The ministry says two Turkish soldiers were killed. The HPG, the PKK's armed wing, put out a statement claiming nine. You know, neither number can be checked; journalists can't get up there.

HOST: Meanwhile, people in Duhok province are protesting.

GUEST: Yes, on Saturday maybe a hundred villagers from around Amadiya held a sit-in in front of the district office, with banners against the bombardment. Their orchards keep catching fire from the shelling. It was peaceful; the police just watched.

HOST: Give us the bigger picture.

GUEST: Ankara's own weekly bulletin said last week that it had neutralised 34 terrorists in northern Iraq and Syria. The Iraqi foreign ministry summoned the Turkish chargé d'affaires - again. [laughs] That's about the fourth time this year.

HOST: Where does this go?

GUEST: Honestly, I think Turkey will send ground troops into Sinjar before the winter. They have been saying for two years that if Baghdad doesn't clear the PKK out, they will. I'd put money on it.

HOST: Kawa Barzinji, thank you. That's all for this week.
"""

TURKEY = ["Turkey", "Türkiye", "Turkish", "Turkish military", "Turkish Armed Forces", "Turkish drone", "Turkish base",
          "Turkish soldiers", "defence ministry", "Turkish Ministry of National Defence", "Ankara",
          "Military Forces of Turkey"]
PKK = ["Kurdistan Workers' Party", "PKK", "PKK fighters", "People's Defence Forces", "HPG", "terrorists"]
YBS = ["Sinjar Resistance Units", "YBS", "YBŞ", "Yazidi force", "commanders of the YBS"] + PKK
SINUNE = L(["Sinune", "Sinuni", "south of Sinune", "near Sinjar", "Sinjar"], 36.32, 41.87, "IQ")
ZAP = L(["Zap", "Zap region", "Zap area"], cc="IQ")
AMADIYA = L(["Amadiya", "Amedi", "Amadiya district office", "Duhok province", "Duhok"], 37.09, 43.49, "IQ")
FM = ["Frontline Mesopotamia", "Kawa Barzinji", "Lana Rashid", "author"]
TR_MOD = ["defence ministry", "ministry", "Turkish Ministry of National Defence", "Ankara"] + TURKEY
E12 = [
    # Monday 19 August; the researcher's figures (two killed, a shepherd hurt) on the core event
    E(True, "A Turkish drone hit a car on the road just south of Sinune, near Sinjar, and killed two commanders of the YBS",
      EXP, AIR, actor1=TURKEY, actor2=YBS + ["car"], location=SINUNE, date=D("2024-08-19"), killed=R(2), injured=R(1),
      source=FM + ["Local officials"]),
    # Ankara's version: "neutralised three" -> casualties 3..3 (dev_d's "neutralised"), no place but the region
    E(True, "it had \"neutralised three terrorists\" in the Sinjar region", EXP, AIR, actor1=TURKEY,
      actor2=PKK + YBS, location=L(["Sinjar region", "Sinjar"], 36.32, 41.87, "IQ"), date=D("2024-08-19"),
      casualties=R(3), source=TR_MOD),
    # "On Sunday night" -> 18 or 19 August; two versions of the toll
    E(True, "PKK fighters attacked a Turkish base in the Zap region with rockets and small arms", BAT, CLASH,
      actor1=PKK + TURKEY, actor2=TURKEY + PKK, location=ZAP, date=D("2024-08-18", "2024-08-19"), killed=R(2),
      source=TR_MOD + FM),
    E(True, "The HPG, the PKK's armed wing, put out a statement claiming nine", BAT, CLASH, actor1=PKK, actor2=TURKEY,
      location=ZAP, date=D("2024-08-18", "2024-08-19"), killed=R(9), source=["HPG", "People's Defence Forces", "PKK"]),
    E(True, "maybe a hundred villagers from around Amadiya held a sit-in in front of the district office", PRO,
      PEACEFUL, actor1=PROTESTERS + ["villagers", "hundred villagers"], location=AMADIYA, date=D("2024-08-17"),
      source=FM),
    # orchards set alight by shelling, repeatedly -> a non-core generic
    E(False, "Their orchards keep catching fire from the shelling", EXP, SHELL, actor1=TURKEY, actor2=CIV + ["orchards"],
      location=AMADIYA, source=FM, aggregate=True),
    # a weekly tally -> aggregate; the bulletin came out "last week" (12-18 August) and covers the week
    # before it or that week -> 5..18 August
    E(False, "it had neutralised 34 terrorists in northern Iraq and Syria", BAT, CLASH, actor1=TURKEY, actor2=PKK,
      location=L(["northern Iraq", "Iraq"], cc="IQ"), date=D("2024-08-05", "2024-08-18"), casualties=R(34),
      source=TR_MOD + ["weekly bulletin"], aggregate=True),
    # the guest's forecast -> hypothetical; Ankara's conditional threat -> planned
    E(False, "Turkey will send ground troops into Sinjar before the winter", BAT, CLASH, actor1=TURKEY, actor2=YBS,
      location=L(["Sinjar"], 36.32, 41.87, "IQ"), source=["Kawa Barzinji"] + FM, status="hypothetical"),
    E(False, "if Baghdad doesn't clear the PKK out, they will", BAT, CLASH, actor1=TURKEY, actor2=PKK,
      location=L(["Sinjar", "northern Iraq"], cc="IQ"), source=["Ankara", "Turkey"], status="planned"),
    # no gold: the summoning of the chargé d'affaires (diplomacy, no ACLED type), "the fourth time this year"
    # (a count of summonses), "the police just watched"
]
DOCS.append(("dev-g-12", "Frontline Mesopotamia (podcast transcript)", "2024-08-22",
             "podcast transcript with speaker labels",
             "Iraq/Kurdistan: Turkish drone kills two YBS commanders near Sinjar (2 vs 'three neutralised'), PKK attack "
             "on a Turkish base in Zap (2 vs 9), sit-in in Amadiya, weekly tally, a forecast offensive", T12, E12))
WEEKDAYS += [("dev-g-12", "Thursday, 22 August 2024", "2024-08-22", "Thursday"),
             ("dev-g-12", "Monday", "2024-08-19", "Monday"), ("dev-g-12", "On Sunday night", "2024-08-18", "Sunday"),
             ("dev-g-12", "on Saturday", "2024-08-17", "Saturday"), ("dev-g-12", "last week (start)", "2024-08-12", "Monday")]

# =============================================================================
# dev-g-13  ministry statement denying what a rights group reported — Cameroon: Northwest region, Bui, Kumbo (Thu 7 Mar 2024)
# =============================================================================
T13 = """Government rejects “false allegations” of killings by soldiers in Bui

REPUBLIC OF CAMEROON - Peace, Work, Fatherland
Ministry of Communication | Press Release No. 014/MINCOM | Yaounde, 7 March 2024

The Government of the Republic of Cameroon has taken note of a report published on 4 March 2024 by the Network for Human Rights in Central Africa (NHRCA), alleging that elements of the Defence and Security Forces killed nine civilians, among them two women and a child, and set fire to some 40 houses in the village of Akum Mbah, Bui division, Northwest region, on 28 February 2024.

The Government categorically rejects these false allegations, which are part of a campaign of disinformation aimed at tarnishing the image of our valiant Defence and Security Forces.

The facts are as follows. On 28 February 2024, at about 6 a.m., a unit of the Defence and Security Forces on a reconnaissance patrol near Akum Mbah came under fire from a group of about 15 armed separatist terrorists. The troops riposted with professionalism and neutralised five assailants, recovering three AK-47 rifles and two locally made guns. Two soldiers were slightly wounded. No civilian was harmed in the operation.

As they withdrew, the terrorists set fire to several houses in the village in order to stage a scene that they then attributed to the Defence and Security Forces, a practice well known to the authorities.

The Government further notes that the same terrorist groups continue their atrocities against the population. On 2 March 2024, they abducted the principal of a government secondary school in Kumbo and burned two of its classrooms, in their effort to keep the children of the Northwest out of school. Security operations to free him are under way.

The Government reaffirms its commitment to human rights. Any member of the Defence and Security Forces found to have committed abuses is systematically brought to justice. It calls on national and international organisations to verify their information with the competent authorities before publishing it.

The Minister of Communication, Government Spokesman
"""

CMR = ["Defence and Security Forces", "elements of the Defence and Security Forces", "Cameroonian army", "Cameroon army",
       "Cameroonian Defence and Security Forces", "soldiers", "troops", "unit", "Military Forces of Cameroon"]
AMBA = ["Ambazonian separatists", "Ambazonia", "Amba Boys", "separatists", "armed separatist terrorists",
        "separatist terrorists", "terrorists", "terrorist groups", "secessionists", "assailants"]
AKUM = L(["Akum Mbah", "village of Akum Mbah", "near Akum Mbah", "Bui", "Bui division", "Northwest region"], cc="CM")
KUMBO = L(["Kumbo", "Bui division", "Northwest"], 6.20, 10.68, "CM")
NHRCA = ["Network for Human Rights in Central Africa", "NHRCA", "report"]
MINCOM = ["Ministry of Communication", "MINCOM", "Government of the Republic of Cameroon", "Government",
          "Government Spokesman", "Minister of Communication", "author"]
FEB28 = D("2024-02-28")
E13 = [
    # the rights group's version, restated by the ministry -> core, its source; the arson is its detail
    E(True, "elements of the Defence and Security Forces killed nine civilians, among them two women and a child",
      VAC, ATTACK, actor1=CMR, actor2=CIV + ["women", "child"], location=AKUM, date=FEB28, killed=R(9), source=NHRCA),
    E(False, "set fire to some 40 houses in the village of Akum Mbah", STR, LOOT, actor1=CMR, actor2=CIV + ["houses"],
      location=AKUM, date=FEB28, source=NHRCA),
    # the ministry's denial -> non-core, denied
    E(False, "The Government categorically rejects these false allegations", VAC, ATTACK, actor1=CMR, actor2=CIV,
      location=AKUM, date=FEB28, source=MINCOM, status="denied"),
    E(False, "Government rejects “false allegations” of killings by soldiers in Bui", VAC, ATTACK, actor1=CMR,
      actor2=CIV, location=AKUM, date=FEB28, source=MINCOM, status="denied"),
    # the ministry's own version: a firefight; "neutralised five" + two soldiers wounded -> casualties 5..7,
    # injured 2 (dev_f's convention); "No civilian was harmed" is a detail of this version, no field for it
    E(True, "a unit of the Defence and Security Forces on a reconnaissance patrol near Akum Mbah came under fire from a group of about 15 armed separatist terrorists",
      BAT, CLASH, actor1=AMBA + CMR, actor2=CMR + AMBA, location=AKUM, date=FEB28, casualties=R(5, 7), injured=R(2),
      source=MINCOM),
    # in the ministry's version the burning is a separate act by the withdrawing fighters -> core
    E(True, "As they withdrew, the terrorists set fire to several houses in the village", STR, LOOT, actor1=AMBA,
      actor2=CIV + ["houses"], location=AKUM, date=FEB28, source=MINCOM),
    E(True, "they abducted the principal of a government secondary school in Kumbo", VAC, ABDUCT, actor1=AMBA,
      actor2=CIV + ["principal", "school principal"], location=KUMBO, date=D("2024-03-02"), source=MINCOM),
    E(False, "burned two of its classrooms", STR, LOOT, actor1=AMBA, actor2=CIV + ["classrooms", "school"],
      location=KUMBO, date=D("2024-03-02"), source=MINCOM),
    # no gold: "a practice well known to the authorities" and "continue their atrocities" (generic), the
    # operations to free the principal (under way, no event stated), the commitment to human rights
]
DOCS.append(("dev-g-13", "Cameroon Ministry of Communication (press release)", "2024-03-07",
             "government ministry statement denying a reported incident",
             "Cameroon/Northwest: rights group's report of nine civilians killed in Akum Mbah (denied), the ministry's "
             "firefight version and separatist arson, a school principal abducted in Kumbo", T13, E13))
WEEKDAYS += [("dev-g-13", "7 March 2024", "2024-03-07", "Thursday")]

# =============================================================================
# dev-g-14  think tank's analysis: a monthly aggregate and one detailed incident — Syria's coast: Jableh, Qardaha (Tue 20 May 2025)
# =============================================================================
T14 = """Syria's coast after March: a low-level insurgency and the logic of reprisal

Levant Policy Institute | Analysis | 20 May 2025 | By Rana Haddad

Two months after the mass killings of early March, in which well over a thousand people, most of them Alawite civilians, were killed by government-aligned forces and factions in Latakia, Tartus and Hama, Syria's coast has not returned to calm.

Our incident tracking for April records a dozen attacks on government forces in Latakia and Tartus governorates, most of them small ambushes and hit-and-run shootings at checkpoints, and at least 27 killings of civilians that local sources describe as sectarian or revenge-motivated. Most were carried out by unidentified gunmen, and very few were claimed. The numbers are lower than in March but have not fallen since mid-April.

One incident shows how fast the cycle turns. On the evening of 23 April, gunmen ambushed a General Security patrol on the road between Jableh and Qardaha, killing three of its members and wounding two, according to the Interior Ministry. A previously unknown group calling itself the Sons of the Mountain claimed the attack on Telegram the next morning.

At dawn on 24 April, General Security forces backed by army units raided the nearby village of Beit Shaheen and detained about 20 men. Residents told us that two of the detained, a farmer and his nephew, were found shot dead that afternoon at the edge of the village. The ministry said two "outlaws" had been killed in an exchange of fire during the raid, and that it had opened an investigation into "individual violations".

The sequence is typical of what we see across the coast: a small armed cell strikes, the security forces respond with collective raids, and the raids produce new grievances, and sometimes new recruits, for the cells.

We assess that attacks on security forces will likely continue at a low level through the summer. Should Damascus fail to hold its own men to account, a repeat of March cannot be ruled out, particularly in the mountain villages east of Jableh.
"""

SYNEW = ["Syrian government", "government forces", "General Security", "General Security forces", "Public Security",
         "Interior Ministry", "army units", "Syrian army", "security forces", "Damascus", "Military Forces of Syria",
         "Police Forces of Syria"]
SONS = ["Sons of the Mountain", "gunmen", "armed cell", "outlaws", "former regime remnants", "insurgents"]
JABLEH = L(["Jableh", "Jabla", "road between Jableh and Qardaha", "Qardaha"], 35.36, 35.92, "SY")
BEIT_SHAHEEN = L(["Beit Shaheen", "Bayt Shahin", "Jableh"], cc="SY")
COAST = L(["Latakia", "Tartus", "Syrian coast", "coast"], cc="SY")
LPI = ["Levant Policy Institute", "Rana Haddad", "author"]
SY_MOI = ["Interior Ministry", "ministry", "Syrian Interior Ministry"]
APR25 = D("2025-04-01", "2025-04-30")
APR24 = D("2025-04-24")
E14 = [
    E(False, "in which well over a thousand people, most of them Alawite civilians, were killed by government-aligned forces and factions in Latakia, Tartus and Hama",
      VAC, ATTACK, actor1=SYNEW + ["government-aligned forces", "factions"], actor2=CIV + ["Alawite civilians", "Alawites"],
      location=COAST, date=D("2025-03-01", "2025-03-15"), killed=R(1001, None), source=LPI, aggregate=True),
    # "a dozen" -> 12..12 as a count of attacks (no casualty field), and the civilian killings
    E(False, "Our incident tracking for April records a dozen attacks on government forces in Latakia and Tartus governorates",
      BAT, CLASH, actor1=SONS + UNK, actor2=SYNEW, location=COAST, date=APR25, source=LPI, aggregate=True),
    E(False, "at least 27 killings of civilians that local sources describe as sectarian or revenge-motivated", VAC,
      ATTACK, actor1=UNK + ["unidentified gunmen"], actor2=CIV, location=COAST, date=APR25, killed=R(27, None),
      source=LPI + ["local sources"], aggregate=True),
    E(True, "gunmen ambushed a General Security patrol on the road between Jableh and Qardaha, killing three of its members and wounding two",
      BAT, CLASH, actor1=SONS + SYNEW, actor2=SYNEW + ["General Security patrol", "patrol"] + SONS, location=JABLEH,
      date=D("2025-04-23"), killed=R(3), injured=R(2), source=SY_MOI + LPI),
    E(False, "A previously unknown group calling itself the Sons of the Mountain claimed the attack on Telegram", BAT,
      CLASH, actor1=SONS, actor2=SYNEW, location=JABLEH, date=D("2025-04-23"),
      source=["Sons of the Mountain", "Telegram"]),
    E(True, "General Security forces backed by army units raided the nearby village of Beit Shaheen and detained about 20 men",
      STR, ARRESTS, actor1=SYNEW, actor2=CIV + ["men", "20 men"], location=BEIT_SHAHEEN, date=APR24, source=LPI),
    # two versions of the two deaths in the raid: residents' (detainees shot) and the ministry's (a firefight)
    E(True, "two of the detained, a farmer and his nephew, were found shot dead that afternoon at the edge of the village",
      VAC, ATTACK, actor1=SYNEW, actor2=CIV + ["farmer", "nephew", "detained"], location=BEIT_SHAHEEN, date=APR24,
      killed=R(2), source=["Residents", "residents"] + LPI),
    E(True, "two \"outlaws\" had been killed in an exchange of fire during the raid", BAT, CLASH, actor1=SYNEW + SONS,
      actor2=SONS + ["outlaws"] + SYNEW, location=BEIT_SHAHEEN, date=APR24, killed=R(2), source=SY_MOI),
    # the analyst's forecasts -> hypothetical
    E(False, "attacks on security forces will likely continue at a low level through the summer", BAT, CLASH,
      actor1=SONS + UNK, actor2=SYNEW, location=COAST, source=LPI, status="hypothetical"),
    E(False, "a repeat of March cannot be ruled out", VAC, ATTACK, actor1=SYNEW, actor2=CIV,
      location=L(["mountain villages east of Jableh", "Jableh"], 35.36, 35.92, "SY"), source=LPI, status="hypothetical"),
    # no gold: "a small armed cell strikes, the security forces respond with collective raids" (a generic
    # pattern), the investigation into "individual violations"
]
DOCS.append(("dev-g-14", "Levant Policy Institute (analysis)", "2025-05-20",
             "think tank's analysis, monthly aggregate plus one detailed incident",
             "Syria/coast: April tallies, ambush on a General Security patrol near Jableh, raid on Beit Shaheen "
             "(detentions; two dead: executions vs firefight), forecasts", T14, E14))
WEEKDAYS += [("dev-g-14", "20 May 2025", "2025-05-20", "Tuesday")]

# =============================================================================
# dev-g-15  datelined brief with relative dates — Jordan/Syria border, Sweida, Daraa (Wed 14 Jan 2026)
# =============================================================================
T15 = """Jordanian troops kill four smugglers in clash on Syrian border

AMMAN, Jan 14 (Levant Brief) - Jordanian troops killed four men and wounded several others in a clash with armed smugglers who tried to cross from Syria overnight, the army said on Wednesday.

Border guards in the Northern Military Region spotted a group of armed men approaching the frontier in thick fog late last night and opened fire after the smugglers shot at them, the Jordan Armed Forces said in a statement. The rest of the group fled back into Syrian territory. No Jordanian soldier was hurt, and large quantities of Captagon pills and two rifles were seized, the statement said.

Two days earlier, a soldier was wounded when smugglers fired on a Jordanian border post in the same region, a military source said.

On Sunday, residents of two villages in Syria's Sweida province said Jordanian aircraft had struck farms used by smuggling gangs, destroying a warehouse. There were no reports of casualties. Amman did not confirm the raids, and the army declined to comment on Wednesday.

In Syria, the interior ministry said on Tuesday that its forces had arrested three men in Daraa suspected of working with the network behind the smuggling attempts.

Last month, the army said it had foiled 18 smuggling attempts and shot down six drones carrying drugs across the border.
"""

JAF = ["Jordan Armed Forces", "Jordanian Armed Forces", "Jordanian army", "Jordanian troops", "Arab Army", "army",
       "border guards", "Jordanian aircraft", "Royal Jordanian Air Force", "Jordanian border post", "Military Forces of Jordan"]
SMUG = ["smugglers", "armed smugglers", "smuggling gangs", "drug smugglers", "armed men", "group of armed men",
        "smuggling network"]
N_REGION = L(["Northern Military Region", "Syrian border", "frontier", "Jordan-Syria border"], cc="JO")
SWEIDA_V = L(["Sweida", "Suwayda", "Sweida province", "As-Suwayda"], cc="SY")
DARAA = L(["Daraa", "Deraa", "Dar'a"], 32.62, 36.10, "SY")
LB = ["Levant Brief", "author"]
JAF_SRC = ["Jordan Armed Forces", "army", "statement", "Jordanian army"]
NIGHT15 = D("2026-01-13", "2026-01-14")
E15 = [
    # "overnight" / "late last night" in a Wednesday brief -> Tuesday or into Wednesday; "several" -> 3..open
    E(True, "Jordanian troops killed four men and wounded several others in a clash with armed smugglers who tried to cross from Syria overnight",
      BAT, CLASH, actor1=JAF + SMUG, actor2=SMUG + JAF, location=N_REGION, date=NIGHT15, killed=R(4),
      injured=R(3, None), source=JAF_SRC + LB),
    E(False, "Border guards in the Northern Military Region spotted a group of armed men approaching the frontier in thick fog late last night and opened fire after the smugglers shot at them",
      BAT, CLASH, actor1=JAF + SMUG, actor2=SMUG + JAF, location=N_REGION, date=NIGHT15, source=JAF_SRC),
    E(False, "Jordanian troops kill four smugglers in clash on Syrian border", BAT, CLASH, actor1=JAF + SMUG,
      actor2=SMUG + JAF, location=N_REGION, date=NIGHT15, killed=R(4), source=LB),
    # "Two days earlier" than the night of 13-14 January -> 11 or 12 January
    E(True, "a soldier was wounded when smugglers fired on a Jordanian border post in the same region", BAT, CLASH,
      actor1=SMUG + JAF, actor2=JAF + SMUG, location=N_REGION, date=D("2026-01-11", "2026-01-12"), injured=R(1),
      source=["military source"] + LB),
    # residents' report, Amman silent -> Jordan as the residents name it; "There were no reports of
    # casualties" -> 0..0 (ANNOTATION's "no casualties"; the same reading as "No injuries were reported")
    E(True, "residents of two villages in Syria's Sweida province said Jordanian aircraft had struck farms used by smuggling gangs",
      EXP, AIR, actor1=JAF, actor2=SMUG + ["farms", "warehouse"] + CIV, location=SWEIDA_V, date=D("2026-01-11"),
      killed=R(0), injured=R(0), source=["residents", "residents of two villages"]),
    E(True, "its forces had arrested three men in Daraa suspected of working with the network behind the smuggling attempts",
      STR, ARRESTS, actor1=["interior ministry", "Syrian interior ministry", "Syrian government", "Syrian security forces"],
      actor2=SMUG + ["three men", "men"], location=DARAA, date=D("2026-01-13"),
      source=["interior ministry", "Syrian interior ministry"]),
    # "Last month" -> December 2025; tallies -> aggregates
    E(False, "it had foiled 18 smuggling attempts", BAT, CLASH, actor1=JAF, actor2=SMUG, location=N_REGION,
      date=D("2025-12-01", "2025-12-31"), source=JAF_SRC, aggregate=True),
    E(False, "shot down six drones carrying drugs across the border", STR, DISRUPT, actor1=JAF, actor2=SMUG,
      location=N_REGION, date=D("2025-12-01", "2025-12-31"), source=JAF_SRC, aggregate=True),
    # no gold: the seized pills and rifles, "Amman did not confirm" (no denial), "declined to comment"
]
DOCS.append(("dev-g-15", "Levant Brief", "2026-01-14", "brief with a dateline and relative dates",
             "Jordan/Syria: army kills four smugglers overnight, a soldier wounded two days earlier, reported Jordanian "
             "strikes in Sweida, arrests in Daraa, last month's tallies", T15, E15))
WEEKDAYS += [("dev-g-15", "Jan 14 / on Wednesday", "2026-01-14", "Wednesday"), ("dev-g-15", "On Sunday", "2026-01-11", "Sunday"),
             ("dev-g-15", "on Tuesday / late last night", "2026-01-13", "Tuesday")]

# =============================================================================
# dev-g-16  obituary/feature of a journalist killed — Mexico: Guerrero, Chilpancingo (Fri 5 Jun 2026)
# =============================================================================
T16 = """Héctor Salgado, 1979-2026: the reporter who kept going to the scene

By Lucía Ramos | Sur de México Review | 5 June 2026

For eighteen years, Héctor Salgado did the one thing most reporters in Guerrero had quietly stopped doing: he went to the scene. He photographed the bodies left on the highway to Tixtla, he counted the burned buses, and he read the names of the dead on his morning radio programme, one by one, even when there were many.

He was killed on the morning of Thursday 28 May, outside his home in the San Rafael neighbourhood of Chilpancingo. Two men on a motorcycle were waiting for him as he left for the station, and one of them fired at least eight times. He died on the pavement. His 15-year-old son, who had followed him out of the door, was wounded in the arm.

Salgado knew the risks. In 2023, after a series of reports on who controls the city's taxi and bus routes, his car was set on fire outside the radio station. In March 2025, municipal police officers beat him and smashed his camera while he was filming the eviction of street vendors from the central market. He filed complaints both times; nobody was charged.

Colleagues believe the killing was ordered by one of the two criminal groups that have fought over Chilpancingo for years, either Los Ardillos or Los Tlacos, though neither has been publicly accused by the authorities. The Guerrero state prosecutor's office said on Wednesday that it had arrested a 24-year-old man suspected of driving the motorcycle, and that it was “not ruling out any line of inquiry, including his journalistic work”.

He is the fourth journalist killed in Mexico this year, according to the press freedom group Free Press Mexico.

On Sunday, about 300 reporters, students and relatives marched through the centre of Chilpancingo behind a banner with his photograph and the words “They do not kill the truth”. His colleagues plan a vigil outside the state congress next week, on what would have been his 47th birthday.

He is survived by his wife, Rosa, and their two sons.
"""

CARTELS = ["Los Ardillos", "Los Tlacos", "criminal groups", "gunmen", "two men on a motorcycle", "Ardillos", "Tlacos"]
CHILPO = L(["Chilpancingo", "San Rafael", "San Rafael neighbourhood", "Guerrero"], 17.55, -99.50, "MX")
SMR = ["Sur de México Review", "Lucía Ramos", "author"]
JOURNALIST = CIV + ["Héctor Salgado", "Salgado", "journalist", "reporter", "journalists"]
MAY28 = D("2026-05-28")
E16 = [
    # the feature's subject: the killing (the son's wound in the same shooting); "either X or Y" -> both + unknown
    E(True, "He was killed on the morning of Thursday 28 May, outside his home in the San Rafael neighbourhood of Chilpancingo",
      VAC, ATTACK, actor1=UNK + CARTELS, actor2=JOURNALIST + ["son"], location=CHILPO, date=MAY28, killed=R(1),
      injured=R(1), source=SMR),
    # the shooting and the wounded son told in their own sentences -> non-core copies of the same event
    E(False, "Two men on a motorcycle were waiting for him as he left for the station, and one of them fired at least eight times",
      VAC, ATTACK, actor1=UNK + CARTELS, actor2=JOURNALIST, location=CHILPO, date=MAY28, source=SMR),
    E(False, "His 15-year-old son, who had followed him out of the door, was wounded in the arm", VAC, ATTACK,
      actor1=UNK + CARTELS, actor2=CIV + ["son"], location=CHILPO, date=MAY28, injured=R(1), source=SMR),
    # background, years or a year earlier -> non-core
    E(False, "his car was set on fire outside the radio station", STR, LOOT, actor1=UNK, actor2=JOURNALIST + ["car"],
      location=CHILPO, date=D("2023-01-01", "2023-12-31"), source=SMR),
    E(False, "municipal police officers beat him and smashed his camera while he was filming the eviction of street vendors from the central market",
      VAC, ATTACK, actor1=["municipal police", "municipal police officers", "police", "Police Forces of Mexico"],
      actor2=JOURNALIST, location=CHILPO, date=D("2025-03-01", "2025-03-31"), source=SMR),
    # "said on Wednesday that it had arrested" -> between the killing and Wednesday 3 June; no place given
    E(True, "it had arrested a 24-year-old man suspected of driving the motorcycle", STR, ARRESTS,
      actor1=["Guerrero state prosecutor's office", "state prosecutor's office", "prosecutor's office",
              "Police Forces of Mexico"],
      actor2=["24-year-old man", "man", "suspect"] + CARTELS, date=D("2026-05-28", "2026-06-03"),
      source=["Guerrero state prosecutor's office", "state prosecutor's office", "prosecutor's office"]),
    E(False, "He is the fourth journalist killed in Mexico this year", VAC, ATTACK, actor1=UNK + CARTELS,
      actor2=JOURNALIST, location=L(["Mexico"], cc="MX"), date=D("2026-01-01", "2026-06-05"), killed=R(4),
      source=["Free Press Mexico", "press freedom group"], aggregate=True),
    E(True, "about 300 reporters, students and relatives marched through the centre of Chilpancingo", PRO, PEACEFUL,
      actor1=PROTESTERS + ["reporters", "students", "relatives", "journalists"], location=CHILPO, date=D("2026-05-31"),
      source=SMR),
    E(False, "His colleagues plan a vigil outside the state congress next week", PRO, PEACEFUL,
      actor1=PROTESTERS + ["colleagues", "journalists"], location=CHILPO, source=SMR + ["colleagues"],
      status="planned"),
    # no gold: the bodies on the Tixtla highway and the burned buses (generic memories of his work), "have
    # fought over Chilpancingo for years" (a standing rivalry), the complaints he filed
]
DOCS.append(("dev-g-16", "Sur de México Review (obituary)", "2026-06-05", "obituary/feature of a journalist killed",
             "Mexico/Guerrero: reporter shot dead in Chilpancingo (Los Ardillos or Los Tlacos suspected), his son "
             "wounded, past arson and police beating, an arrest, a march and a planned vigil", T16, E16))
WEEKDAYS += [("dev-g-16", "5 June 2026", "2026-06-05", "Friday"), ("dev-g-16", "Thursday 28 May", "2026-05-28", "Thursday"),
             ("dev-g-16", "On Sunday", "2026-05-31", "Sunday"), ("dev-g-16", "on Wednesday", "2026-06-03", "Wednesday")]

# ---------------------------------------------------------------- end of documents


def main():
    write_gold(__file__, DOCS, WEEKDAYS, "dev_g", check_g, strip_text=True)


if __name__ == "__main__":
    main()
