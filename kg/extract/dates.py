"""Dates in Chinese and English text: ``text → DateMention`` with an ISO value as precise as stated.

Pure functions, no document needed: relative forms (7月13日, "July 13", 今年, "this year") are read
against a reference date (the document's date), and dropped when there is none.

>>> [(d.text, d.value.iso) for d in find_dates("项目于2011年发起，2014年11月14日贯通")]
[('2011年', '2011'), ('2014年11月14日', '2014-11-14')]
>>> find_dates("ISLAMABAD, July 13 (Xinhua)", reference="2018-07-14")[0].value
DateValue(iso='2018-07-13', precision='day', end=None)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from kg.model import DateValue, Span

__all__ = ["DateMention", "find_dates"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found in a text: where, as written, and its value."""

    span: Span
    text: str
    value: DateValue


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        1,
    )
    for name in names
}
_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_ZH_DIGITS = {
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
_RELATIVE_YEARS = {
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
    return 1 <= month <= 12 and 1 <= day <= days[month - 1] and 1000 <= year <= 2999


def _day(year: int, month: int, day: int) -> str | None:
    return f"{year}-{_two(month)}-{_two(day)}" if _valid(year, month, day) else None


_FOUR_DIGITS = re.compile(r"\d{4}")


def _reference_year(reference: str | None) -> int | None:
    if reference and _FOUR_DIGITS.match(reference):
        return int(reference[:4])
    return None


def _zh_year(text: str) -> int:
    if text.isdigit():
        return int(text)
    return int("".join(str(_ZH_DIGITS[ch]) for ch in text))


Builder = Callable[["re.Match[str]", int | None], DateValue | None]


def _full_day(match: re.Match[str], ref_year: int | None) -> DateValue | None:
    year, month, day = _zh_year(match["year"]), int(match["m"]), int(match["d"])
    start = _day(year, month, day)
    if start is None:
        return None
    end = None
    if match["d2"]:
        end = _day(year, int(match["m2"] or month), int(match["d2"]))
    return DateValue(start, "day", end)


def _month_day(match: re.Match[str], ref_year: int | None) -> DateValue | None:
    if ref_year is None:
        return None
    month, day = int(match["m"]), int(match["d"])
    start = _day(ref_year, month, day)
    if start is None:
        return None
    end = _day(ref_year, int(match["m2"] or month), int(match["d2"])) if match["d2"] else None
    return DateValue(start, "day", end)


def _year_month(match: re.Match[str], ref_year: int | None) -> DateValue | None:
    year, month = _zh_year(match["year"]), int(match["m"])
    return DateValue(f"{year}-{_two(month)}", "month") if _valid(year, month) else None


def _month_only(match: re.Match[str], ref_year: int | None) -> DateValue | None:
    month = int(match["m"])
    if ref_year is None or not _valid(ref_year, month):
        return None
    return DateValue(f"{ref_year}-{_two(month)}", "month")


def _year(match: re.Match[str], ref_year: int | None) -> DateValue | None:
    year = _zh_year(match["year"])
    end = match.groupdict().get("year2")
    if not _valid(year):
        return None
    if end:
        end_year = int(end) if len(end) == 4 else int(str(year)[: 4 - len(end)] + end)
        return DateValue(str(year), "year", str(end_year) if end_year > year else None)
    return DateValue(str(year), "year")


def _quarter(match: re.Match[str], ref_year: int | None) -> DateValue | None:
    year = int(match["year"])
    word = match["q"].casefold()
    quarter = _QUARTER_WORDS.get(word) or _ZH_QUARTERS.get(word) or int(word.lstrip("q"))
    return DateValue(f"{year}-{_two(3 * quarter - 2)}", "quarter") if _valid(year) else None


def _relative_year(match: re.Match[str], ref_year: int | None) -> DateValue | None:
    if ref_year is None:
        return None
    return DateValue(str(ref_year + _RELATIVE_YEARS[match.group().casefold()]), "year")


def _en_day(match: re.Match[str], ref_year: int | None) -> DateValue | None:
    month = _MONTHS[match["month"].rstrip(".").casefold()]
    year = int(match["year"]) if match["year"] else ref_year
    if year is None:
        return None
    start = _day(year, month, int(match["d"]))
    if start is None:
        return None
    end = _day(year, month, int(match["d2"])) if match.groupdict().get("d2") else None
    return DateValue(start, "day", end)


def _en_month(match: re.Match[str], ref_year: int | None) -> DateValue | None:
    month = _MONTHS[match["month"].rstrip(".").casefold()]
    year = int(match["year"])
    return DateValue(f"{year}-{_two(month)}", "month") if _valid(year, month) else None


def _iso(match: re.Match[str], ref_year: int | None) -> DateValue | None:
    start = _day(int(match["year"]), int(match["m"]), int(match["d"]))
    return DateValue(start, "day") if start else None


_ZH_YEAR = r"(?P<year>\d{4}|[〇零一二三四五六七八九]{4})"
_D = r"(?P<d>[0-3]?\d)"
_M = r"(?P<m>1[0-2]|0?[1-9])"
_NOT_DIGIT_BEFORE = r"(?<![\d.\-/])"

# (pattern, builder): longer, more precise forms first; overlaps are resolved longest-first.
_PATTERNS: tuple[tuple[re.Pattern[str], Builder], ...] = tuple(
    (re.compile(pattern, flags), builder)
    for pattern, flags, builder in (
        (
            rf"{_ZH_YEAR}\s*年\s*{_M}\s*月\s*{_D}\s*[日号](?:\s*(?:至|到|－|—|-|~|～)\s*(?:(?P<m2>1[0-2]|0?[1-9])\s*月\s*)?(?P<d2>[0-3]?\d)\s*[日号])?",
            0,
            _full_day,
        ),
        (
            rf"{_NOT_DIGIT_BEFORE}{_M}\s*月\s*{_D}\s*[日号](?:\s*(?:至|到|－|—|-|~|～)\s*(?:(?P<m2>1[0-2]|0?[1-9])\s*月\s*)?(?P<d2>[0-3]?\d)\s*[日号])?",
            0,
            _month_day,
        ),
        (r"(?P<year>\d{4})\s*年\s*(?:第\s*)?(?P<q>[一二三四1-4])\s*季度", 0, _quarter),
        (rf"{_ZH_YEAR}\s*年\s*{_M}\s*月(?!\s*[\d份]*\s*[日号])", 0, _year_month),
        (rf"{_NOT_DIGIT_BEFORE}{_ZH_YEAR}\s*年(?![代度级])", 0, _year),
        (rf"(?<![\d个半])(?:今年|本年)?{_M}\s*月(?:份)?(?![\d日号])", 0, _month_only),
        (r"本年度|今年|本年|年内|明年|去年", 0, _relative_year),
        (r"(?<![\d\-/])(?P<year>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d\-])", 0, _iso),
        (r"(?<![\d\-/])(?P<year>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\d/])", 0, _iso),
        (
            rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+{_MONTH}\s*,?\s+(?P<year>\d{{4}})\b",
            0,
            _en_day,
        ),
        (
            rf"\b{_MONTH}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*(?:-|–|to)\s*(?P<d2>[0-3]?\d))?(?:\s*,\s*|\s+)(?P<year>\d{{4}})\b",
            0,
            _en_day,
        ),
        (
            rf"\b{_MONTH}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*(?:-|–|to)\s*(?P<d2>[0-3]?\d))?\b(?![\d:])(?P<year>)",
            0,
            _en_day,
        ),
        (rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+{_MONTH}\b(?!\s*,?\s*\d)(?P<year>)", 0, _en_day),
        (rf"\b{_MONTH},?\s+(?P<year>\d{{4}})\b", 0, _en_month),
        (
            r"\b(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+(?P<year>\d{4})\b",
            re.IGNORECASE,
            _quarter,
        ),
        (
            r"\b(?P<q>Q[1-4])\s*(?P<year>\d{4})\b|\b(?P<year2>\d{4})\s*(?P<q2>Q[1-4])\b",
            0,
            lambda m, r: _quarter_alt(m),
        ),
        (r"\b(?:later\s+)?this\s+year\b|\bnext\s+year\b|\blast\s+year\b", re.IGNORECASE, _relative_year),
        (
            rf"{_YEAR_LEAD}(?P<year>1[89]\d\d|20\d\d|21\d\d)(?:\s*(?:-|–|to)\s*(?P<year2>(?:1[89]|2[01])?\d\d))?\b(?![\d%]|[.,]\d|\s*(?:km|kilomet|miles?|people|per|percent|acres?|MW|GW|units?)\b)",
            0,
            _year,
        ),
    )
)


def _quarter_alt(match: re.Match[str]) -> DateValue | None:
    year = int(match["year"] or match["year2"])
    quarter = int((match["q"] or match["q2"])[1])
    return DateValue(f"{year}-{_two(3 * quarter - 2)}", "quarter") if _valid(year) else None


_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _needs(pattern: re.Pattern[str], build: Builder) -> tuple[str, ...] | None:
    """Substrings one of which a text must hold for a pattern to be worth trying (a speed-up)."""
    if build in (_month_day, _month_only, _full_day, _year_month):
        return ("月",)
    if build is _relative_year:
        return ("年", "year", "Year", "YEAR")
    if build is _iso:
        return ("-", "/")
    if build in (_en_day, _en_month):
        return tuple(form for stem in _MONTH_STEMS for form in (stem, stem.capitalize(), stem.upper()))
    if build is _quarter:
        return ("季度", "quarter", "Quarter", "QUARTER")
    if "年" in pattern.pattern:
        return ("年",)
    return None


_NEEDS = tuple(_needs(pattern, build) for pattern, build in _PATTERNS)
_ANCHOR = re.compile(
    r"\d|[〇零一二三四五六七八九]{4}年|今年|本年|年内|明年|去年|\b(?:this|next|last)\s+year\b", re.IGNORECASE
)


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around digits and year words: the only places a date can be (a speed-up)."""
    windows: list[tuple[int, int]] = []
    for match in _ANCHOR.finditer(text):
        lo, hi = max(0, match.start() - 40), min(len(text), match.end() + 40)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
        else:
            windows.append((lo, hi))
    return windows


def find_dates(text: str, *, reference: str | None = None) -> tuple[DateMention, ...]:
    """Every date of ``text``, sorted and non-overlapping (the longest reading wins).

    ``reference`` (``YYYY-MM-DD`` or ``YYYY``) anchors forms without a year; without it they
    are skipped, because a year cannot be invented.
    """
    ref_year = _reference_year(reference)
    found: list[tuple[int, int, DateValue]] = []
    windows = _windows(text)
    present: dict[tuple[str, ...], bool] = {}  # each pre-check made once per text
    for (pattern, build), needs in zip(_PATTERNS, _NEEDS, strict=True):
        if needs is not None:
            if needs not in present:
                present[needs] = any(word in text for word in needs)
            if not present[needs]:
                continue
        for match in (m for lo, hi in windows for m in pattern.finditer(text, lo, hi)):
            if match.start() == match.end():
                continue
            value = build(match, ref_year)
            if value is not None:
                found.append((match.start(), match.end(), value))
    found.sort(key=lambda item: (item[0], -(item[1] - item[0])))
    result: list[DateMention] = []
    last_end = -1
    for start, end, value in found:
        if start < last_end:
            continue
        result.append(DateMention(Span(start, end), text[start:end], value))
        last_end = end
    return tuple(result)
