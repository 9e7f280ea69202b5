"""Dates in Chinese and English text: ``text → DateMention`` with an ISO value as precise as stated.

Pure functions, no document needed: relative forms (7月13日, "July 13", 今年, "this year") are read
against a reference date (the document's date), and dropped when there is none.

>>> [(d.text, d.value.iso) for d in find_dates("项目于2011年发起，2014年11月14日贯通")]
[('2011年', '2011'), ('2014年11月14日', '2014-11-14')]
>>> find_dates("ISLAMABAD, July 13 (Xinhua)", reference="2018-07-14")[0].value
DateValue(iso='2018-07-13', precision='day', end=None)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from kg.ingest.dates import DATE_YEARS, MONTH_SPELLINGS
from kg.model import DateValue, Span

__all__ = ["DateMention", "find_dates"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found in a text: where, as written, and its value."""

    span: Span
    text: str
    value: DateValue


_MONTHS = {name: number for number, names in enumerate(MONTH_SPELLINGS, 1) for name in names}
ENGLISH_MONTHS = frozenset(names[0] for names in MONTH_SPELLINGS)
"""The English months' full names, lower-cased."""
ENGLISH_WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
ENGLISH_CALENDAR_WORDS = frozenset(_MONTHS) | ENGLISH_WEEKDAYS
"""Months (with their abbreviations) and weekdays in English, lower-cased: words that are no names."""
_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
)
_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
# The Chinese digits as written in dates and ordinals (二〇一八年, 第二届).
ZH_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_ZH_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_WEEKDAYS = {
    name: number
    for number, names in enumerate(
        (
            ("monday", "一"),
            ("tuesday", "二"),
            ("wednesday", "三"),
            ("thursday", "四"),
            ("friday", "五"),
            ("saturday", "六"),
            ("sunday", "日", "天"),
        )
    )
    for name in names
}
_RELATIVE_WORDS = {"last": "last year", "this": "this year", "next": "next year"}
_RELATIVE_YEARS = {
    "前年": -2,
    "今年": 0,
    "本年": 0,
    "年内": 0,
    "本年度": 0,
    "明年": 1,
    "去年": -1,
    "this year": 0,
    "later this year": 0,
    "next year": 1,
    "last year": -1,
}
# A bare English year only after words that introduce a time ("in 2013", "by 2030"), so
# that "2000 acres" or "1500 km" are not years.
_YEAR_LEAD = (
    r"(?<![\w$€£¥.,])(?:(?<=\bin )|(?<=\bIn )|(?<=\bsince )|(?<=\bSince )|(?<=\bby )|(?<=\bBy )|"
    r"(?<=\bfrom )|(?<=\bFrom )|(?<=\buntil )|(?<=\btill )|(?<=\bto )|(?<=\bof )|(?<=\bbefore )|"
    r"(?<=\bafter )|(?<=\bBefore )|(?<=\bAfter )|(?<=\bbetween )|(?<=\band )|(?<=\bduring )|"
    r"(?<=\bDuring )|(?<=\bearly )|(?<=\blate )|(?<=\bmid-)|(?<=\bfor )|(?<=\bon )|"
    r"(?<=\bthrough )|(?<=\bwithin )|(?<=\bfiscal )|(?<=\bthe year )|(?<=[(（]))"
)


def _two(number: int) -> str:
    return f"{number:02d}"


def _valid(year: int, month: int = 1, day: int = 1) -> bool:
    days = (
        31,
        29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28,
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    )
    return 1 <= month <= 12 and 1 <= day <= days[month - 1] and year in DATE_YEARS


def _day(year: int, month: int, day: int) -> str | None:
    return f"{year}-{_two(month)}-{_two(day)}" if _valid(year, month, day) else None


_FOUR_DIGITS = re.compile(r"\d{4}")


