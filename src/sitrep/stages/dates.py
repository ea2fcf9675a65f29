"""Dates: time expressions resolved against the publication date, and each event's date.

Relative expressions ("on Saturday", "last night", "three weeks ago", "last
month", "in December", "in March last year", "on the 18th", "Christmas Eve",
"the summer of 2023", "over the weekend", "late on Friday") are resolved by our
own rules with a precision of day / week / month / year; explicit dates in
any common order go through dateparser. An event with no time expression in
its evidence gets precision ``unknown``: the publication date is not a guess
we make.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import ClassVar

from ..model import Analysis, DatePrecision, DateRange, EventClaim, Sentence, TimeExpression, Token
from ..settings import Settings
from ..syntax import in_a_neighbours_clause
from ..text import dateline_spans

WEEKDAYS = {name.lower(): n for n, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): n for n, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
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
    "several": 3,
    "a few": 3,
}
EASTER_DAYS = {"good friday": -2, "easter monday": 1, "easter sunday": 0, "easter": 0}  # days from Easter Sunday
HOLIDAYS = {
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "boxing day": (12, 26),
}

_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_WEEKDAY_ABBR = r"Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun"
_NUM = r"(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few)"
_YEAR = r"(?:19|20)\d{2}"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
# "the last days of March", "the first week of May": a month's opening or closing days
_PART_OF = r"the (?:first|opening|last|final|closing) (?:few )?(?:days|week|ten days) of"
# A season's first month (northern hemisphere, as the region's news reckons it) and its length.
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

# "the same day", "Hours later", "minutes later": the day of the event told before
_SAME_DAY = re.compile(
    r"\bthe same (?:day|night|evening|morning)\b"
    r"|\b(?:(?:a few|several|an|one|two|three|four|five|six) )?(?:hours?|minutes?|moments) later\b",
    re.I,
)
# "five days later", "the next day", "two days earlier": counted from the event told before.
_DAYS_AFTER = re.compile(
    rf"\b(?:(?P<n>{_NUM}|a) (?P<unit>day|week)s? (?P<way>later|afterwards|after that|earlier|before that|before(?=,))"
    r"|the (?:next|following) (?:day|morning|evening|night)|the day after|(?P<before>the (?:day|night) before)"
    r"(?! yesterday| the| a| an| last| his| her| their| its))\b",
    re.I,
)
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b{_YEAR}-\d{{2}}-\d{{2}}\b")),
    # "Night of 03-04/09/2024": two days of one month, day first
    ("numeric_days", re.compile(rf"\b\d{{1,2}}[-–]\d{{1,2}}([./])\d{{1,2}}\1{_YEAR}\b")),
    ("numeric", re.compile(rf"\b\d{{1,2}}([./])\d{{1,2}}\1{_YEAR}\b")),  # "19.08.2024", "14/5/2024"
    # "During the night of 6 to 7 December", "on the night of 9-10 June 2024": both days
    (
        "night_of_days",
        re.compile(
            rf"\bnight of \d{{1,2}}(?:st|nd|rd|th)? ?(?:to|-|–|and) ?\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}(?:,? {_YEAR})?",
            re.I,
        ),
    ),
    ("day_month_year", re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH},? {_YEAR}\b", re.I)),
    ("month_day_year", re.compile(rf"\b{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? {_YEAR}\b", re.I)),
    ("weekday_date", re.compile(rf"\b{_WEEKDAY},? (?:{_MONTH} \d{{1,2}}|\d{{1,2}} {_MONTH})\b", re.I)),
    ("day_month", re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH}(?!\w)", re.I)),
    ("month_day", re.compile(rf"\b{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?\b(?!,? {_YEAR})(?!:)", re.I)),
    (
        "part_month",
        re.compile(
            rf"\b(early|mid|late|the end of|the beginning of|the start of|{_PART_OF})[- ]{_MONTH}(?:,? {_YEAR})?",
            re.I,
        ),
    ),
    # "early this month", "late last month": a part of the month the article is in, or the one before
    (
        "part_this_month",
        re.compile(r"\b(?:early|mid-?|late|at the end of|at the beginning of) (?:this|last) month\b", re.I),
    ),
    ("month_year", re.compile(rf"\b{_MONTH},? {_YEAR}\b", re.I)),
    (
        "since",
        re.compile(
            rf"\bsince (?:the (?:start|beginning) of (?:the |this )?(?:year|month|week|{_YEAR})|{_YEAR}\b(?! \w))", re.I
        ),
    ),
    (
        "holiday",
        re.compile(
            r"\b(christmas eve|christmas day|christmas|new year's eve|new year's day|boxing day|good friday"
            rf"|easter sunday|easter monday|easter)\b(?:,? {_YEAR}\b)?",
            re.I,
        ),
    ),
    (
        "weekday",
        re.compile(
            rf"\b(?:(?:early|late) )?(?:on |last |this |overnight )?(?:(?:early|late) )?(?:on )?{_WEEKDAY}(?: (?:morning|afternoon|evening|night))?\b",
            re.I,
        ),
    ),
    # a digest's item tagged with its day or days: "Chabahar (Wed): ...", "Rask (Wed-Thu): ..."
    ("weekday_tag", re.compile(rf"(?<=\()(?:{_WEEKDAY_ABBR})(?:\s?[-–]\s?(?:{_WEEKDAY_ABBR}))?(?=\))")),
    (
        "yesterday",
        re.compile(
            r"\b(?:the day before yesterday|yesterday|last night|overnight|earlier today|today|this morning|this afternoon|this evening|tonight|last evening)\b",
            re.I,
        ),
    ),
    ("month_last_year", re.compile(rf"\b(?:in )?{_MONTH} (?:of )?last year\b|\blast {_MONTH}(?!\w)", re.I)),
    ("ago", re.compile(rf"\b{_NUM} (day|week|month|year)s? ago\b", re.I)),
    (
        "past_day",
        re.compile(r"\b(?:in|over|during|within) the (?:past|last) (?:day|24 hours|twenty-four hours)\b", re.I),
    ),
    ("past_n", re.compile(rf"\b(?:in|over|during|within) the (?:past|last) {_NUM} (day|week|month)s\b", re.I)),
    ("last_unit", re.compile(r"\b(last|this|past|previous) (week|month|year|weekend)\b", re.I)),
    ("weekend", re.compile(r"\b(?:over|at|during|on) the weekend\b", re.I)),
    ("ordinal_day", re.compile(r"\bon the (\d{1,2})(?:st|nd|rd|th)\b(?! (?:of|century|anniversary))", re.I)),
    ("in_month", re.compile(rf"\b(?:in|during|since|early|late|mid-?) ?{_MONTH}(?!\w)", re.I)),
    ("season", re.compile(rf"\b(?:(?:last|this) {_SEASON}|{_SEASON}(?: of)?,? {_YEAR})\b", re.I)),
    ("year", re.compile(rf"\bin {_YEAR}\b", re.I)),
]


_CAPITALISED_WORD_BEFORE = re.compile(r"\b[A-Z][\w'’-]* $")
_PROGRAMME_AFTER = re.compile(
    r"['’]s (?:(?:main|top|other|latest) )?(?:stories|news|headlines|bulletin|edition|briefing|programme|program)\b",
    re.I,
)
_PLACE_NOUN_AFTER = re.compile(r" (?:Market|Mosque|Square|Street|Road|Camp|Bridge|Roundabout)\b")


def find_times(text: str, published: dt.date | None) -> list[TimeExpression]:
    """Every time expression in ``text``, longest first where they overlap; "today" and "last
    night" under a dated header ("IDF SPOKESPERSON'S UNIT, 19.08.2024, 11:42") count from its day."""
    found: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []
    datelines = dateline_spans(text)
    headers = sorted(_dated_headers(text, published) + _dated_datelines(text, published, datelines))
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text):
            span = (match.start(), match.end())
            if any(s < span[1] and span[0] < e for s, e in taken + datelines):
                continue
            if match.group(0) == "Today" and _CAPITALISED_WORD_BEFORE.search(text, 0, span[0]):
                continue  # "The South Today", "told Syria Today": a name, not a day
            if kind == "weekday" and _PLACE_NOUN_AFTER.match(text, span[1]):
                continue  # "at Monday Market, Maiduguri", "Friday Mosque": a name, not a day
            if _PROGRAMME_AFTER.match(text, span[1]):
                continue  # "Here are tonight's main stories": when the news is read, not when it happened
            day = next((d for at, d in reversed(headers) if at < span[0]), published)
            resolved = resolve(kind, match.group(0), day)
            if resolved is not None:
                found.append(TimeExpression(span[0], span[1], resolved))
                taken.append(span)
    return _that_weekday_told_before(sorted(found, key=lambda t: t.start), text)


