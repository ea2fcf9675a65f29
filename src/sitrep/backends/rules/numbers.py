"""Casualty numbers as ranges: "five to seven", "at least 9", "dozens", "none".

`parse_quantity` reads a number phrase; `casualties_in` finds killed /
injured / casualties counts around outcome words in one sentence, using the
parse to tell people from things ("three pickup trucks" are not victims).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ... import resources
from ...model import Count, Token

UNITS = {
    "zero": 0,
    "no": 0,
    "none": 0,
    "one": 1,
    "a": 1,
    "an": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dozen": 12,
    "couple": 2,
    "pair": 2,
}
MULTIPLIERS = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# Vague quantities: (min, max) as ACLED-minded analysts read them.
VAGUE = {
    "dozens": (24, None),
    "scores": (40, None),
    "hundreds": (200, None),
    "thousands": (2000, None),
    "several": (3, None),
    "few": (2, None),
    "a few": (2, None),
    "many": (5, None),
    "numerous": (5, None),
    "some": (2, None),
    "multiple": (2, None),
    "a number": (2, None),  # "killing a number of the attackers"
    # "injuring an undetermined number": someone was hurt, no one says how many
    **dict.fromkeys(
        (
            f"{article} {word} number"
            for article in ("a", "an")
            for word in ("undetermined", "unknown", "unspecified", "undisclosed")
        ),
        (1, None),
    ),
}
OPEN_ABOVE = ("more than", "over", "upwards of", "in excess of")
AT_LEAST = ("at least", "a minimum of", "no fewer than", "no less than", "not less than")
UP_TO = ("up to", "as many as", "at most", "no more than", "fewer than", "less than")
APPROX = (
    "some", "about", "around", "approximately", "roughly", "nearly", "almost", "close to", "an estimated", "possibly",
    "perhaps", "probably",
)  # fmt: skip

# Nouns that count people: every person noun of the shared lexicon, singular and plural, and the
# collective and demonym forms a tally uses ("two Syrians", "the dead", "12 personnel").
SINGULAR_PEOPLE = resources.people_nouns() | frozenset(
    "afghan american iranian iraqi israeli kurd lebanese palestinian russian syrian turk yemeni".split()
)  # "a 16-year-old Palestinian was shot dead"
PERSON_NOUNS = (
    SINGULAR_PEOPLE
    | frozenset(resources.plural(noun) for noun in SINGULAR_PEOPLE)
    | frozenset(
        """persons family families troop troops personnel servicemen servicemembers service police staff crew
        recruits passers-by passersby
        elderly dead wounded injured others afghans americans iranians iraqis israelis kurds lebanese
        palestinians russians syrians turks yemenis
        heroes mujahideen martyrs apostates khawarij khwarij peshmerga""".split()  # partisan words for fighters
    )
)
KILL_WORDS = frozenset(
    [
        "kill",
        "killed",
        "killing",
        "kills",
        "dead",
        "die",
        "died",
        "dies",
        "dying",
        "death",
        "deaths",
        "slain",
        "massacre",
        "massacred",
        "execute",
        "executed",
        "eliminate",
        "eliminated",
        "annihilate",
        "annihilated",
        "behead",
        "beheaded",
        "beheading",
        "decapitated",
    ]
)
INJURE_WORDS = frozenset(
    [
        "wound",
        "wounded",
        "wounding",
        "injure",
        "injured",
        "injuring",
        "injuries",
        "injury",
        "hurt",
        "hurting",
        "maim",
        "maimed",
        "beating",  # "beating a shepherd", "beat his son Imad": a person beaten is a person hurt
        "beaten",
    ]
)
CASUALTY_WORDS = frozenset(["casualty", "casualties"])

_DIGITS = re.compile(r"^\d{1,3}(,\d{3})*$|^\d+$")


@dataclass(frozen=True)
class Casualties:
    killed: Count | None = None
    injured: Count | None = None
    casualties: Count | None = None


def word_value(word: str) -> int | None:
    word = word.lower().strip()
    if _DIGITS.match(word):
        return int(word.replace(",", ""))
    return UNITS.get(word)


def parse_quantity(words: Sequence[str]) -> Count | None:
    """A number phrase ("at least nine", "five to seven", "dozens of") as a range."""
    text = " ".join(w.lower() for w in words).replace("-", " ")
    text = re.sub(r"\s+", " ", text).strip()
    if not text:
        return None
    for phrase, (low, high) in sorted(VAGUE.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\b{phrase}\b", text) and not re.search(
            r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|dozen)\b", text.replace(phrase, "")
        ):
            return Count(low, high)
    ranged = re.search(r"(?:between )?(\S+(?: \S+)?) (?:to|and|or) (\S+(?: \S+)?)$", text)
    if ranged:
        low, high = _value(ranged.group(1)), _value(ranged.group(2))
        if low is not None and high is not None and low < high:
            return Count(low, high)
    value = _value(_strip_modifiers(text))
    if value is None:
        return None
    if text.startswith(OPEN_ABOVE):
        return Count(value + 1, None)
    if text.startswith(AT_LEAST) or text.endswith(("or more", "plus")):
        return Count(value, None)
    if text.startswith(UP_TO):
        return Count(0 if text.startswith(("fewer", "less")) else 1, value)
    return Count(value, value)


def _strip_modifiers(text: str) -> str:
    for prefix in sorted(OPEN_ABOVE + AT_LEAST + UP_TO + APPROX + ("a total of", "the", "all"), key=len, reverse=True):
        if text.startswith(prefix + " "):
            return _strip_modifiers(text[len(prefix) + 1 :])
    return re.sub(r" (or more|plus|people|of)$", "", text)


def _value(text: str) -> int | None:
    """'twenty five' → 25, 'two hundred' → 200, '1,200' → 1200, 'a dozen' → 12."""
    text = text.replace(" and ", " ").strip()
    if text in ("a dozen", "one dozen"):
        return 12
    words = text.split()
    if not words:
        return None
    total, current = 0, 0
    for word in words:
        if word in MULTIPLIERS:
            total += max(current, 1) * MULTIPLIERS[word]
            current = 0
            continue
        value = word_value(word)
        if value is None:
            return None
        current += value
    return total + current


# --- finding casualty counts in a sentence ----------------------------------------

_ZERO_PATTERNS = (
    (
        re.compile(
            r"\b(no|without(?: causing| inflicting| leaving)?|causing no|caused no|there were no|with no) "
            r"(casualties|victims)\b",
            re.I,
        ),
        "casualties",
    ),
    (
        re.compile(
            r"\b(no one|nobody|none of [\w' ]+?|no (?:personnel|soldiers|troops|civilians|people)) (?:was|were) (?:killed|dead)\b",
            re.I,
        ),
        "killed",
    ),
    # "no one was hurt": nobody was harmed at all; "none of our personnel were hurt" speaks for one side only
    (
        re.compile(
            r"\b(?:no one|nobody|no-one) (?:was|had been|has been) (?:reported )?(?:(?:killed|dead) or )?"
            r"(?:physically |seriously )?(?:hurt|harmed|injured|wounded)\b",
            re.I,
        ),
        "casualties",
    ),
    (
        re.compile(
            r"\b(no one|nobody|none of [\w' ]+?|no members? of [\w' ]+?|no (?:[\w.'-]+ ){0,2}?(?:personnel|soldiers|troops"
            r"|civilians|people|staff|crew|peacekeepers|passengers|workers)) (?:was|were) (?:reported )?"
            r"(?:hurt|injured|wounded|harmed)\b",
            re.I,
        ),
        "injured",
    ),
    # "No injuries reported", "without causing injuries", "no reports of casualties", "there were no losses among
    # our personnel", "crew safe": nobody was harmed at all, as "no one was hurt"
    (re.compile(r"\b(no|without) (?:causing |reporting )?(injuries|injury)\b(?! among)", re.I), "casualties"),
    # "No injuries among the crew were reported": that side's, as "none of our personnel were hurt"
    (re.compile(r"\b(no|without) (?:causing |reporting )?(?:injuries|injury) among\b", re.I), "injured"),
    (re.compile(r"\bno reports? of (?:any )?(?:injuries|injury|casualties)\b", re.I), "casualties"),
    (re.compile(r"\b(?:there were|with|causing|caused) no (?:human )?losses\b", re.I), "casualties"),
    (re.compile(r"\bcrew (?:(?:is|are|was|were) (?:reported )?)?(?:safe|unharmed)\b", re.I), "casualties"),
    # "The drivers escaped unhurt", "the family was unharmed"
    (
        re.compile(r"\b(?:escaped|were|was|are|is|left|emerged) (?:reported )?(?:unhurt|unharmed|uninjured)\b", re.I),
        "casualties",
    ),
    # "shelled the outskirts without anyone being hurt", "fell in an empty area, harming no one"
    (
        re.compile(
            r"\bwithout (?:anyone|anybody) (?:being |getting )?(?:hurt|harmed|injured|wounded)\b"
            r"|\b(?:harming|hurting|injuring|wounding) (?:no one|nobody|no-one)\b",
            re.I,
        ),
        "casualties",
    ),
    (re.compile(r"\bkilling (?:no one|nobody|no-one)\b", re.I), "killed"),
    (re.compile(r"\b(no|without) wounded\b", re.I), "injured"),
    (re.compile(r"\b(no|without) (deaths|fatalities|dead)\b", re.I), "killed"),
    (re.compile(r"\bdid(?: not|n't) (?:wound|injure|hurt) (?:anyone|anybody)\b", re.I), "injured"),
    (re.compile(r"\bdid(?: not|n't) kill (?:anyone|anybody)\b", re.I), "killed"),
    (re.compile(r"\b(?:no|without) (?:loss of life|fatalities or injuries|deaths or injuries)\b", re.I), "casualties"),
    # "causing only material damage": damage and nothing else, so nobody was hurt
    (re.compile(r"\b(?:only|purely|just) (?:material|property) damage\b|\bmaterial damage only\b", re.I), "casualties"),
)


def zero_counts(text: str) -> dict[str, Count]:
    found: dict[str, Count] = {}
    for pattern, field in _ZERO_PATTERNS:
        if pattern.search(text):
            found.setdefault(field, Count(0, 0))
    return found


_NUM = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+|seventeen|thirteen|fourteen|fifteen|sixteen|eighteen|nineteen|eleven|twelve"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|a dozen|dozens|scores|hundreds|several|a few|a number(?= of)"
    r"|an? (?:undetermined|unknown|unspecified|undisclosed) number)\b"
)
_QUANT = (
    rf"(?:between\s+{_NUM}\s+and\s+{_NUM}"
    r"|(?:(?:at least|more than|over|some|about|around|nearly|almost|up to|as many as|an estimated|a total of|all"
    rf"|no fewer than|roughly|possibly|perhaps|probably)\s+)?{_NUM}(?:[\s-]+{_NUM})?(?:\s+(?:to|or)\s+{_NUM})?)"
)
_KILL = (
    r"(?:killed|killing|kills|kill|murdered|murdering|massacred|martyred|martyring|executed|executing|slaughtered"
    r"|shot dead|shooting dead|slain|died|dead|(?:rose|ascended) to martyrdom|eliminated|eliminating"
    r"|sent to hell|embraced (?:shahadat|martyrdom)|burn(?:ed|t|ing) (?:to death|alive)|lost (?:their|his|her) li(?:ves|fe))"
)
_HURT = (
    r"(?:wounded|wounding|wounds|wound|injured|injuring|injures|injure|hurt|hurting"
    r"|sustained (?:various degrees of |serious |minor |gunshot )?(?:injury|injuries|wounds))"
)
_BE = r"(?:(?:were|was|have been|had been|are|is|being|been|reportedly|later|also|all|both)\s+){0,3}"
# Words between a number and its outcome, never across a clause break ("and", "which"...).
_MID = r"(?P<mid>(?:\s+(?!(?:and|or|but|while|when|as|after|before|which|who)\b)[\w'’-]+){0,6}?)"
# (field, pattern); each pattern names the number "n" and the words between it and its outcome "mid".
_COUNT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "casualties",
        # "killing and wounding some 30": one count for both, as with "or"
        re.compile(
            rf"\b(?:killed|killing) (?:or|and) (?:wounded|wounding|injured|injuring) (?P<n>{_QUANT})(?P<mid>)", re.I
        ),
    ),
    ("casualties", re.compile(rf"\b(?P<n>{_QUANT}){_MID}\s+{_BE}(?:killed|dead) (?:or|and) (?:wounded|injured)", re.I)),
    ("casualties", re.compile(rf"\b(?P<n>{_QUANT})(?P<mid>)\s+casualties\b", re.I)),
    # "neutralised six terrorists": killed, wounded or captured, armies do not say which
    ("casualties", re.compile(rf"\bneutrali[sz](?:ed|ing)\s+(?P<n>{_QUANT})(?P<mid>(?:\s+[\w'’/-]+){{0,3}})", re.I)),
    ("casualties", re.compile(rf"\b(?P<n>{_QUANT}){_MID}\s+{_BE}neutrali[sz]ed\b", re.I)),
    (
        "killed",
        re.compile(
            rf"\b(?:death toll|toll)\b(?:\s+[\w'’-]+){{0,3}}?\s+(?:to|at|of|reached|hit)\s+(?P<n>{_QUANT})(?P<mid>)",
            re.I,
        ),
    ),
    # "the toll from last week's Israeli strike on the camp, on the outskirts of Sidon, rose to 14"
    (
        "killed",
        re.compile(
            rf"\b(?:death toll|toll) (?:from|of|in)\b[^.;:]{{0,150}}?\s(?:(?:rose|risen|climbed|increased|jumped) to|was) "
            rf"(?P<n>{_QUANT})(?P<mid>)",
            re.I,
        ),
    ),
    # "the Civil Defence has raised the toll from this morning's strike in Beit Lahia to 23"
    (
        "killed",
        re.compile(
            r"\b(?:raised|raising|raises|put|puts|putting|brought|brings|revised|revising|updated)\s+(?:the|its|their)\s+"
            rf"(?:death\s+)?toll\b[^.;:]{{0,150}}?\s(?:to|at)\s+(?P<n>{_QUANT})(?P<mid>)",
            re.I,
        ),
    ),
    ("killed", re.compile(rf"\b(?:leaving|left)\s+(?P<n>{_QUANT}){_MID}\s+dead\b", re.I)),
    # "found the bodies of nine terrorists", "recovered the bodies of 14 people"
    ("killed", re.compile(rf"\bbodies of (?P<n>{_QUANT})(?P<mid>(?:\s+[\w'’-]+){{0,3}})", re.I)),
    ("killed", re.compile(rf"\b(?P<n>{_QUANT})(?P<mid>)\s+(?:fatalities|deaths|dead)\b", re.I)),
    (
        "killed",
        re.compile(rf"\b(?:killing|killings|deaths?|murder) of (?P<n>{_QUANT})(?P<mid>(?:\s+[\w'’-]+){{0,5}})", re.I),
    ),
    ("killed", re.compile(r"\b(?:killing|killed)\s+(?P<mid>him|her)\b(?P<n>)", re.I)),  # one person
    # "rounded up and shot seven men", "lined them up and shot them": an execution, not a wounding
    (
        "killed",
        re.compile(
            rf"\b(?:rounded|lined|dragged)\s+(?:them\s+)?(?:up|out)\s+and\s+shot\s+(?P<n>{_QUANT})"
            r"(?P<mid>(?:\s+[\w'’-]+){0,3})",
            re.I,
        ),
    ),
    ("killed", re.compile(rf"\b{_KILL}\s+(?P<n>{_QUANT})(?P<mid>(?:\s+(?!(?:and|or)\b)[\w'’-]+){{0,5}})", re.I)),
    ("killed", re.compile(rf"\b(?P<n>{_QUANT}){_MID}\s+{_BE}{_KILL}\b", re.I)),
    ("injured", re.compile(rf"\b{_HURT}\s+(?P<n>{_QUANT})(?P<mid>(?:\s+(?!(?:and|or)\b)[\w'’-]+){{0,5}})", re.I)),
    ("injured", re.compile(rf"\b(?P<n>{_QUANT}){_MID}\s+{_BE}{_HURT}\b", re.I)),
    # "Dozens were treated for injuries at Dilling hospital"
    (
        "injured",
        re.compile(rf"\b(?P<n>{_QUANT}){_MID}\s+{_BE}(?:treated|hospitali[sz]ed) for (?:injuries|wounds)\b", re.I),
    ),
    (
        "killed",
        re.compile(
            r"\b(?:killed|killing|shot dead|martyred|martyring|executed)\s+(?:an?|one)\s+(?P<mid>[\w'’-]+(?:\s+(?!(?:and|or)\b)[\w'’-]+){0,3})(?P<n>)",
            re.I,
        ),
    ),
    # "killing its rider", "killing the driver", "wounding its driver": one person, by a singular noun
    *(
        (
            field,
            re.compile(
                rf"\b(?:{verbs})\s+(?:the|its|his|her|their)\s+"
                rf"(?P<mid>{'|'.join(sorted(SINGULAR_PEOPLE, key=len, reverse=True))})\b(?![-'’])(?P<n>)",
                re.I,
            ),
        )
        for field, verbs in (
            ("killed", "killed|killing|shot dead|martyred|martyring|executed"),
            ("injured", "wounded|wounding|injured|injuring"),
        )
    ),
    # "Their father was badly hurt", "the driver was killed": one person, by a singular noun before the verb
    *(
        (
            field,
            re.compile(
                rf"\b(?:the|its|his|her|their|a|an)\s+(?:[\w'’-]+-old\s+)?"
                rf"(?P<mid>{'|'.join(sorted(SINGULAR_PEOPLE, key=len, reverse=True))})\s+"
                rf"(?:was|had been|has been)\s+(?:\w+ly\s+)?(?:{verbs})\b(?P<n>)",
                re.I,
            ),
        )
        for field, verbs in (("killed", "killed|shot dead|martyred"), ("injured", "wounded|injured|hurt"))
    ),
    # "his body was found with gunshot wounds": one dead
    ("killed", re.compile(r"\b(?:his|her|a|the)\s+(?P<mid>body)\s+(?:was|had been|has been)\s+found\b(?P<n>)", re.I)),
    # "struck a car carrying two members of the brigades, martyring both"
    ("killed", re.compile(rf"\b{_KILL}\s+(?P<n>both)\b(?P<mid>)", re.I)),
    ("injured", re.compile(rf"\b{_HURT}\s+(?P<n>both)\b(?P<mid>)", re.I)),
    # "killing one porter and wounding another": one more person
    ("killed", re.compile(rf"\b{_KILL}\s+(?P<mid>another)\b(?!\s+\d)(?P<n>)", re.I)),
    ("injured", re.compile(rf"\b{_HURT}\s+(?P<mid>another)\b(?!\s+\d)(?P<n>)", re.I)),
    ("injured", re.compile(rf"\b{_HURT}\s+(?P<mid>others)\b(?P<n>)", re.I)),
    (
        "injured",
        re.compile(
            r"\b(?:wounded|wounding|injured|injuring)\s+(?:an?|one|the)\s+(?P<mid>[\w'’-]+(?:\s+(?!(?:and|or)\b)[\w'’-]+){0,3})(?P<n>)",
            re.I,
        ),
    ),
)
# Words that, between a number and "killed", show the number counts people.
_PEOPLE_WORDS = PERSON_NOUNS | {"others", "more", "them", "people", "persons", "of"}


# "killed a senior commander and one of his aides", "killing the official and six other people",
# "wounding a mother and her two daughters": one person named, then how many more.
_AND_OTHERS = re.compile(
    rf"\b(?P<verb>{_KILL}|{_HURT})\s+(?P<first>(?:[\w'’-]+\s+){{1,6}}?)and\s+(?:(?:his|her|their)\s+)?(?P<n>{_QUANT})\s+"
    r"(?P<rest>[\w'’-]+(?:\s+[\w'’-]+){0,2})",
    re.I,
)
_MORE_OF_THEM = re.compile(r"^(?:others?|other|more|of them)\b", re.I)
# "killing two soldiers and three civilians": the groups add up.
_AND_GROUP = re.compile(
    rf"\b(?P<verb>{_KILL}|{_HURT})\s+(?P<n>{_QUANT})\s+(?P<first>(?:[\w.'’-]+\s+){{1,3}}?)and\s+(?P<m>{_QUANT})"
    r"\s+(?P<second>[\w'’-]+(?:\s+(?!(?:and|or)\b)[\w'’-]+){0,2})",
    re.I,
)


# "killed a woman and her son", "killing him and his brother", "killing a lieutenant and a soldier":
# two people, each named by a singular noun or a pronoun.
_SECOND_PERSON = r"(?:(?:his|her|their)\s+(?:[\w'’-]+-old\s+)?|an?\s+(?:[\w'’-]+\s+)?)(?P<second>[\w'’-]+)"
_PERSON_AND_KIN = re.compile(
    rf"\b(?P<verb>{_KILL}|{_HURT})\s+(?:(?:an?|the)\s+(?:[\w'’-]+\s+)?(?P<first>[\w'’-]+)|him|her)\s+and\s+"
    rf"{_SECOND_PERSON}\b",
    re.I,
)
# "a father and his teenage son were wounded": the kin may have one word (not a number) before it
_SECOND_PERSON_BEFORE = (
    r"(?:(?:his|her|their)\s+(?:[\w'’-]+-old\s+|(?![\d]|(?:two|three|four|five|six)\b)[\w'’-]+\s+)?"
    r"|an?\s+(?:[\w'’-]+\s+)?)"
    r"(?P<second>(?!(?:were|was|had|have|are|is)\b)[\w'’-]+)"
)
# "shot dead community leader Jairo Quintero and his brother": a person by role and name, and kin.
_NAMED_AND_KIN = re.compile(
    rf"\b(?P<verb>{_KILL}|{_HURT})\s+(?:[a-z][\w'’-]*\s+){{0,3}}(?P<first>)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}}"
    r"(?:(?:,\s*[^,;.]{1,40}){1,2},)?"  # "Nizar Haddad, 52, a teacher, and his son"
    r"\s+and\s+(?:his|her|their)\s+(?P<second>[\w'’-]+)\b"
)
# "The body of a shepherd missing since Monday was found": one dead
_BODY_OF_ONE = re.compile(r"\bbody of (?:an?|one)\s+(?:[\w'’-]+\s+){0,2}?(?P<who>[\w'’-]+)\b", re.I)
# "injuring a woman and her teenage daughter"
_PERSON_AND_DESCRIBED_KIN = re.compile(
    rf"\b(?P<verb>{_KILL}|{_HURT})\s+(?:(?:an?|the)\s+(?:[\w'’-]+\s+)?(?P<first>[\w'’-]+)|him|her)\s+and\s+"
    r"(?:his|her|their)\s+[\w'’-]+\s+(?P<second>[\w'’-]+)\b",
    re.I,
)
# "a boy was killed and his brother injured": a second victim, named by kin, with the other outcome.
_AND_KIN = re.compile(rf"\band\s+(?:his|her|their)\s+(?P<who>[\w'’-]+)\s+(?:was\s+)?(?P<verb>{_KILL}|{_HURT})\b", re.I)
# "killed Taleb Abdallah, a commander, and three other fighters": a named person and more of the same.
_NAME_AND_OTHERS = re.compile(
    rf"\b(?P<verb>{_KILL}|{_HURT})\s+(?P<first>[A-Z][\w'’-]+(?:[\s,]+[\w'’-]+){{0,6}}?),?\s+and\s+(?P<n>{_QUANT})\s+"
    r"(?P<rest>others?\b|other\s+[\w'’-]+)"
)
# "shot dead Khaled Darwish, a local councillor": one person, by name and role.
_NAME_AND_ROLE = re.compile(
    rf"\b(?P<verb>{_KILL}|{_HURT})\s+[A-Z][\w'’-]+(?:\s+(?:(?:al|el|bin|ibn|abu|abd)[\s-])?[A-Z][\w'’-]+){{1,3}},\s+"
    r"(?:an?|the|his|her)\s+(?P<role>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)(?=[,.;]|\s+(?:in|at|near|on|outside|from)\b)"
)
# "martyring the young man Ali Hassan Bazzi", "shot dead the mukhtar of Tafas, Sheikh Nayef al-Masri":
# one person, by role and name.
_ROLE_AND_NAME = re.compile(
    rf"\b(?P<verb>{_KILL}|{_HURT})\s+the\s+(?:[\w'’-]+\s+){{0,2}}?(?P<role>[\w'’-]+)\s+"
    r"(?:of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+)?(?:(?:Sheikh|Hajj|Dr\.?|Imam)\s+)?"
    r"[A-Z][\w'’-]+(?:\s+(?:(?:al|el|bin|ibn|abu|abd)[\s-])?[A-Z][\w'’-]+){1,3}"
)
# "an elderly shepherd was killed", "a woman fetching water was shot dead": one person, by a singular noun.
_ONE_VICTIM = re.compile(
    rf"\b(?:an?|one)\s+(?:[\w'’-]+\s+){{0,2}}?(?P<who>[\w'’-]+)(?:\s+[a-z]+ing(?:\s+[\w'’-]+){{0,2}}?)?\s+"
    rf"(?:was|has been|had been)\s+(?P<verb>{_KILL}|{_HURT})\b",
    re.I,
)
# "One of them opened fire on the troops and was killed": one of a group told before.
_ONE_OF_THEM = re.compile(
    rf"\bone of (?:them|the [\w'’-]+)\b[^.;,]{{0,60}}?\band (?:was|had been) (?P<verb>{_KILL}|{_HURT})\b", re.I
)
# "killing two soldiers and wounding a third": one more, by an ordinal.
_ONE_MORE = re.compile(
    rf"\b(?P<verb>{_KILL}|{_HURT})\s+a\s+(?:second|third|fourth|fifth|sixth)\b(?!\s+(?:time|day|round|wave|attack|strike))",
    re.I,
)
# "two soldiers were killed and a third wounded": one more, by an ordinal before the verb.
_ONE_MORE_BEFORE = re.compile(
    rf"\band\s+a\s+(?:second|third|fourth|fifth|sixth)\s+(?:(?:was|had been)\s+)?(?P<verb>{_KILL}|{_HURT})\b", re.I
)
# "a peshmerga fighter and two civilians, one of them a child, had been wounded", "an officer and two
# soldiers of the Iraqi army were killed": one and a group.
_ONE_AND_GROUP = re.compile(
    rf"\b(?:an?|one)\s+(?:[\w'’-]+\s+){{0,2}}?(?P<first>[\w'’-]+)\s+and\s+(?P<n>{_QUANT})\s+"
    rf"(?P<rest>[\w'’-]+(?:\s+[\w'’-]+){{0,4}}?)(?:,[^,]{{1,40}},)?\s+{_BE}(?P<verb>{_KILL}|{_HURT})\b",
    re.I,
)
# "a shepherd and his son were shot dead", "a soldier and a civilian were killed": two people before the verb.
_PERSON_AND_KIN_BEFORE = re.compile(
    rf"\b(?:an?|the)\s+(?:[\w'’-]+\s+)?(?P<first>[\w'’-]+)\s+and\s+{_SECOND_PERSON_BEFORE}\s+"
    r"(?:from\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+)?"  # "... and his son from Yitzhar were wounded"
    rf"{_BE}(?P<verb>{_KILL}|{_HURT})\b",
    re.I,
)
# "three soldiers and two members of the militias were killed": two groups before the verb add up.
_GROUPS_BEFORE = re.compile(
    rf"\b(?P<n>{_QUANT})\s+(?P<first>(?:[\w.'’-]+\s+){{1,3}}?)and\s+(?P<m>{_QUANT})\s+"
    rf"(?P<second>[\w'’-]+(?:\s+(?!(?:and|or)\b)[\w'’-]+){{0,4}}?)\s+{_BE}(?P<verb>{_KILL}|{_HURT})\b",
    re.I,
)
# "two of his bodyguards and a passer-by were killed": a group and one more before the verb.
_GROUP_AND_ONE = re.compile(
    rf"\b(?P<n>{_QUANT})\s+(?P<first>(?:[\w.'’-]+\s+){{1,3}}?)and\s+(?:an?|one)\s+(?:[\w'’-]+\s+)??(?P<second>[\w'’-]+)\s+"
    rf"{_BE}(?P<verb>{_KILL}|{_HURT})\b",
    re.I,
)
# "killed two civilians and a member of the security forces": a group and one more after the verb.
_GROUP_AND_ONE_AFTER = re.compile(
    rf"\b(?P<verb>{_KILL}|{_HURT})\s+(?P<n>{_QUANT})\s+(?P<first>(?:[\w.'’-]+\s+){{1,3}}?)and\s+(?:an?|one|the|their|its)\s+"
    r"(?:[\w'’-]+\s+)??(?P<second>[\w'’-]+)",
    re.I,
)
# "all four attackers were killed, and one officer died in the fighting", "killing 17 junta soldiers,
# while two of its fighters were killed": the dead of both sides, told in two clauses, add up.
_BOTH_SIDES = (
    re.compile(
        rf"\b(?P<n>{_QUANT})(?P<first>(?:\s+[\w'’-]+){{0,4}}?)\s+{_BE}{_KILL}\b[^.;]{{0,60}}?\b(?:and|while|whereas)\s+(?:that\s+)?"
        rf"(?P<m>{_QUANT})(?P<second>(?:\s+[\w'’-]+){{0,4}}?)\s+{_BE}(?:{_KILL}|lost their lives)\b",
        re.I,
    ),
    re.compile(
        rf"\b{_KILL}\s+(?P<n>{_QUANT})(?P<first>(?:\s+(?!(?:and|while|whereas)\b)[\w'’-]+){{1,4}})[^.;]{{0,40}}?"
        r"\b(?:and|while|whereas)\s+"
        rf"(?P<m>{_QUANT})(?P<second>(?:\s+[\w'’-]+){{0,4}}?)\s+{_BE}{_KILL}\b",
        re.I,
    ),
)
# "killing a family of six"
_FAMILY_OF = re.compile(rf"\b(?P<verb>{_KILL}|{_HURT})\s+(?:an?|the)\s+family\s+of\s+(?P<n>{_QUANT})", re.I)


def coordinated_counts(sentence_text: str) -> dict[str, tuple[Count, tuple[int, int]]]:
    """Counts of victims listed in two parts, with the stretch of text each came from."""
    found: dict[str, tuple[Count, tuple[int, int]]] = {}
    for pattern in _BOTH_SIDES:
        for match in pattern.finditer(sentence_text):
            total = _two_groups(match)
            if total is not None:
                found.setdefault("killed", (total, match.span()))
    for pattern in (_PERSON_AND_KIN, _PERSON_AND_DESCRIBED_KIN, _PERSON_AND_KIN_BEFORE, _NAMED_AND_KIN):
        for match in pattern.finditer(sentence_text):
            first = match.group("first") or None  # None for a pronoun or a name: "killing him and his brother"
            if (first is None or first.lower() in SINGULAR_PEOPLE) and match.group("second").lower() in SINGULAR_PEOPLE:
                found.setdefault(_verb_field(match.group("verb")), (Count(2, 2), match.span()))
    for match in _GROUPS_BEFORE.finditer(sentence_text):
        total = _two_groups(match)
        if total is not None:
            found.setdefault(_verb_field(match.group("verb")), (total, match.span()))
    for match in _ONE_AND_GROUP.finditer(sentence_text):
        more = parse_quantity(match.group("n").split())
        if (
            more is not None
            and match.group("first").lower() in SINGULAR_PEOPLE
            and _names_people(match.group("rest").lower().split())
        ):
            found.setdefault(_verb_field(match.group("verb")), (_plus(Count(1, 1), more), match.span()))
    for match in [*_GROUP_AND_ONE.finditer(sentence_text), *_GROUP_AND_ONE_AFTER.finditer(sentence_text)]:
        group = parse_quantity(match.group("n").split())
        first = match.group("first").lower().split()
        if group is not None and _names_people(first) and match.group("second").lower() in SINGULAR_PEOPLE:
            found.setdefault(_verb_field(match.group("verb")), (_plus(group, Count(1, 1)), match.span()))
    for match in _NAME_AND_OTHERS.finditer(sentence_text):
        more = parse_quantity(match.group("n").split())
        if more is not None:
            found.setdefault(_verb_field(match.group("verb")), (_plus(Count(1, 1), more), match.span()))
    for match in [*_NAME_AND_ROLE.finditer(sentence_text), *_ROLE_AND_NAME.finditer(sentence_text)]:
        if match.group("role").split()[-1].lower() in SINGULAR_PEOPLE:
            found.setdefault(_verb_field(match.group("verb")), (Count(1, 1), match.span()))
    for match in _ONE_VICTIM.finditer(sentence_text):
        if match.group("who").lower() in SINGULAR_PEOPLE:
            found.setdefault(_verb_field(match.group("verb")), (Count(1, 1), match.span()))
    for match in _AND_KIN.finditer(sentence_text):
        if match.group("who").lower() in SINGULAR_PEOPLE:
            found.setdefault(_verb_field(match.group("verb")), (Count(1, 1), match.span()))
    for match in _BODY_OF_ONE.finditer(sentence_text):
        if match.group("who").lower() in SINGULAR_PEOPLE:
            found.setdefault("killed", (Count(1, 1), match.span()))
    for match in _ONE_OF_THEM.finditer(sentence_text):
        found.setdefault(_verb_field(match.group("verb")), (Count(1, 1), match.span()))
    for match in [*_ONE_MORE.finditer(sentence_text), *_ONE_MORE_BEFORE.finditer(sentence_text)]:
        found.setdefault(_verb_field(match.group("verb")), (Count(1, 1), match.span()))
    for match in _FAMILY_OF.finditer(sentence_text):
        size = parse_quantity(match.group("n").split())
        if size is not None:
            found.setdefault(_verb_field(match.group("verb")), (size, match.span()))
    for match in _AND_OTHERS.finditer(sentence_text):
        first = [w.lower() for w in match.group("first").split()]
        more = parse_quantity(match.group("n").split())
        rest = match.group("rest")
        words = rest.lower().split()
        words = words[2:] if words[:1] == ["of"] else words  # "one of his aides": the aides
        if not (_MORE_OF_THEM.match(rest) or _names_people([w for w in words if w != "of"])):
            continue
        if more is not None and any(w in SINGULAR_PEOPLE for w in first) and not any(_is_number(w) for w in first):
            found.setdefault(_verb_field(match.group("verb")), (_plus(Count(1, 1), more), match.span()))
    for match in _AND_GROUP.finditer(sentence_text):
        total = _two_groups(match)
        if total is not None:
            found.setdefault(_verb_field(match.group("verb")), (total, match.span()))
    return found


def _two_groups(match: re.Match[str]) -> Count | None:
    """'two soldiers and three civilians': both counts, when both name people."""
    counts = parse_quantity(match.group("n").split()), parse_quantity(match.group("m").split())
    first, second = match.group("first").lower().split(), match.group("second").lower().split()
    if counts[0] is None or counts[1] is None or not (_names_people(first) and _names_people(second)):
        return None
    if any(re.fullmatch(f"{_KILL}|{_HURT}", word, re.I) for word in first):
        return None  # "three civilians were killed and six others wounded": one group per outcome
    return _plus(counts[0], counts[1])


def _verb_field(verb: str) -> str:
    return "injured" if re.fullmatch(_HURT, verb, re.I) else "killed"


def _is_number(word: str) -> bool:
    return word.isdigit() or (word not in {"a", "an", "one"} and word_value(word) is not None)


def _plus(a: Count, b: Count) -> Count:
    high = None if a.max is None or b.max is None else a.max + b.max
    return Count(a.min + b.min, high)


# "Nine civilians, among them a mother and her two children, were martyred": who the victims were,
# set between commas; it hides the count from its verb.
_ASIDE = re.compile(
    r",\s*(?:among them|including|namely|excluding|not including|(?:\w+|most|many|all|some) of them|mostly|most of whom|all of whom|"
    r"(?:known|described|referred to)(?:\s+\w+ly)? as|having)\b[^,;]{0,80},"
    r"|\s\([^()\d]{1,40}\)",  # "two porters, known as kolbars, were", "two members of the Asayish (police) were"
    re.I,
)


def counts_in_text(sentence_text: str) -> dict[str, Count]:
    """Counts read from the words: "killing 15", "two Turkish soldiers were wounded", "the toll rose to 12".

    Victims listed in two parts add up ("a commander and one of his aides" is two).
    Patterns are tried in order; a stretch of words that gave one count gives no
    other ("killed or wounded some 45" is casualties, not also 45 wounded).
    """
    sentence_text = _ASIDE.sub(lambda m: " " * len(m.group()), sentence_text)  # offsets kept
    sentence_text = _QUOTED_NUMBER.sub(r" \1 ", sentence_text)  # 'wounding "dozens"'
    sentence_text = _NUMBER_IN_FIGURES.sub(_blank_after_group, sentence_text)  # "Twelve (12) persons"
    sentence_text = _QUOTE_BEFORE_NUMBER.sub(" ", sentence_text)  # 'killing "dozens of mercenaries"'
    coordinated = coordinated_counts(sentence_text)
    found: dict[str, Count] = {field: count for field, (count, _span) in coordinated.items()}
    used: list[tuple[int, int]] = [span for _count, span in coordinated.values()]
    for field, pattern in _COUNT_PATTERNS:
        if field in found:
            continue
        for match in pattern.finditer(sentence_text):
            if any(match.start() < end and start < match.end() for start, end in used):
                continue
            if _is_no_one(sentence_text, match):
                continue  # "no one had been hurt" is a zero, read by zero_counts
            if field == "injured" and _WOUNDED_WHO_DIED.match(sentence_text, match.end()):
                continue  # "two of the wounded died in hospital": dead now, counted with the dead
            if _AGE_BEFORE.search(sentence_text[: match.start("n")]):
                continue  # "two brothers aged 12 and 14 were killed": 14 is an age
            if _counts_the_doers(sentence_text, match):
                continue  # "two gunmen shot dead a schoolteacher": the two are who killed
            count = Count(1, 1) if _AGE_AFTER.match(sentence_text, match.end("n")) else _count_of(match)
            if count is not None:
                found[field] = count
                used.append(match.span())
                break
    return found


_OUTCOME_AT_END = re.compile(r"(?:killed|dead|wounded|injured|martyred|executed|eliminated)$", re.I)
_BE_WORD = re.compile(r"\b(?:were|was|been|being|are|is)\b", re.I)
_OBJECT_NEXT = re.compile(
    r"\s+(?:an?|the|his|her|their|its|\d+|(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][a-z]+)\b"
)


def _counts_the_doers(sentence_text: str, match: re.Match[str]) -> bool:
    """A number before an active verb of killing with an object after it counts the killers."""
    told = match.group()
    return (
        match.start("n") == match.start()
        and bool(_OUTCOME_AT_END.search(told))
        and not _BE_WORD.search(told)
        and bool(_OBJECT_NEXT.match(sentence_text, match.end()))
    )


# "Twelve (12) persons": a police release's number in words, then again in figures
_NUMBER_IN_FIGURES = re.compile(rf"\b({_NUM}) \(\d{{1,5}}\)", re.I)


def _blank_after_group(match: re.Match[str]) -> str:
    return match.group(1) + " " * (len(match.group()) - len(match.group(1)))


_WOUNDED_WHO_DIED = re.compile(r"\s+(?:(?:had|have|has|later|since|also)\s+)*(?:died|succumbed)\b", re.I)
_QUOTED_NUMBER = re.compile(rf'["“”]({_NUM})["“”]', re.I)  # '"dozens"', not '13 "khawarij"'
_QUOTE_BEFORE_NUMBER = re.compile(
    rf'["“”](?=(?:(?:at least|more than|about|around|approximately|some|nearly|over)\s+)?{_NUM})', re.I
)
# "two brothers aged 12 and 14", "a boy of 13": the number is an age
_AGE_BEFORE = re.compile(
    r"\baged\s+(?:\d+\s+(?:and|or|to)\s+)?$|\b(?:boy|girl|child|man|woman|youth|teenager|son|daughter)\s+of\s+$", re.I
)
# "killing 18-year-old Rezan Mihemed": one person of that age
_AGE_AFTER = re.compile(r"[-\s]years?[-\s]old\b(?!s)", re.I)


def _is_no_one(text: str, match: re.Match[str]) -> bool:
    start = match.start("n")
    return match.group("n").lower() == "one" and text[max(start - 3, 0) : start].lower() == "no "


_CLAUSE_BREAKS = frozenset({"and", "or", "but", "while", "when", "as", "after", "before", "which", "who"})


def _count_of(match: re.Match[str]) -> Count | None:
    mid = [w.strip("’'").lower() for w in match.group("mid").split()]
    number = match.group("n")
    if not number and mid == ["others"]:
        return Count(2, None)  # "killing five of them and wounding others"
    if not number:  # "killing a shepherd": one person, if it is a person
        return (
            Count(1, 1)
            if any(w in SINGULAR_PEOPLE or w in PERSON_NOUNS or w in {"him", "her", "another", "body"} for w in mid)
            else None
        )
    if number.lower() == "both":
        return Count(2, 2)
    if mid and not _names_people(_before_break(mid)):
        return None  # "three pickup trucks were destroyed"
    return parse_quantity(number.split())


def _before_break(words: list[str]) -> list[str]:
    for n, word in enumerate(words):
        if word in _CLAUSE_BREAKS:
            return words[:n]
    return words


def _names_people(words: Sequence[str]) -> bool:
    return any(
        word in _PEOPLE_WORDS or word in SINGULAR_PEOPLE or word.rstrip("s") in _PEOPLE_WORDS | SINGULAR_PEOPLE
        for word in words
    )


_SCARE_QUOTES = re.compile(r"[\"“”]")


def casualties_in(tokens: Sequence[Token], sentence_text: str, within: set[int] | None = None) -> Casualties:
    """Killed / injured / casualties counts stated in one sentence: zero statements,
    then patterns over the words, then the parse for what they missed. With
    ``within``, only the outcome words at those token indices count (one clause;
    ``sentence_text`` is then that clause's text)."""
    sentence_text = _SCARE_QUOTES.sub(" ", sentence_text)  # 'two of its members were "martyred"'
    found: dict[str, Count] = dict(zero_counts(sentence_text))
    for field, count in counts_in_text(sentence_text).items():
        found.setdefault(field, count)
    for token in tokens:
        if within is not None and token.i not in within:
            continue
        word = token.text.lower()
        lemma = token.lemma.lower()
        field = _field_of(word, lemma)
        if field is None:
            continue
        if (field == "casualties" and _is_killed_or_wounded(tokens, token)) or (
            field in ("killed", "injured") and _is_killed_or_wounded(tokens, token)
        ):
            field = "casualties"
        count = _count_for(tokens, token)
        if count is not None and field not in found:
            found[field] = count
    if "casualties" in found and found["casualties"].max == 0:
        found.setdefault("killed", Count(0, 0))
        found.setdefault("injured", Count(0, 0))
    return Casualties(found.get("killed"), found.get("injured"), found.get("casualties"))


def _field_of(word: str, lemma: str) -> str | None:
    if word in KILL_WORDS or lemma in KILL_WORDS:
        return "killed"
    if word in INJURE_WORDS or lemma in INJURE_WORDS:
        return "injured"
    if word in CASUALTY_WORDS:
        return "casualties"
    return None


def _is_killed_or_wounded(tokens: Sequence[Token], token: Token) -> bool:
    """'killed or wounded 45', 'dead or injured', '12 killed and wounded': one count for both."""
    window = " ".join(t.text.lower() for t in tokens[max(token.i - tokens[0].i - 2, 0) : token.i - tokens[0].i + 3])
    return bool(
        re.search(
            r"(kill\w*|dead|death\w*) (or|and|and/or) (wound\w*|injur\w*)|(wound\w*|injur\w*) or (kill\w*|dead)",
            window,
        )
    )


def _count_for(tokens: Sequence[Token], outcome: Token) -> Count | None:
    """The number of victims of one outcome word, from the parse."""
    base = tokens[0].i
    local = {t.i: t for t in tokens}
    victims = _victim_heads(tokens, outcome, local)
    for victim in victims:
        previous = local.get(victim.i - 1)
        if victim.text.lower() == "one" and previous is not None and previous.text.lower() == "no":
            continue  # "no one was hurt"
        if victim.like_num or word_value(victim.text) is not None:
            return parse_quantity(_number_phrase(tokens, victim, base))
        if victim.text.lower() in {"himself", "herself", "him", "her"}:
            return Count(1, 1)  # "killing himself", "lightly wounding him"
        if not is_person(victim):
            continue
        number = _number_child(tokens, victim, local)
        if number is not None:
            return parse_quantity(_number_phrase(tokens, number, base))
        vague = _vague_modifier(tokens, victim, base)
        if vague is not None:
            return vague
        if (
            (victim.dep in {"dobj", "nsubjpass"} or (victim.dep == "nsubj" and outcome.lemma in {"die", "perish"}))
            and victim.tag == "NN"
            and any(c.head == victim.i and c.text.lower() in {"a", "an"} for c in tokens)
        ):
            return Count(1, 1)  # "eliminated a Hezbollah terrorist"
        if victim.dep == "dobj" and _is_a_named_person(victim):  # "shot dead Ahmad al-Masri", "killed X and Y"
            named = [c for c in tokens if c.head == victim.i and c.dep == "conj" and _is_a_named_person(c)]
            return Count(1 + len(named), 1 + len(named))
    return None


def _is_a_named_person(token: Token) -> bool:
    return token.ent_type == "PERSON" and token.pos == "PROPN"


def _victim_heads(tokens: Sequence[Token], outcome: Token, local: dict[int, Token]) -> list[Token]:
    children = [t for t in tokens if t.head == outcome.i and t.i != outcome.i]
    heads: list[Token] = []
    if outcome.pos in {"VERB", "AUX"} or outcome.tag in {"VBN", "VBD", "VBG"}:
        heads += [c for c in children if c.dep in {"nsubjpass", "dobj", "nsubj"} and not _is_agentive(c, outcome)]
    if outcome.dep in {"amod", "acl"} and outcome.head in local:
        heads.append(local[outcome.head])  # "15 dead civilians", "soldiers killed"
    if outcome.dep in {"nsubj", "dobj", "pobj", "attr", "conj", "appos", "ROOT"} or outcome.pos in {"ADJ", "NOUN"}:
        heads += [c for c in children if c.dep in {"nummod", "quantmod"}]
        if outcome.text.lower() in {"dead", "wounded", "injured"} and outcome.head in local:
            heads.append(local[outcome.head])
        if outcome.text.lower() == "dead":  # "shot dead Ahmad al-Masri": the tagger made "dead" the verb
            heads += [c for c in children if c.dep == "dobj"]
    if outcome.text.lower() in {"toll", "death"} or outcome.lemma in {"casualty", "death"}:
        heads += [c for c in children if c.dep in {"nummod", "prep"}]
    if outcome.dep == "dobj" and outcome.head in local and local[outcome.head].lemma in SUFFER_LEMMAS:
        # "21 soldiers suffered minor injuries": the verb's subject was hurt
        heads += [t for t in tokens if t.head == outcome.head and t.dep == "nsubj"]
    # "the death toll rose to 12": the number hangs off "to"
    for child in children:
        if child.dep == "prep":
            heads += [
                g
                for g in tokens
                if g.head == child.i and g.dep == "pobj" and g.like_num and not _a_year_after(child, g)
            ]
    if not heads:
        heads += [t for t in tokens if t.head == outcome.i and t.like_num]
    return heads


SUFFER_LEMMAS = frozenset({"suffer", "sustain"})
_YEAR = re.compile(r"(?:19|20)\d{2}")


def _a_year_after(prep: Token, number: Token) -> bool:
    """'the killing of a Fatah member in 2023': a year, not a toll."""
    return prep.text.lower() in {"in", "since", "during", "until", "before", "after"} and bool(
        _YEAR.fullmatch(number.text)
    )


def _is_agentive(child: Token, outcome: Token) -> bool:
    """In 'the strike killed 15', 'strike' is the subject, not a victim."""
    return child.dep == "nsubj" and outcome.lemma in {"kill", "wound", "injure", "hurt"}


def is_person(token: Token) -> bool:
    return (
        token.text.lower() in PERSON_NOUNS
        or token.lemma.lower() in PERSON_NOUNS
        or token.ent_type in {"NORP", "PERSON"}
    )


def _number_child(tokens: Sequence[Token], head: Token, local: dict[int, Token]) -> Token | None:
    for token in tokens:
        if token.head == head.i and token.dep == "nummod":
            return token
        if token.head == head.i and token.dep == "prep" and token.text.lower() == "of" and head.like_num:
            return head
    # "two of the soldiers": the number is the head, the noun hangs off "of"
    if head.dep == "pobj" and head.head in local:
        prep = local[head.head]
        if prep.head in local and local[prep.head].like_num:
            return local[prep.head]
    return None


def _number_phrase(tokens: Sequence[Token], number: Token, base: int) -> list[str]:
    """The number and its modifiers: 'at least nine', 'five to seven', 'more than 40'."""
    indices = {number.i}
    for token in tokens:
        if token.head == number.i and token.dep in {
            "quantmod",
            "advmod",
            "compound",
            "nummod",
            "prep",
            "cc",
            "conj",
            "det",
            "amod",
        }:
            indices.add(token.i)
            for grandchild in tokens:
                if grandchild.head == token.i and grandchild.dep in {"pobj", "quantmod", "advmod", "nummod"}:
                    indices.add(grandchild.i)
    low, high = min(indices), max(indices)
    words = [tokens[i - base].text for i in range(low, high + 1)]
    prefix = [tokens[i - base].text for i in range(max(low - 2, base), low)]
    for size in (2, 1):
        candidate = " ".join(prefix[-size:]).lower()
        if candidate in OPEN_ABOVE + AT_LEAST + UP_TO + APPROX:
            return prefix[-size:] + words
    return words


def _vague_modifier(tokens: Sequence[Token], head: Token, base: int) -> Count | None:
    for token in tokens:
        if token.head == head.i and token.dep in {"amod", "det", "nummod"}:
            key = token.text.lower()
            if key in VAGUE:
                return Count(*VAGUE[key])
    # "dozens of civilians": the vague word heads the phrase
    if head.dep == "pobj":
        prep = tokens[head.head - base] if 0 <= head.head - base < len(tokens) else None
        if prep is not None and 0 <= prep.head - base < len(tokens):
            quantity = tokens[prep.head - base]
            if quantity.text.lower() in VAGUE:
                return Count(*VAGUE[quantity.text.lower()])
            if quantity.like_num or word_value(quantity.text) is not None:
                return parse_quantity(_number_phrase(tokens, quantity, base))
    return None
