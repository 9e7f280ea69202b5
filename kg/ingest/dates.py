"""Publication dates from metadata → ``YYYY-MM-DD``, or ``YYYY-MM`` / ``YYYY`` when that is all it says.

Front matter, JSON lines, HTML metadata and digest headers give dates as ``date`` objects or as
strings: "2018-07-14", "2018/7/14", "2018.7.14", "2018年7月14日", "20180714",
"2018-07-14T10:00:00+08:00", "July 14, 2018", "14 Jul 2018". Archives and scraped pages often
know only the month or the year ("2018-07", "2018年7月", "July 2018", "2018"): such a date is
kept at that precision, since its year still anchors 7月13日 or "last year" in the text (the
RDF says ``xsd:gYearMonth`` / ``xsd:gYear``). A value that is no date, or no real calendar date,
is dropped with a warning naming the document; the document itself is kept.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

log = logging.getLogger(__name__)

# The English month names and their abbreviations, January first (also read by kg.extract.dates).
MONTH_SPELLINGS: tuple[tuple[str, ...], ...] = (
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
)
DATE_YEARS = range(1000, 3000)
"""The years a date may have, in metadata and in text (four digits, so that every date reads as
``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a document dated outside them has no date)."""
_MONTHS = {name: number for number, names in enumerate(MONTH_SPELLINGS, start=1) for name in names}
_NUMERIC = re.compile(
    r"(?P<y>\d{4})\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*(?P<d>\d{1,2})\s*日?"
    r"(?:(?:[T\s]|\s*号).*)?"
)
_COMPACT = re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})")
_MONTH_FIRST = re.compile(
    r"(?:[A-Za-z]+,?\s+)?(?P<month>[A-Za-z]+)\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})"
)
_DAY_FIRST = re.compile(
    r"(?:[A-Za-z]+,?\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[A-Za-z]+)\.?,?\s+(?P<y>\d{4})"
)
_NUMERIC_MONTH = re.compile(r"(?P<y>\d{4})\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})\s*月?")
_WORDED_MONTH = re.compile(r"(?P<month>[A-Za-z]+)\.?,?\s+(?P<y>\d{4})")
_YEAR = re.compile(r"(?P<y>\d{4})\s*年?")


def normalize_date(value: object, *, origin: str) -> str | None:
    """``value`` as ``YYYY-MM-DD`` (``YYYY-MM`` or ``YYYY`` when it gives no day), or None with a
    warning naming ``origin`` when it is no date.

    >>> normalize_date("2018年7月14日", origin="a.md"), normalize_date("July 2018", origin="a.md")
    ('2018-07-14', '2018-07')
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        iso: str | None = value.date().isoformat()
    elif isinstance(value, dt.date):
        iso = value.isoformat()
    else:
        text = str(value).strip()
        day = None if (partial := _parse_partial(text)) else _parse(text)
        iso = partial or (day.isoformat() if day else None)
    if iso is None:
        log.warning(
            "%s: dropped the date %r: not a calendar date (write it as YYYY-MM-DD); the document is kept",
            origin,
            value,
        )
        return None
    year = int(iso.partition("-")[0])
    if year not in DATE_YEARS:
        log.warning(
            "%s: dropped the date %r: the year %d is outside %d–%d (a typo?); the document is kept",
            origin,
            value,
            year,
            DATE_YEARS.start,
            DATE_YEARS.stop - 1,
        )
        return None
    return iso


def _parse_partial(text: str) -> str | None:
    """``YYYY-MM`` or ``YYYY`` for a date that names only a month or a year; None otherwise."""
    match = _NUMERIC_MONTH.fullmatch(text)
    if match and 1 <= int(match["m"]) <= 12:
        return f"{match['y']}-{int(match['m']):02d}"
    match = _WORDED_MONTH.fullmatch(text)
    if match and match["month"].lower() in _MONTHS:
        return f"{match['y']}-{_MONTHS[match['month'].lower()]:02d}"
    match = _YEAR.fullmatch(text)
    return match["y"] if match else None


def _parse(text: str) -> dt.date | None:
    for pattern in (_NUMERIC, _COMPACT):
        match = pattern.fullmatch(text)
        if match:
            return _date(match["y"], match["m"], match["d"])
    for pattern in (_MONTH_FIRST, _DAY_FIRST):
        match = pattern.fullmatch(text)
        if match and match["month"].lower() in _MONTHS:
            return _date(match["y"], str(_MONTHS[match["month"].lower()]), match["d"])
    return None


def _date(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