def _that_weekday_told_before(times: list[TimeExpression], text: str) -> list[TimeExpression]:
    """'the attack of 12 May ... At dawn on that Monday': the Monday a date told before names,
    not the last Monday before the article."""
    result: list[TimeExpression] = []
    for time in times:
        bare = _BARE_WEEKDAY.fullmatch(time.range.text)
        if bare is not None and text[max(0, time.start - 5) : time.start].lower() == "that ":
            weekday = WEEKDAYS[bare.group(1).lower()]
            told = next((t for t in reversed(result) if _on_weekday(t.range, weekday)), None)
            if told is not None:
                time = TimeExpression(time.start, time.end, replace(told.range, text=time.range.text))
        result.append(time)
    return result


def _on_weekday(date: DateRange, weekday: int) -> bool:
    return date.precision == "day" and date.start is not None and date.start.weekday() == weekday


HEADER_DAYS = 14  # a header dated further back than this heads an archive, not today's statements


def _dated_datelines(
    text: str, published: dt.date | None, datelines: list[tuple[int, int]]
) -> list[tuple[int, dt.date]]:
    """'HADITHA, Feb. 17 - ... the day before yesterday': a dated dateline says the day its item
    was filed, which its "yesterday" counts from (a paper of the 18th printing the 17th's story)."""
    if published is None:
        return []
    dated = []
    for start, end in datelines:
        for kind, pattern in PATTERNS:
            match = pattern.search(text, start, end) if kind in _DATELINE_DATE_KINDS else None
            range_ = resolve(kind, match.group(), published) if match else None
            if range_ is not None and range_.start is not None and 0 <= (published - range_.start).days <= HEADER_DAYS:
                dated.append((start, range_.start))
                break
    return dated