def _reference_day(reference: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(reference) if reference and len(reference) == 10 else None
    except ValueError:
        return None


def _in_date_years(value: DateValue) -> bool:
    """Whether a reading's years are four-digit years (a relative form read against an early
    document date could count back out of them)."""
    return all(int(iso.partition("-")[0]) in DATE_YEARS for iso in (value.iso, value.end) if iso)


def _reference_year(reference: str | None) -> int | None:
    if reference and _FOUR_DIGITS.match(reference):
        return int(reference[:4])
    return None


def _zh_year(text: str) -> int:
    if text.isdigit():
        return int(text)
    return int("".join(str(ZH_DIGITS[ch]) for ch in text))


Builder = Callable[["re.Match[str]", "_Reference"], DateValue | None]


class _Reference:
    """The document date a relative form is read against: its year, and its day when known."""

    __slots__ = ("day", "year")

    def __init__(self, reference: str | None) -> None:
        self.year = _reference_year(reference)
        self.day = _reference_day(reference)


def _full_day(match: re.Match[str], ref: _Reference) -> DateValue | None:
    year, month, day = _zh_year(match["year"]), int(match["m"]), int(match["d"])
    start = _day(year, month, day)
    if start is None:
        return None
    end = None
    if match["d2"]:
        end = _day(year, int(match["m2"] or month), int(match["d2"]))
    return DateValue(start, "day", end)


def _month_day(match: re.Match[str], ref: _Reference) -> DateValue | None:
    if ref.year is None:
        return None
    month, day = int(match["m"]), int(match["d"])
    start = _day(ref.year, month, day)
    if start is None:
        return None
    end = _day(ref.year, int(match["m2"] or month), int(match["d2"])) if match["d2"] else None
    return DateValue(start, "day", end)


def _bare_day(match: re.Match[str], ref: _Reference) -> DateValue | None:
    """12日, 11日至12日: a day of the document's month (of the month before, for a day more than a
    week after the document's)."""
    if ref.day is None:
        return None
    year, month, day = ref.day.year, ref.day.month, int(match["d"])
    if day > ref.day.day + 7:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    start = _day(year, month, day)
    if start is None:
        return None
    end = _day(year, month, int(match["d2"])) if match["d2"] else None
    return DateValue(start, "day", end)


def _weekday(match: re.Match[str], ref: _Reference) -> DateValue | None:
    """ "on Tuesday", 周二: the latest such day up to the document's date; "next Tuesday", 下周二:
    the next one after it; "last Tuesday", 上周二: the one of the week before."""
    if ref.day is None:
        return None
    target = _WEEKDAYS[match["wd"].casefold()]
    shift = match["shift"] or ""
    if shift in ("next", "下", "下个"):
        ahead = (target - ref.day.weekday()) % 7 or 7
        date = ref.day + dt.timedelta(days=ahead)
    else:
        date = ref.day - dt.timedelta(days=(ref.day.weekday() - target) % 7)
        # 上周二 is in the week before; "last Tuesday" only when the document's day is a Tuesday
        if shift in ("上", "上个") or (shift == "last" and date == ref.day):
            date -= dt.timedelta(days=7)
    return DateValue(date.isoformat(), "day")


_RELATIVE_DAYS = {
    "前天": -2,
    "昨天": -1,
    "昨日": -1,
    "今天": 0,
    "今日": 0,
    "明天": 1,
    "明日": 1,
    "后天": 2,
    "yesterday": -1,
    "today": 0,
    "tomorrow": 1,
}


def _relative_day(match: re.Match[str], ref: _Reference) -> DateValue | None:
    """昨天, "yesterday", 明天: a day counted from the document's date."""
    if ref.day is None:
        return None
    date = ref.day + dt.timedelta(days=_RELATIVE_DAYS[match.group().casefold()])
    return DateValue(date.isoformat(), "day")


def _relative_month(match: re.Match[str], ref: _Reference) -> DateValue | None:
    """去年9月, 今年3月5日, "May last year": a month (or day) of a year counted from the document's."""
    if ref.year is None:
        return None
    year = ref.year + _RELATIVE_YEARS[_RELATIVE_WORDS.get(match["rel"].casefold(), match["rel"].casefold())]
    groups = match.groupdict()
    month = _MONTHS[groups["month"].rstrip(".").casefold()] if groups.get("month") else int(groups["m"])
    if groups.get("d"):
        start = _day(year, month, int(match["d"]))
        return DateValue(start, "day") if start else None
    return DateValue(f"{year}-{_two(month)}", "month") if _valid(year, month) else None


_NEXT_DAY = re.compile(r"次日|.*\b(?:next|following)\s+day$", re.IGNORECASE)


def _same_day(match: re.Match[str], ref: _Reference) -> DateValue | None:
    """当天, "that day": the document's day until a day named before it says otherwise
    (``_share_same_days``); 次日, "the next day": the day after."""
    if ref.day is None:
        return None
    day = ref.day + dt.timedelta(days=1 if _NEXT_DAY.match(match.group()) else 0)
    return DateValue(day.isoformat(), "day")


def _share_same_days(dates: list[DateMention]) -> list[DateMention]:
    """签约仪式于5月8日举行…当天: "that day" is the last day named before it."""
    shared: list[DateMention] = []
    last_day: str | None = None
    for date in dates:
        value = date.value
        if _SAME_DAY_WORDS.fullmatch(date.text):
            if last_day is not None:
                day = dt.date.fromisoformat(last_day)
                if _NEXT_DAY.match(date.text):
                    day += dt.timedelta(days=1)
                value = DateValue(day.isoformat(), "day")
        elif value.precision == "day":
            last_day = value.iso
        shared.append(DateMention(date.span, date.text, value))
    return shared


# 当天, "that day", 次日: the words of a day named by the one named before it
_SAME_DAY = r"当天|当日|同日|同一天|次日|\b[Tt]h(?:e|at)\s+(?:(?:same|next|following)\s+)?day\b"
_SAME_DAY_WORDS = re.compile(_SAME_DAY)


def _named_month_shifted(match: re.Match[str], ref: _Reference) -> DateValue | None:
    """ "last October" written in March 2020 is October 2019, in November 2019 October 2019;
    "next March" the first March after the document's month."""
    if ref.day is None:
        return None
    month = _MONTHS[match["month"].casefold()]
    if match["shift"].casefold() == "last":
        year = ref.day.year if month < ref.day.month else ref.day.year - 1
    else:
        year = ref.day.year if month > ref.day.month else ref.day.year + 1
    return DateValue(f"{year}-{_two(month)}", "month") if _valid(year, month) else None


_ZH_SMALL_NUMBER = re.compile(r"(?P<tens>[二三]?十)?(?P<units>[一二三四五六七八九])?")


def _zh_small_number(text: str) -> int:
    """九 → 9, 十一 → 11, 二十九 → 29: a month's or a day's number in Chinese numerals."""
    match = _ZH_SMALL_NUMBER.fullmatch(text)
    if match is None or not text:
        return 0
    tens = match["tens"]
    units = ZH_DIGITS[match["units"]] if match["units"] else 0
    return (ZH_DIGITS.get(tens[0], 1) * 10 if tens else 0) + units


def _zh_numeral_date(match: re.Match[str], ref: _Reference) -> DateValue | None:
    """二〇〇七年九月, 二〇〇八年一月二十九日: a date written all in Chinese numerals."""
    year, month = _zh_year(match["year"]), _zh_small_number(match["zm"])
    if match["zd"]:
        start = _day(year, month, _zh_small_number(match["zd"]))
        return DateValue(start, "day") if start else None
    return DateValue(f"{year}-{_two(month)}", "month") if _valid(year, month) else None


def _zh_numeral_month_day(match: re.Match[str], ref: _Reference) -> DateValue | None:
    """一月二十九日 (of the document's year), 二十九日 (of its month): a dateline's day in numerals."""
    if ref.day is None:
        return None
    if match.groupdict().get("zm"):
        start = _day(ref.day.year, _zh_small_number(match["zm"]), _zh_small_number(match["zd"]))
        return DateValue(start, "day") if start else None
    day = _zh_small_number(match["zd"])
    year, month = ref.day.year, ref.day.month
    if day > ref.day.day + 7:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    start = _day(year, month, day)
    return DateValue(start, "day") if start else None


_MONTH_SHIFTS = {
    "上": -1,
    "上个": -1,
    "last": -1,
    "本": 0,
    "这个": 0,
    "this": 0,
    "下": 1,
    "下个": 1,
    "next": 1,
}


def _shifted_month(match: re.Match[str], ref: _Reference) -> DateValue | None:
    """上月, 上月中旬, "last month", "next month": a month counted from the document's."""
    if ref.day is None:
        return None
    months = ref.day.year * 12 + ref.day.month - 1 + _MONTH_SHIFTS[match["shift"].casefold()]
    return DateValue(f"{months // 12}-{_two(months % 12 + 1)}", "month")


def _year_end(match: re.Match[str], ref: _Reference) -> DateValue | None:
    """明年年底, 今年年初: the last or the first month of a year counted from the document's."""
    if ref.year is None:
        return None
    relative = match["rel"].casefold()
    year = ref.year + _RELATIVE_YEARS[_RELATIVE_WORDS.get(relative, relative)]
    first = match["part"].endswith("初") or match["part"].casefold() in ("start", "beginning")
    return DateValue(f"{year}-{'01' if first else '12'}", "month")


def _year_part(match: re.Match[str], ref: _Reference) -> DateValue | None:
    """2012年底, 2013年年初: the last or the first month of a year, as 明年年底 is of a relative one."""
    year = int(match["year"])
    if not _valid(year):
        return None
    return DateValue(f"{year}-{'01' if match['part'].endswith('初') else '12'}", "month")


def _year_month(match: re.Match[str], ref: _Reference) -> DateValue | None:
    year, month = _zh_year(match["year"]), int(match["m"])
    return DateValue(f"{year}-{_two(month)}", "month") if _valid(year, month) else None


# A month later in the year than the document's, opening its sentence, is of the year before
# when the words after it speak of the past ("In December, X linked …", 12月，…完成了), not of
# what is to come ("In December the system is expected to …", 12月将…).
_FUTURE_AFTER = re.compile(
    r"\b(?:will|would|shall|expected|expects|plans?|planned|scheduled|due|set\s+to|to\s+be)\b|将|计划|预计|有望|拟|争取"
)
_PAST_AFTER = re.compile(r"\b(?:[a-z]{3,}ed|was|were|had|did)\b|了|已经|已")
_CLAUSE_AFTER_END = re.compile(r"[.;。；!?！？\n]")
_SENTENCE_OPENING = re.compile(
    r"(?:^|[.;。；!?！？\n]\s*)(?:(?:[Ii]n|[Ss]ince|[Ee]arly|[Ll]ate|[Bb]y)\s+|mid-)?$"
)


def _year_of_month(month: int, match: re.Match[str], ref: _Reference) -> int | None:
    """The document's year, or the one before for a later month of which the text speaks in the past."""
    if ref.year is None:
        return None
    text = match.string
    if (
        ref.day is None
        or month <= ref.day.month
        or _SENTENCE_OPENING.search(text, max(0, match.start() - 12), match.start()) is None
    ):
        return ref.year
    end = _CLAUSE_AFTER_END.search(text, match.end())
    after = text[match.end() : min(end.start() if end else len(text), match.end() + 80)]
    if _FUTURE_AFTER.search(after) is None and _PAST_AFTER.search(after) is not None:
        return ref.year - 1
    return ref.year


def _month_only(match: re.Match[str], ref: _Reference) -> DateValue | None:
    month = int(match["m"])
    year = _year_of_month(month, match, ref) if not match.group().startswith(("今年", "本年")) else ref.year
    if year is None or not _valid(year, month):
        return None
    return DateValue(f"{year}-{_two(month)}", "month")


def _year(match: re.Match[str], ref: _Reference) -> DateValue | None:
    year = _zh_year(match["year"])
    end = match.groupdict().get("year2")
    if not _valid(year):
        return None
    if end:
        end_year = int(end) if len(end) == 4 else int(str(year)[: 4 - len(end)] + end)
        return DateValue(str(year), "year", str(end_year) if end_year > year else None)
    return DateValue(str(year), "year")


def _quarter(match: re.Match[str], ref: _Reference) -> DateValue | None:
    year = int(match["year"])
    word = match["q"].casefold()
    quarter = _QUARTER_WORDS.get(word) or _ZH_QUARTERS.get(word) or int(word.lstrip("q"))
    return DateValue(f"{year}-{_two(3 * quarter - 2)}", "quarter") if _valid(year) else None


def _relative_year(match: re.Match[str], ref: _Reference) -> DateValue | None:
    if ref.year is None:
        return None
    return DateValue(str(ref.year + _RELATIVE_YEARS[match.group().casefold()]), "year")


_YEARS_AGO_WORDS = {
    **dict.fromkeys(("a", "an", "one"), 1),
    **{
        word: n for n, word in enumerate(("two", "three", "four", "five", "six", "seven", "eight", "nine"), 2)
    },
    **{"ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30},
    **{"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "二十": 20},
}


def _years_ago(match: re.Match[str], ref: _Reference) -> DateValue | None:
    """ "six years ago", 两年前: the year that many years before the document's."""
    count = match["n"].casefold()
    years = int(count) if count.isdigit() else _YEARS_AGO_WORDS.get(count)
    if ref.year is None or years is None:
        return None
    return DateValue(str(ref.year - years), "year")


def _en_day(match: re.Match[str], ref: _Reference) -> DateValue | None:
    month = _MONTHS[match["month"].rstrip(".").casefold()]
    year = int(match["year"]) if match["year"] else ref.year
    if year is None:
        return None
    start = _day(year, month, int(match["d"]))
    if start is None:
        return None
    end = _day(year, month, int(match["d2"])) if match.groupdict().get("d2") else None
    return DateValue(start, "day", end)


def _en_month(match: re.Match[str], ref: _Reference) -> DateValue | None:
    month = _MONTHS[match["month"].rstrip(".").casefold()]
    year = int(match["year"])
    return DateValue(f"{year}-{_two(month)}", "month") if _valid(year, month) else None


def _en_month_only(match: re.Match[str], ref: _Reference) -> DateValue | None:
    """ "In February", "since March": a month of the document's year."""
    month = _MONTHS[match["month"].casefold()]
    year = _year_of_month(month, match, ref)
    if year is None or not _valid(year, month):
        return None
    return DateValue(f"{year}-{_two(month)}", "month")


def _iso(match: re.Match[str], ref: _Reference) -> DateValue | None:
    start = _day(int(match["year"]), int(match["m"]), int(match["d"]))
    return DateValue(start, "day") if start else None


_FULL_MONTHS = "|".join(names[0].capitalize() for names in MONTH_SPELLINGS)
_MONTH_LEAD = (
    r"(?:(?<=\bin )|(?<=\bIn )|(?<=\bsince )|(?<=\bSince )|(?<=\bby )|(?<=\bBy )|(?<=\buntil )|"
    r"(?<=\bearly )|(?<=\bEarly )|(?<=\blate )|(?<=\bLate )|(?<=\bmid-)|(?<=\bduring )|(?<=\bDuring )|"
    # "at the end of April", "from the beginning of March"
    r"(?<=\bend of )|(?<=\bstart of )|(?<=\bbeginning of )|(?<=\bmiddle of ))"
)
_ZH_YEAR = r"(?P<year>\d{4}|[〇零一二三四五六七八九]{4})"
_D = r"(?P<d>[0-3]?\d)"
_M = r"(?P<m>1[0-2]|0?[1-9])"
_NOT_DIGIT_BEFORE = r"(?<![\d.\-/])"

# (pattern, flags, builder, anchors): every date starts where one of its anchors does (a number,
# a year in numerals, a month's or a weekday's name, a relative word); overlaps are resolved
# longest-first.
_DIGIT, _ZH_YEAR_ANCHOR, _MONTH_ANCHOR = "digit", "zhyear", "month"
_PATTERN_TABLE: tuple[tuple[str, int, Builder, tuple[str, ...]], ...] = (
    (
        rf"{_ZH_YEAR}\s*年\s*{_M}\s*月\s*{_D}\s*[日号](?:\s*(?:至|到|－|—|-|~|～)\s*(?:(?P<m2>1[0-2]|0?[1-9])\s*月\s*)?(?P<d2>[0-3]?\d)\s*[日号])?",
        0,
        _full_day,
        (_DIGIT, _ZH_YEAR_ANCHOR),
    ),
    (
        rf"{_NOT_DIGIT_BEFORE}{_M}\s*月\s*{_D}\s*[日号](?:\s*(?:至|到|－|—|-|~|～)\s*(?:(?P<m2>1[0-2]|0?[1-9])\s*月\s*)?(?P<d2>[0-3]?\d)\s*[日号])?",
        0,
        _month_day,
        (_DIGIT,),
    ),
    (r"(?P<year>\d{4})\s*年\s*(?:第\s*)?(?P<q>[一二三四1-4])\s*季度", 0, _quarter, (_DIGIT,)),
    # (2020年初步完成 is "preliminarily", no start of the year)
    (r"(?P<year>\d{4})\s*年\s*(?P<part>年底|年末|年初|底|末|初)(?![步期次级始])", 0, _year_part, (_DIGIT,)),
    (rf"{_ZH_YEAR}\s*年\s*{_M}\s*月(?!\s*[\d份]*\s*[日号])", 0, _year_month, (_DIGIT, _ZH_YEAR_ANCHOR)),
    (
        r"(?P<year>[〇零一二三四五六七八九]{4})\s*年\s*(?P<zm>十[一二]?|[一二三四五六七八九])\s*月"
        r"(?:\s*(?P<zd>三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号])?",
        0,
        _zh_numeral_date,
        (_ZH_YEAR_ANCHOR,),
    ),
    (rf"{_NOT_DIGIT_BEFORE}{_ZH_YEAR}\s*年(?![代度级])", 0, _year, (_DIGIT, _ZH_YEAR_ANCHOR)),
    (
        r"(?P<zm>十[一二]?|[一二三四五六七八九])月(?P<zd>三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]",
        0,
        _zh_numeral_month_day,
        ("zhmonthday",),
    ),
    (
        r"(?P<zd>三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九])日",
        0,
        _zh_numeral_month_day,
        ("zhday",),
    ),
    (
        r"(?P<shift>上个|上|本|这个|下个|下)月(?![度刊薪])(?:上旬|中旬|下旬|初|底|末)?",
        0,
        _shifted_month,
        ("monthzh",),
    ),
    (r"\b(?P<shift>[Ll]ast|[Tt]his|[Nn]ext)\s+month\b", 0, _shifted_month, ("monthen",)),
    (rf"(?<![\d个半])(?:今年|本年)?{_M}\s*月(?:份)?(?![\d日号])", 0, _month_only, (_DIGIT, "relzh")),
    (r"(?P<rel>今年|本年|明年|去年|前年)(?P<part>年底|年末|年初|底|初)", 0, _year_end, ("relzh",)),
    (
        r"(?:the\s+)?(?P<part>end|start|beginning)\s+of\s+(?P<rel>this|next|last)\s+year\b",
        re.IGNORECASE,
        _year_end,
        ("relen",),
    ),
    (r"本年度|今年|本年|年内|明年|去年|前年", 0, _relative_year, ("relzh",)),
    (r"前天|昨天|昨日|今天|今日|明天|明日|后天", 0, _relative_day, ("dayzh",)),
    (r"(?<![\d.,])(?P<n>\d{1,2}|[两二三四五六七八九十]{1,2})\s*年前", 0, _years_ago, (_DIGIT, "agozh")),
    (r"\b(?P<n>\d{1,2}|[A-Za-z]+)\s+years?\s+ago\b", 0, _years_ago, ("agoen",)),
    (r"\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow)\b", 0, _relative_day, ("dayen",)),
    (
        rf"(?P<rel>前年|去年|今年|明年|本年)\s*{_M}\s*月(?:份)?(?:\s*{_D}\s*[日号])?",
        0,
        _relative_month,
        ("relzh",),
    ),
    (
        # "May last year", "January 15 next year": a month or a day of a year counted from the document's
        rf"\b{_MONTH}(?:\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?)?,?\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b",
        re.IGNORECASE,
        _relative_month,
        (_MONTH_ANCHOR,),
    ),
    (
        # 通车仪式当天, "on the same day": the day last named, else the document's
        _SAME_DAY,
        0,
        _same_day,
        ("sameday",),
    ),
    (
        # "last October", "next March": the nearest such month before or after the document's
        rf"\b(?P<shift>[Ll]ast|[Nn]ext)\s+(?P<month>{_FULL_MONTHS})\b(?!\s+\d)",
        0,
        _named_month_shifted,
        ("shiftmonth",),
    ),
    (
        rf"(?<![\d月.\-/]){_D}\s*日(?![本内])(?:\s*(?:至|到|－|—|-|~|～)\s*(?P<d2>[0-3]?\d)\s*日)?",
        0,
        _bare_day,
        (_DIGIT,),
    ),
    (
        r"(?<!每)(?P<shift>上个|下个|上|下|本|这)?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])",
        0,
        _weekday,
        ("wdzh",),
    ),
    (
        rf"\b(?:(?P<shift>last|next|this)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        rf"(?!,?\s+(?:{_MONTH_NAMES}|\d))",
        0,
        _weekday,
        ("wden",),
    ),
    (
        # "in March and December 2021": the first month takes the year the second one states
        rf"\b{_MONTH}(?=\s+(?:and|or|to|through|until|-|–)\s+(?:{_MONTH_NAMES})\.?\s*,?\s+(?P<year>\d{{4}})\b)",
        0,
        _en_month,
        (_MONTH_ANCHOR,),
    ),
    (r"(?<![\d\-/])(?P<year>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d\-])", 0, _iso, (_DIGIT,)),
    (r"(?<![\d\-/])(?P<year>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\d/])", 0, _iso, (_DIGIT,)),
    (
        # "from 12 to 18 November 2018", "4-6 September": a range of days before their month
        rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|to)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+{_MONTH}"
        rf"(?:\s*,?\s+(?P<year>\d{{4}})\b|\b(?!\s*,?\s*\d))",
        0,
        _en_day,
        (_DIGIT,),
    ),
    (
        rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+{_MONTH}\s*,?\s+(?P<year>\d{{4}})\b",
        0,
        _en_day,
        (_DIGIT,),
    ),
    (
        rf"\b{_MONTH}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*(?:-|–|to)\s*(?P<d2>[0-3]?\d))?(?:\s*,\s*|\s+)(?P<year>\d{{4}})\b",
        0,
        _en_day,
        (_MONTH_ANCHOR,),
    ),
    (
        rf"\b{_MONTH}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*(?:-|–|to)\s*(?P<d2>[0-3]?\d))?\b(?![\d:])(?P<year>)",
        0,
        _en_day,
        (_MONTH_ANCHOR,),
    ),
    (rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+{_MONTH}\b(?!\s*,?\s*\d)(?P<year>)", 0, _en_day, (_DIGIT,)),
    (rf"\b{_MONTH},?\s+(?P<year>\d{{4}})\b", 0, _en_month, (_MONTH_ANCHOR,)),
    (
        # a month named alone after a word of time ("In February, …"): the document's year
        rf"{_MONTH_LEAD}(?P<month>{_FULL_MONTHS})\b(?!\s*,?\s*\d)(?!\s+(?:of\s+)?(?:last|this|next)\s+year)",
        0,
        _en_month_only,
        (_MONTH_ANCHOR,),
    ),
    (
        r"\b(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+(?P<year>\d{4})\b",
        re.IGNORECASE,
        _quarter,
        ("quarter",),
    ),
    (
        r"\b(?P<q>Q[1-4])\s*(?P<year>\d{4})\b|\b(?P<year2>\d{4})\s*(?P<q2>Q[1-4])\b",
        0,
        lambda m, r: _quarter_alt(m),
        (_DIGIT, "q"),
    ),
    (
        r"\b(?:later\s+)?this\s+year\b|\bnext\s+year\b|\blast\s+year\b",
        re.IGNORECASE,
        _relative_year,
        ("relen",),
    ),
    (
        rf"{_YEAR_LEAD}(?P<year>1[89]\d\d|20\d\d|21\d\d)(?:\s*(?:-|–|to)\s*(?P<year2>(?:1[89]|2[01])?\d\d))?\b(?![\d%]|[.,]\d|\s*(?:km|kilomet|miles?|people|per|percent|acres?|MW|GW|units?)\b)",
        0,
        _year,
        (_DIGIT,),
    ),
)
# Where a date can start. Each anchor regex opens with a character class or a literal, so the
# regex engine skips to its candidates without trying every position; only the patterns of an
# anchor's kind are then tried there, anchored.
_ANCHOR_SCANS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("digit", re.compile(r"\d+\s*(?P<next>.?)", re.DOTALL)),
    ("zhyear", re.compile(r"[〇零一二三四五六七八九][〇零一二三四五六七八九]{3}(?=\s*年)")),
    ("relzh", re.compile(r"本年度|今年|本年|年内|明年|去年|前年")),
    ("wdzh", re.compile(r"(?:周|星期|礼拜)[一二三四五六日天]")),
    ("dayzh", re.compile(r"[前昨今明后][天日]")),
    (
        "zhmonthday",
        re.compile(
            r"(?<![〇零一二三四五六七八九十第年])(?:十[一二]?|[一二三四五六七八九])月(?=[一二三四五六七八九十]{1,3}[日号])"
        ),
    ),
    (
        "zhday",
        re.compile(
            r"(?<![〇零一二三四五六七八九十第月约近共达])(?<!持续|历时|为期|长达|用时|超过)"
            r"(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九])(?=日(?![本内以]))"
        ),
    ),
    ("monthzh", re.compile(r"(?<![\d一二三四五六七八九十个每线网早晚马])(?:上个|上|本|这个|下个|下)月")),
    ("monthen", re.compile(r"\b[LlTtNn](?:ast|his|ext)\s+month\b")),
    ("shiftmonth", re.compile(r"\b[LlNn](?:ast|ext)\s+(?=[JFMASOND][a-z]+\b)")),
    (
        "sameday",
        re.compile(_SAME_DAY),
    ),
    ("agozh", re.compile(r"(?<![\d第一两二三四五六七八九十百千])[两二三四五六七八九十]{1,2}(?=年前)")),
    ("agoen", re.compile(r"\byears?\s+ago\b")),
    ("dayen", re.compile(r"[YyTt](?:esterday|oday|omorrow)\b")),
    ("wden", re.compile(r"[MTWFS](?:on|ues|ednes|hurs|ri|atur|un)day\b")),
    ("relen", re.compile(r"[TtNnLl](?:his|ext|ast)\s+year\b")),
    ("quarter", re.compile(r"[Qq]uarter\b")),
    ("q", re.compile(r"Q[1-4]")),
    (
        "month",
        re.compile(
            r"[JFMASOND](?:anuary|ebruary|arch|pril|ay|une|uly|ugust|eptember|ctober|ovember|ecember|an|eb|ar|pr|"
            r"un|ul|ug|ept?|ct|ov|ec)\b"
        ),
    ),
)
# What may stand before an anchor and still belong to the date: 上周二, "next Monday", "later this
# year", "the fourth quarter"
_LEAD_INS: dict[str, re.Pattern[str]] = {
    "wdzh": re.compile(r"(?:上个|下个|上|下|本|这)?\Z"),
    "wden": re.compile(r"(?:(?:last|next|this)\s+)?\Z"),
    "relen": re.compile(r"(?:later\s+|(?:the\s+)?(?:end|start|beginning)\s+of\s+)?\Z", re.IGNORECASE),
    "agoen": re.compile(r"\b(?:\d{1,2}|[A-Za-z]+)\s+\Z"),
    "quarter": re.compile(r"(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+\Z", re.IGNORECASE),
}


# A number is a year, a month or a day by the character after it (2014年, 7月, 13日), or else part
# of an English or an ISO date.
_DIGIT_KINDS = {"年": "digit-year", "月": "digit-month", "日": "digit-day", "号": "digit-day"}


# words one of which a text must hold for an anchor kind to be worth scanning for (a speed-up)
_ANCHOR_NEEDS = {"agozh": "年前", "agoen": "ago"}


def _anchors(text: str) -> Iterator[tuple[str, int]]:
    """(kind, start) of every place a date can start."""
    for kind, scan in _ANCHOR_SCANS:
        needs = _ANCHOR_NEEDS.get(kind)
        if needs is not None and needs not in text:
            continue
        lead_in = _LEAD_INS.get(kind)
        for match in scan.finditer(text):
            start = match.start()
            if kind == "digit":
                yield _DIGIT_KINDS.get(match["next"], "digit-other"), start
                continue
            if lead_in is not None:
                before = lead_in.search(text, max(0, start - 24), start)
                if before is not None:
                    start = before.start()
            yield kind, start


_COMPILED = tuple(
    (re.compile(pattern, flags), builder, kinds) for pattern, flags, builder, kinds in _PATTERN_TABLE
)
# the builders a number's next character calls for (年: a year; 月: a month; 日: a day); any
# other number may start an ISO, an English or a bare year date
_DIGIT_BUILDERS: dict[str, frozenset[Builder]] = {
    "digit-year": frozenset({_full_day, _quarter, _year_part, _year_month, _year, _years_ago}),
    "digit-month": frozenset({_month_day, _month_only}),
    "digit-day": frozenset({_bare_day}),
}
_CHINESE_ONLY = frozenset(
    {_full_day, _quarter, _year_part, _year_month, _month_day, _month_only, _bare_day, _years_ago}
)


def _patterns_for(kind: str) -> tuple[tuple[re.Pattern[str], Builder], ...]:
    if kind in _DIGIT_BUILDERS:
        allowed = _DIGIT_BUILDERS[kind]
        return tuple(
            (regex, build) for regex, build, kinds in _COMPILED if _DIGIT in kinds and build in allowed
        )
    if kind == "digit-other":
        return tuple(
            (regex, build)
            for regex, build, kinds in _COMPILED
            if _DIGIT in kinds and build not in _CHINESE_ONLY
        )
    return tuple((regex, build) for regex, build, kinds in _COMPILED if kind in kinds)


_BY_ANCHOR: dict[str, tuple[tuple[re.Pattern[str], Builder], ...]] = {
    kind: _patterns_for(kind)
    for kind in (
        *_DIGIT_BUILDERS,
        "digit-other",
        "zhyear",
        "wdzh",
        "relzh",
        "dayzh",
        "zhmonthday",
        "zhday",
        "monthzh",
        "monthen",
        "shiftmonth",
        "sameday",
        "agozh",
        "agoen",
        "dayen",
        "wden",
        "relen",
        "quarter",
        "q",
        "month",
    )
}


def _quarter_alt(match: re.Match[str]) -> DateValue | None:
    year = int(match["year"] or match["year2"])
    quarter = int((match["q"] or match["q2"])[1])
    return DateValue(f"{year}-{_two(3 * quarter - 2)}", "quarter") if _valid(year) else None


_COORDINATED_MONTH = re.compile(r"\s*(?:和|与|、|及|至|到|或|－|—|-)\s*")
_STATED_YEAR_MONTH = re.compile(r"\d{4}|[〇零一二三四五六七八九]{4}")


def _share_stated_years(text: str, dates: list[DateMention]) -> list[DateMention]:
    """2021年3月和12月: a month read against the document's year takes the year stated just before."""
    shared: list[DateMention] = []
    for date in dates:
        value = date.value
        if shared and value.precision == "month" and date.text.rstrip("份").endswith("月"):
            last = shared[-1]
            if (
                last.value.precision == "month"
                and _STATED_YEAR_MONTH.match(last.text) is not None
                and _STATED_YEAR_MONTH.search(date.text) is None
                and _COORDINATED_MONTH.fullmatch(text, last.span.end, date.span.start)
            ):
                value = DateValue(f"{last.value.iso[:4]}{value.iso[4:]}", "month")
        shared.append(DateMention(date.span, date.text, value))
    return shared


# "Last year, … until November 25", 去年…10月22日: a day or month without a year, after a year
# stated relative to the document's in the same sentence, is of that year
_SHIFTING_YEARS = re.compile(r"^(?:last|next)\s+year$|^(?:去年|前年|明年)$", re.IGNORECASE)
_STATED_YEAR = re.compile(r"\d{4}|[〇零一二三四五六七八九]{4}|年")
_NAMED_MONTH = re.compile(rf"月|\b(?:{_MONTH_NAMES})\b")
_SENTENCE_END = re.compile(r"[.。!?！？]\s|[。！？]|\n")


def _share_relative_years(text: str, dates: list[DateMention]) -> list[DateMention]:
    shared: list[DateMention] = []
    year: tuple[str, int] | None = None  # the relative year in force, and where its sentence ends
    for date in dates:
        if year is not None and date.span.start >= year[1]:
            year = None
        value = date.value
        if _SHIFTING_YEARS.match(date.text):
            end = _SENTENCE_END.search(text, date.span.end)
            year = (value.iso, end.start() if end else len(text))
        elif (
            year is not None
            and value.precision in ("day", "month")
            and _NAMED_MONTH.search(date.text)  # (not a weekday, read against the document's day)
            and not _STATED_YEAR.search(date.text)
        ):
            end_value = f"{year[0]}{value.end[4:]}" if value.end else None
            value = DateValue(f"{year[0]}{value.iso[4:]}", value.precision, end_value)
            if not _valid(*map(int, value.iso.split("-"))):
                value = date.value
        shared.append(DateMention(date.span, date.text, value))
    return shared


def find_dates(text: str, *, reference: str | None = None) -> tuple[DateMention, ...]:
    """Every date of ``text``, sorted and non-overlapping (the longest reading wins).

    ``reference`` (``YYYY-MM-DD`` or ``YYYY``) anchors forms without a year; without it they
    are skipped, because a year cannot be invented.
    """
    ref = _Reference(reference)
    found: list[tuple[int, int, DateValue]] = []
    for kind, start in _anchors(text):
        for pattern, build in _BY_ANCHOR[kind]:
            match = pattern.match(text, start)
            if match is None or match.end() == start:
                continue
            value = build(match, ref)
            if value is not None and _in_date_years(value):
                found.append((start, match.end(), value))
    found.sort(key=lambda item: (item[0], -(item[1] - item[0])))
    result: list[DateMention] = []
    last_end = -1
    for start, end, value in found:
        if start < last_end:
            continue
        result.append(DateMention(Span(start, end), text[start:end], value))
        last_end = end
    return tuple(_share_same_days(_share_relative_years(text, _share_stated_years(text, result))))