_HEADER_DATE_KINDS = frozenset({"iso", "numeric", "day_month_year", "month_day_year"})  # the explicit dates
_DATELINE_DATE_KINDS = frozenset({"iso", "numeric", "day_month_year", "month_day_year", "day_month", "month_day"})


def _dated_headers(text: str, published: dt.date | None) -> list[tuple[int, dt.date]]:
    """Lines that are headers, not prose (no closing stop), dated to a day shortly before the
    article: a statement's or an entry's own date, which its "today" means."""
    if published is None:
        return []
    headers = []
    for line in re.finditer(r"[^\n]+", text):
        if len(line.group()) > 120 or line.group().rstrip().endswith((".", "!", "?", '"', "”", ":")):
            continue
        for kind, pattern in PATTERNS:
            match = pattern.search(line.group()) if kind in _HEADER_DATE_KINDS else None
            range_ = resolve(kind, match.group(), published) if match else None
            if range_ is not None and range_.start is not None and 0 <= (published - range_.start).days <= HEADER_DAYS:
                headers.append((line.start(), range_.start))
                break
    return headers


def resolve(kind: str, phrase: str, published: dt.date | None) -> DateRange | None:
    low = phrase.lower()
    absolute = _absolute(kind, low, phrase, published)
    if absolute is not None or published is None:
        return absolute
    return _relative(kind, low, phrase, published)


def _absolute(kind: str, low: str, phrase: str, published: dt.date | None) -> DateRange | None:
    if kind == "iso":
        day = dt.date.fromisoformat(phrase)
        return DateRange(phrase, day, day, "day")
    if kind == "numeric":
        day = _numeric_date(phrase, published)
        return DateRange(phrase, day, day, "day") if day else None
    if kind == "night_of_days":
        first, last = (int(n) for n in re.findall(r"\d{1,2}(?=(?:st|nd|rd|th)?\b)", low)[:2])
        end = _parse(re.sub(r"^night of \d{1,2}(?:st|nd|rd|th)? ?(?:to|-|–|and) ?", "", low), published)
        if end is None or not 1 <= first <= end.day or last != end.day:
            return None
        return DateRange(phrase, end.replace(day=first), end, "day")
    if kind == "numeric_days":
        first, rest = re.split(r"[-–]", phrase, maxsplit=1)
        last = _numeric_date(rest, published)
        if last is None or not 1 <= int(first) <= last.day:
            return None
        return DateRange(phrase, last.replace(day=int(first)), last, "day")
    if kind in {"day_month_year", "month_day_year"}:
        day = _parse(phrase, published)
        return DateRange(phrase, day, day, "day") if day else None
    if kind == "month_year":  # a year after it makes "May" the month, not the modal verb
        month, year = MONTHS.get(low.split()[0].strip(".,")), int(re.findall(_YEAR, low)[0])
        return _month_range(phrase, year, month) if month else None
    if kind == "season" and re.search(_YEAR, low):
        return _season(phrase, low, int(re.findall(_YEAR, low)[0]))
    if kind == "year" and published is None:
        year = int(re.findall(_YEAR, low)[0])
        return DateRange(phrase, dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    return None


def _numeric_date(phrase: str, published: dt.date | None) -> dt.date | None:
    """Day first, as the region's press writes it, unless only month first makes a date, or day
    first would fall after the article ("5/14/2024", "04/06/2024" in a story of 10 April)."""
    first, second, year = (int(n) for n in re.split(r"[./]", phrase))
    options = []
    for day, month in ((first, second), (second, first)):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not options:
        return None
    if published is None:
        return options[0]
    before = [d for d in options if d <= published]
    return before[0] if before else options[0]


def _relative(kind: str, low: str, phrase: str, published: dt.date) -> DateRange | None:
    if kind in {"weekday_date", "day_month", "month_day"}:
        day = _parse(re.sub(_WEEKDAY + ",? ", "", phrase, flags=re.I), published)
        return DateRange(phrase, day, day, "day") if day else None
    if kind == "weekday":
        name = next(w for w in WEEKDAYS if w in low)
        back = (published.weekday() - WEEKDAYS[name]) % 7
        if "last " in low and back == 0:
            back = 7
        day = published - dt.timedelta(days=back)
        return DateRange(phrase, day, day, "day")
    if kind == "weekday_tag":
        first, *last = (
            _relative("weekday", _full_weekday(tag), tag, published) for tag in re.split(r"\s?[-–]\s?", phrase)
        )
        end = last[0].end if last and last[0].start >= first.start else first.end  # type: ignore[union-attr]
        return DateRange(phrase, first.start, end, "day")  # type: ignore[union-attr]
    if kind == "yesterday":
        back = (
            2
            if "before yesterday" in low
            else 0
            if low in {"today", "earlier today", "this morning", "this afternoon", "this evening", "tonight"}
            else 1
        )
        day = published - dt.timedelta(days=back)
        return DateRange(phrase, day, day, "day")
    if kind == "holiday":
        day = _holiday(low, published)
        return DateRange(phrase, day, day, "day")
    if kind == "ago":
        return _ago(phrase, low, published)
    if kind == "last_unit":
        return _last_unit(phrase, low, published)
    if kind == "weekend":  # "over the weekend": the last Saturday and Sunday, up to the article
        saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
        return DateRange(phrase, saturday, min(saturday + dt.timedelta(days=1), published), "week")
    if kind in {"in_month", "part_month"}:
        return _month_phrase(phrase, low, published)
    if kind == "part_this_month":
        year, month = (
            (published.year, published.month)
            if "this" in low.split()
            else _shift_month(published.year, published.month, -1)
        )
        return _month_phrase(phrase, f"{low} {calendar.month_name[month].lower()} {year}", published)
    if kind == "month_last_year":
        named = _month_in(low)
        if named is None:
            return None
        before = "last year" in low or named >= published.month  # "last March" in March: a year ago
        return _month_range(phrase, published.year - 1 if before else published.year, named)
    if kind == "since":
        return _since(phrase, low, published)
    if kind == "past_day":
        return DateRange(phrase, published - dt.timedelta(days=1), published, "day")
    if kind == "past_n":
        return _past_n(phrase, low, published)
    if kind == "ordinal_day":
        return _day_of_month(phrase, int(re.findall(r"\d+", low)[0]), published)
    if kind == "season":  # "last summer", "this winter"
        named = _season(phrase, low, published.year)
        if low.startswith("last") and named.end >= published:
            named = _season(phrase, low, published.year - 1)
        return named
    if kind == "year":
        year = int(re.findall(_YEAR, low)[0])
        return DateRange(phrase, dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    return None


def _full_weekday(abbreviation: str) -> str:
    return next(name for name in WEEKDAYS if name.startswith(abbreviation.lower()))


def _season(phrase: str, low: str, year: int) -> DateRange:
    """'the summer of 2023': June to August; a winter runs from December into the next year.
    Three months are coarser than a month, so the precision is the year's."""
    first = SEASONS[re.findall(_SEASON, low, re.I)[0].lower()]
    last_year, last_month = _shift_month(year, first, 2)
    end = dt.date(last_year, last_month, calendar.monthrange(last_year, last_month)[1])
    return DateRange(phrase, dt.date(year, first, 1), end, "year")


def _since(phrase: str, low: str, published: dt.date) -> DateRange | None:
    """'since 2021', 'since the start of the year': a period that runs up to the article."""
    year = re.findall(_YEAR, low)
    if year:
        start = dt.date(int(year[0]), 1, 1)
    elif low.endswith("year"):
        start = dt.date(published.year, 1, 1)
    elif low.endswith("month"):
        start = published.replace(day=1)
    else:
        start = published - dt.timedelta(days=published.weekday())
    if start > published:
        return None
    precision: DatePrecision = (
        "year" if (published - start).days > 62 else "month" if (published - start).days > 7 else "week"
    )
    return DateRange(phrase, start, published, precision)


def _past_n(phrase: str, low: str, published: dt.date) -> DateRange:
    """'in the past two weeks', 'over the last 10 days': the period that ends with the article."""
    count_word, unit = re.search(rf"({_NUM}) (day|week|month)s", low).groups()  # type: ignore[union-attr]
    count = int(count_word) if count_word.isdigit() else NUMBER_WORDS.get(count_word, 1)
    days = count * {"day": 1, "week": 7, "month": 30}[unit]
    precision: DatePrecision = "year" if days > 62 else "month" if days > 7 else "week"
    return DateRange(phrase, published - dt.timedelta(days=days), published, precision)


def _parse(phrase: str, published: dt.date | None) -> dt.date | None:
    import dateparser

    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first"}
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time())  # type: ignore[assignment]
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", phrase.replace(" of ", " "))
    parsed = dateparser.parse(cleaned, languages=["en"], settings=settings)  # type: ignore[arg-type]
    if parsed is None:
        return None
    day = parsed.date()
    if published is not None and day > published + dt.timedelta(days=1) and not re.search(_YEAR, phrase):
        day = day.replace(year=day.year - 1)  # "March 3" in a February article: last year's March
    return day


def _ago(phrase: str, low: str, published: dt.date) -> DateRange:
    count_word, unit = re.match(rf"({_NUM}) (day|week|month|year)", low).groups()  # type: ignore[union-attr]
    count = int(count_word) if count_word.isdigit() else NUMBER_WORDS.get(count_word, 1)
    if unit == "day":
        day = published - dt.timedelta(days=count)
        return DateRange(phrase, day, day, "day")
    if unit == "week":
        centre = published - dt.timedelta(weeks=count)
        return DateRange(phrase, centre - dt.timedelta(days=3), centre + dt.timedelta(days=3), "week")
    if unit == "month":
        year, month = _shift_month(published.year, published.month, -count)
        return _month_range(phrase, year, month)
    year = published.year - count
    return DateRange(phrase, dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def _last_unit(phrase: str, low: str, published: dt.date) -> DateRange:
    which, unit = low.split()[0], low.split()[1]
    if which == "past" and unit in {"week", "month", "year"}:
        # "in the past week": the days that end with the article, not last calendar week
        days = {"week": 7, "month": 30, "year": 365}[unit]
        return DateRange(phrase, published - dt.timedelta(days=days), published, unit)  # type: ignore[arg-type]
    if unit in {"week", "weekend"}:
        monday = published - dt.timedelta(days=published.weekday())
        if which != "this":
            monday -= dt.timedelta(weeks=1)
        if unit == "weekend":
            saturday = monday + dt.timedelta(days=5)
            return DateRange(phrase, saturday, saturday + dt.timedelta(days=1), "week")
        return DateRange(phrase, monday, min(monday + dt.timedelta(days=6), published), "week")
    if unit == "month":
        year, month = (
            (published.year, published.month) if which == "this" else _shift_month(published.year, published.month, -1)
        )
        return _month_range(phrase, year, month)
    year = published.year if which == "this" else published.year - 1
    return DateRange(phrase, dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def _month_phrase(phrase: str, low: str, published: dt.date) -> DateRange | None:
    month = _month_in(low)
    if month is None:
        return None
    years = re.findall(_YEAR, low)
    year = int(years[0]) if years else (published.year if month <= published.month else published.year - 1)
    full = _month_range(phrase, year, month)
    assert full.start and full.end
    if re.search(r"\bthe (?:last|final|closing) (?:few )?days of\b", low):
        return DateRange(phrase, full.end - dt.timedelta(days=6), full.end, "month")
    if re.search(r"\bthe (?:last|final) week of\b", low):
        return DateRange(phrase, full.end - dt.timedelta(days=6), full.end, "week")
    if re.search(r"\bthe (?:first|opening) week of\b", low):
        return DateRange(phrase, full.start, full.start + dt.timedelta(days=6), "week")
    if re.search(r"\b(early|the beginning of|the start of|the (?:first|opening) (?:few )?days of)\b", low):
        return DateRange(phrase, full.start, full.start + dt.timedelta(days=9), "month")
    if re.search(r"\bmid\b", low):
        return DateRange(phrase, full.start + dt.timedelta(days=9), full.start + dt.timedelta(days=19), "month")
    if re.search(r"\b(late|the end of)\b", low):
        return DateRange(phrase, full.end - dt.timedelta(days=10), full.end, "month")
    return full


def _day_of_month(phrase: str, number: int, published: dt.date) -> DateRange | None:
    """'on the 18th': that day of the publication month, or of the month before if still to come."""
    year, month = published.year, published.month
    if number > published.day:
        year, month = _shift_month(year, month, -1)
    if not 1 <= number <= calendar.monthrange(year, month)[1]:
        return None
    day = dt.date(year, month, number)
    return DateRange(phrase, day, day, "day")


def _month_in(low: str) -> int | None:
    for word in re.findall(r"[a-z]+", low):
        if word in MONTHS and not (word == "may" and low.strip().startswith("may ")):
            return MONTHS[word]
    return None


def _month_range(phrase: str, year: int, month: int) -> DateRange:
    last = calendar.monthrange(year, month)[1]
    return DateRange(phrase, dt.date(year, month, 1), dt.date(year, month, last), "month")


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


REPORT_VERBS = frozenset(
    "say tell report announce state claim deny confirm add note write publish warn accuse blame".split()
)
# How far back (in sentences of the same paragraph) a time expression still dates an event.
CONTEXT_SENTENCES = 2


class DateStage:
    """Dates every claim; a claim its own clause dates over a year back is background and is dropped."""

    name: ClassVar[str] = "dates"
    requires: ClassVar[frozenset[str]] = frozenset({"tokens", "sentences", "events"})
    assigns: ClassVar[frozenset[str]] = frozenset({"times", "events"})

    def setup(self, settings: Settings) -> None:
        """Nothing to load."""

    def __call__(self, analysis: Analysis) -> Analysis:
        times = tuple(find_times(analysis.document.text, analysis.document.published))
        events: list[EventClaim] = []
        dated: list[EventClaim] = []  # the events dated to the day so far, in reading order
        previous: DateRange | None = None  # the last day-precise date, in reading order
        for event in analysis.events or ():
            events.append(_counted_by(date_event(event, times, analysis, previous, dated), events, analysis))
            date = events[-1].date
            if date is not None and date.precision == "day":
                dated.append(events[-1])
                if not event.aggregate:
                    previous = date  # a summary ("since Sunday") dates no single event
        published = analysis.document.published
        if published is not None:
            events = [e for e in events if not _long_past(e, published)]
        return replace(analysis, times=times, events=tuple(events))


# SPEC section 4: background mentions are not events. An act its own clause dates more than a year
# before the article ("his men killed dozens of villagers near Paoua in 2019", "since the truce of
# April 2022") is history the story recalls, not news it reports.
BACKGROUND_DAYS = 365
_EXPLICIT_PAST = re.compile(r"\b(?:19|20)\d\d\b|\blast year\b|\byears? ago\b", re.I)
_NEAR_TRIGGER = 60  # characters between the time words and the trigger: the same clause


def _long_past(event: EventClaim, published: dt.date) -> bool:
    date = event.date
    if date is None or date.end is None or not _EXPLICIT_PAST.search(date.text):
        return False
    at = event.evidence.text.find(date.text)
    if at < 0 or (published - date.end).days <= BACKGROUND_DAYS:
        return False
    start = event.evidence.start + at
    if at == 0 or event.evidence.text[:at].strip().lower() in {"in", "on", "by", "since"}:
        return True  # "In February 2023, gunmen ... attacked": the sentence opens with its time
    return min(abs(start - event.trigger.end), abs(event.trigger.start - (start + len(date.text)))) <= _NEAR_TRIGGER


def date_event(
    event: EventClaim,
    times: Sequence[TimeExpression],
    analysis: Analysis,
    previous: DateRange | None = None,
    dated: Sequence[EventClaim] = (),
) -> EventClaim:
    """The event's own time expression ("on the same day": the date of the event told
    before it, or "five days later" from it, or "the day before the Sumy strike" from that
    strike); else the one that dates the sentences just before it; else the time of the
    article's lead event. Otherwise unknown."""
    if event.date is not None and event.date.start is not None:
        return event
    own = [
        t
        for t in times
        if event.evidence.start <= t.start < event.evidence.end and not _dates_another_act(t, event, analysis)
    ]
    if own and _the_next_day_of_the_act_before(event, dated, own, analysis):
        own = []  # "bombed positions on 5 November and struck vehicles the following day": moved from that date
    same_day = _SAME_DAY.search(event.evidence.text)
    if same_day and previous is not None and not own:
        return replace(event, date=replace(previous, text=same_day.group()))
    anchored = _relative_to_an_act(event, analysis, dated) if not own else None
    if anchored is not None:
        return anchored
    shifted = _days_after(event, analysis, previous) if not own else None
    if shifted is not None:
        return replace(event, date=shifted)
    if own:
        best = _narrowest(own, event, analysis)
        told = _the_act_told_again(event, dated) if _dates_a_report(best, event, analysis) else None
        return replace(event, date=told.date if told is not None else best.range)
    context = _context_time(event, times, analysis)
    if context is not None:
        return replace(event, date=context.range)
    return replace(event, date=DateRange(text="", start=None, end=None, precision="unknown"))


def _the_next_day_of_the_act_before(
    event: EventClaim, dated: Sequence[EventClaim], own: Sequence[TimeExpression], analysis: Analysis
) -> bool:
    """The sentence's times all come before this act, which an act of the same sentence told
    before it owns, and after this act's trigger 'the following day' says how long after."""
    before = dated[-1] if dated else None
    if before is None or before.evidence != event.evidence or before.trigger.start >= event.trigger.start:
        return False
    after = analysis.document.text[event.trigger.end : event.evidence.end]
    return bool(_DAYS_AFTER.search(after)) and all(t.start < event.trigger.start for t in own)


def _the_act_told_again(event: EventClaim, dated: Sequence[EventClaim]) -> EventClaim | None:
    """'A car bomb hit the camp on Sunday. The group said on Monday its bomber had killed 30':
    the claim retells the act told just before (the same kind of act, a few sentences back),
    so the act's day is its day, not the day of the saying."""
    for act in reversed(dated):
        if event.sentence - act.sentence > _RETELLING_SENTENCES:
            return None
        if (
            act.sentence < event.sentence
            and act.sub_event_type == event.sub_event_type
            and not act.aggregate
            and _same_place(act, event)
        ):
            return act
    return None


_RETELLING_SENTENCES = 3


def _same_place(one: EventClaim, other: EventClaim) -> bool:
    if one.location is None or other.location is None:
        return True
    return one.location.name == other.location.name


def _holiday(low: str, published: dt.date) -> dt.date:
    """The holiday's day in the year the phrase names, else its latest one up to the article
    ("Christmas Eve 2023", "late on Easter Monday")."""
    named = re.search(_YEAR, low)
    if named:
        return _holiday_in(low, int(named.group()))
    day = _holiday_in(low, published.year)
    return day if day <= published else _holiday_in(low, published.year - 1)


def _holiday_in(low: str, year: int) -> dt.date:
    from dateutil.easter import easter

    for name, shift in EASTER_DAYS.items():
        if name in low:
            return easter(year) + dt.timedelta(days=shift)
    month, day_of_month = next(v for k, v in HOLIDAYS.items() if k in low)
    return dt.date(year, month, day_of_month)


def _days_after(event: EventClaim, analysis: Analysis, previous: DateRange | None) -> DateRange | None:
    """'Five days later, a drone struck a minibus': the day of the event told before, moved."""
    sentences = analysis.sentences or ()
    if previous is None or previous.start is None or not sentences:
        return None
    sentence = sentences[event.sentence]
    match = _DAYS_AFTER.search(analysis.document.text[sentence.start : sentence.end])
    if match is None:
        return None
    days = -1 if match.group("before") else 1
    if match.group("n"):
        count = match.group("n").lower()
        days = int(count) if count.isdigit() else NUMBER_WORDS.get(count, 1)
        days *= 7 if match.group("unit").lower() == "week" else 1
        days *= -1 if match.group("way").lower() in {"earlier", "before that", "before"} else 1
    day = previous.start + dt.timedelta(days=days)
    return DateRange(match.group(), day, day, "day")


def _counted_by(event: EventClaim, earlier: Sequence[EventClaim], analysis: Analysis) -> EventClaim:
    """'By Tuesday morning the toll had risen to nine': when a continued act was counted, not
    when it happened; it keeps the date of the act it continues."""
    date = event.date
    if event.refers_to is None or date is None or not date.text:
        return event
    at = analysis.document.text.find(date.text, event.evidence.start, event.evidence.end)
    if at < 3 or analysis.document.text[at - 3 : at].lower() != "by ":
        return event
    act = next((e for e in earlier if e.event_id == event.refers_to), None)
    return replace(event, date=act.date) if act is not None and act.date is not None else event


# "The day before the Sumy strike", "Two days after the blast": counted from the act it names.
_RELATIVE_TO_ACT = re.compile(
    rf"\b(?:the day|(?P<n>{_NUM}) (?P<unit>day|week)s?|a (?P<unit1>day|week)) (?P<way>before|after) the "
    r"(?P<what>(?:[\w'’-]+ ){0,2}?(?:strike|attack|blast|bombing|explosion|raid|ambush|clash|clashes|shelling|"
    r"massacre|killing|assault|fire|fighting))\b",
    re.I,
)


def _relative_to_an_act(event: EventClaim, analysis: Analysis, dated: Sequence[EventClaim]) -> EventClaim | None:
    """'The day before the Sumy strike, a guided bomb hit ...': the day of the act named (the first
    dated event whose sentence names its place, or whose words name that kind of act; else the last
    dated event), moved."""
    sentences = analysis.sentences or ()
    if not dated or not sentences:
        return None
    sentence = sentences[event.sentence]
    match = _RELATIVE_TO_ACT.search(analysis.document.text[sentence.start : sentence.end])
    if match is None:
        return None
    names = [w for w in match.group("what").split()[:-1] if w[:1].isupper()]
    noun = match.group("what").split()[-1].lower()[:5]
    text = analysis.document.text
    named = [
        e
        for e in dated
        if names and all(n in text[sentences[e.sentence].start : sentences[e.sentence].end] for n in names)
    ]
    kind = [e for e in dated if noun in f"{e.trigger.text} {e.evidence.text}".lower()]
    anchor = named[0] if named else kind[0] if kind else dated[-1]  # "the Sumy strike": the story's first telling
    assert anchor.date is not None and anchor.date.start is not None
    count = match.group("n")
    days = (int(count) if count.isdigit() else NUMBER_WORDS.get(count.lower(), 1)) if count else 1
    days *= 7 if (match.group("unit") or match.group("unit1") or "").lower() == "week" else 1
    day = anchor.date.start + dt.timedelta(days=-days if match.group("way").lower() == "before" else days)
    return replace(event, date=DateRange(match.group(), day, day, "day"))


def _context_time(event: EventClaim, times: Sequence[TimeExpression], analysis: Analysis) -> TimeExpression | None:
    sentences = analysis.sentences or ()
    if event.aggregate or not sentences:
        return None
    here = sentences[event.sentence]
    # a round-up's item that opens with its own dateline ("KHIAM, 9:15 am - ") is a story of its own
    own_item = _opens_with_a_dateline(here.paragraph, sentences, analysis.document.text)
    earlier = [
        t
        for t in times
        if t.start < event.evidence.start
        and _told_just_before(t, here, sentences)
        and not (own_item and _paragraph_of(t.start, sentences) < here.paragraph)
    ]
    if earlier:
        return earlier[-1]
    return _item_time(here, times, sentences) or _lead_time(times, sentences, analysis.document.text)


ITEM_DATE_REACH = 25  # characters: "Night of 03-04/09/2024 - al-Busayrah."


def _item_time(here: Sentence, times: Sequence[TimeExpression], sentences: Sequence[Sentence]) -> TimeExpression | None:
    """A log's or digest's item that opens with its date ("04/09/2024 - al-Mayadin.") happened then,
    however many sentences it runs to."""
    first = next(s for s in sentences if s.paragraph == here.paragraph)
    opening = [t for t in times if first.start <= t.start < min(first.start + ITEM_DATE_REACH, here.start)]
    # else the day the paragraph's first sentence gives ("attacked the base overnight Saturday into Sunday. ...
    # Al-Shabaab's radio claimed that its fighters had overrun the base")
    told = [t for t in times if first.start <= t.start < min(first.end, here.start) and t.range.precision == "day"]
    return (opening or told or [None])[0]


def _opens_with_a_dateline(paragraph: int, sentences: Sequence[Sentence], text: str) -> bool:
    start = next((s.start for s in sentences if s.paragraph == paragraph), None)
    return start is not None and any(begin == start for begin, _ in dateline_spans(text))


def _told_just_before(time: TimeExpression, here: Sentence, sentences: Sequence[Sentence]) -> bool:
    """In the last sentences before the event, in its paragraph or the one before: "on Friday evening"
    then, in the next paragraph, "At 8:40 p.m., a suicide bomber blew himself up"."""
    for sentence in sentences[max(0, here.index - CONTEXT_SENTENCES) : here.index]:
        if sentence.start <= time.start < sentence.end:
            return here.paragraph - 1 <= sentence.paragraph <= here.paragraph
    return False


def _lead_time(times: Sequence[TimeExpression], sentences: Sequence[Sentence], text: str) -> TimeExpression | None:
    """The first day-precise time of the story's lede, a first paragraph of prose with no dateline
    ("What happened along the border on Wednesday"), else of the first two paragraphs (a headline or
    masthead's date): when the story happened."""
    days = [t for t in times if t.range.precision == "day"]
    prose = next((s.paragraph for s in sentences if _is_prose(text[s.start : s.end])), None)
    if prose is not None and _opens_with_a_dateline(prose, sentences, text):
        prose = None  # a live blog's first entry ("07:45 - ... overnight") is no lede for the day
    lead = [t for t in days if _paragraph_of(t.start, sentences) == prose]
    lead = lead or [t for t in days if _paragraph_of(t.start, sentences) <= 1]
    return lead[0] if lead else None


def _is_prose(sentence: str) -> bool:
    """A sentence that ends as prose does, unlike a headline or a masthead."""
    return sentence.rstrip().endswith((".", "!", "?", '"', "”", "’"))


def _paragraph_of(offset: int, sentences: Sequence[Sentence]) -> int:
    for sentence in sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.paragraph
    return 10**6


_ACT_OF = re.compile(
    r"\b(?P<act>raid|raids|attack|attacks|strike|strikes|bombing|bombings|massacre|ambush|assault|shelling|arrests?"
    r"|killing|killings|abduction|kidnapping|explosion|blast|clashes|offensive|events) of $",
    re.I,
)


def _dates_another_act(time: TimeExpression, event: EventClaim, analysis: Analysis) -> bool:
    """'residents protested against the raid of 2 September': the date names an earlier act,
    not the protest (unless that act is the event's own trigger)."""
    before = _ACT_OF.search(analysis.document.text, max(0, time.start - 20), time.start)
    return before is not None and not (event.trigger.start <= before.start("act") < event.trigger.end)


def _distance(time: TimeExpression, event: EventClaim, analysis: Analysis) -> int:
    """Characters from the trigger; a time that dates a report ("said on Monday")
    rather than the act, and "since ..." periods, weigh much less."""
    gap = abs(time.start - event.trigger.start)
    if time.range.text.lower().startswith("since"):
        gap += 200
    if _dates_a_report(time, event, analysis):
        gap += 500
    if in_a_neighbours_clause(time.start, event, analysis):
        gap += 300  # the time of another act told in the same sentence
    return gap


def _narrowest(own: Sequence[TimeExpression], event: EventClaim, analysis: Analysis) -> TimeExpression:
    """The nearest time; but 'in the past week, gunmen shot dead a commander on Friday evening':
    a day inside the nearest period, and no other act's or report's, says which day."""
    best = min(own, key=lambda t: _distance(t, event, analysis))
    periods = [t for t in own if t.range.precision == "week" and 0 <= best.start - t.end <= 20]
    if _BARE_WEEKDAY.fullmatch(best.range.text) and periods:
        return _weekday_inside(periods[0], best)  # "Two weeks ago, on a Friday"
    if best.range.precision == "day" or best.range.start is None or best.range.end is None:
        return best
    days = [
        t
        for t in own
        if t.range.precision == "day"
        and t.range.start is not None
        and best.range.start <= t.range.start <= best.range.end
        and _distance(t, event, analysis) < 300
    ]
    return min(days, key=lambda t: _distance(t, event, analysis)) if days else best


_BARE_WEEKDAY = re.compile(rf"(?:on )?(?:a |the )?({_WEEKDAY})", re.I)


def _weekday_inside(period: TimeExpression, weekday: TimeExpression) -> TimeExpression:
    """'Two weeks ago, on a Friday': the Friday of that week, not the last one."""
    bare = _BARE_WEEKDAY.fullmatch(weekday.range.text)
    day = period.range.start
    while bare is not None and day is not None and period.range.end is not None and day <= period.range.end:
        if day.weekday() == WEEKDAYS[bare.group(1).lower()]:
            return TimeExpression(weekday.start, weekday.end, DateRange(weekday.range.text, day, day, "day"))
        day += dt.timedelta(days=1)
    return weekday


def _dates_a_report(time: TimeExpression, event: EventClaim, analysis: Analysis) -> bool:
    tokens = analysis.tokens or ()
    by_index = {t.i: t for t in tokens}
    anchor = next((t for t in tokens if t.start >= time.start), None)
    trigger = next((t for t in tokens if t.start >= event.trigger.start), None)
    if anchor is None or trigger is None:
        return False
    verb = _governing_verb(anchor, by_index)
    if verb is None or verb.lemma not in REPORT_VERBS:
        return False
    return verb.i in _ancestors(trigger, by_index)


def _governing_verb(token: Token, by_index: dict[int, Token]) -> Token | None:
    current, steps = token, 0
    while steps < 6:
        if current.pos in {"VERB", "AUX"} and current is not token:
            return current
        if current.head == current.i or current.head not in by_index:
            return None
        current, steps = by_index[current.head], steps + 1
    return None


def _ancestors(token: Token, by_index: dict[int, Token]) -> set[int]:
    found, current, steps = set(), token, 0
    while current.head != current.i and current.head in by_index and steps < 12:
        current = by_index[current.head]
        found.add(current.i)
        steps += 1
    return found
