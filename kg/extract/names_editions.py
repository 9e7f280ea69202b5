"""Editions of a recurring event: 首届中国—中亚峰会 = "the first China–Central Asia Summit".

An edition (one meeting, with its date and place) is an event of its own, apart from the series
the lexicon knows (the China–Central Asia Summit as a recurring meeting). An edition is a name
that opens with an ordinal and goes on with the series' name: 首届, 第二届, 第25次, "first",
"second", "25th", "inaugural". Each edition gets a canonical English name made of the ordinal
and the series' English name ("second Belt and Road Forum"), so the Chinese and the English
names of one edition name one thing.

A document about one edition often names it by the series alone afterwards ("中国—中亚峰会成功
举行"): where a document names exactly one edition of a series, its bare mentions of that series
are that edition, except those said to be another one (下届, 下次, "next", "last").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.dates import ZH_DIGITS
from kg.extract.mentions_candidate import Candidate
from kg.lexicon import Lexicon
from kg.model import EntityClass

__all__ = ["edition_names", "edition_number"]

_EVENT = EntityClass.EVENT
_ORDINAL_ZH = re.compile(r"(?:首|第([零〇一二三四五六七八九十百两\d]+))(?:届|次)")
_ORDINAL_EN = re.compile(
    r"(?:[Tt]he\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|inaugural|"
    r"\d{1,3}(?:st|nd|rd|th))\s+",
    re.IGNORECASE,
)
_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_DIGITS_ZH = {**ZH_DIGITS, "两": 2}  # editions are counted with 两 too (两届)
_ANOTHER = re.compile(
    r"(?:下届|下次|下一届|上届|上次|前几届|历届|[Nn]ext|[Ll]ast|[Pp]revious|[Ff]uture|[Pp]ast)\s*$"
)


def edition_names(
    text: str, chosen: Sequence[Candidate], lexicon_candidates: Sequence[Candidate], lexicon: Lexicon
) -> list[Candidate]:
    """``chosen`` with each edition given its canonical name and, where the document names one
    edition of a series, the series' bare mentions read as that edition."""
    chosen = [_with_ordinal_before(text, c) for c in chosen]
    series_by_end = {
        c.end: c for c in lexicon_candidates if c.cls is _EVENT and c.key and c.source == "lexicon"
    }
    if not series_by_end:
        return list(chosen)
    editions: dict[str, str] = {}
    result = []
    for candidate in chosen:
        if candidate.cls is _EVENT and candidate.source == "pattern":
            named = _edition(text, candidate, series_by_end.get(candidate.end), lexicon)
            if named is not None:
                key, canonical = named
                editions.setdefault(key, canonical)
                editions[key] = canonical if editions[key] == canonical else ""
                candidate = candidate._replace(canonical=canonical)  # noqa: PLW2901
        result.append(candidate)
    if not editions:
        return result
    return [_as_edition(text, candidate, editions) for candidate in result]


# "at the second Pakistan-China B2B conference": a lower-case ordinal the name's capitals leave out
_ORDINAL_BEFORE_EN = re.compile(
    r"\b[Tt]he\s+((?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|inaugural|"
    r"\d{1,3}(?:st|nd|rd|th))\s+)$"
)


def _with_ordinal_before(text: str, candidate: Candidate) -> Candidate:
    """A discovered meeting's name with the ordinal of its edition before it, when the text
    gives one after "the" (a Chinese name's walk already takes 第二届 in)."""
    if candidate.cls is not _EVENT or candidate.source != "pattern" or candidate.canonical:
        return candidate
    before = _ORDINAL_BEFORE_EN.search(text, max(0, candidate.start - 20), candidate.start)
    if before is None:
        return candidate
    return candidate._replace(start=before.start(1), rule="edition-of-a-discovered-meeting")


def _edition(
    text: str, candidate: Candidate, series: Candidate | None, lexicon: Lexicon
) -> tuple[str, str] | None:
    """(series key, canonical name) of an edition: an ordinal right before the series' name."""
    if series is None or series.key is None or series.start <= candidate.start:
        return None
    opening = text[candidate.start : series.start].strip(" “”\"'")
    ordinal = _ordinal(opening)
    if ordinal is None:
        return None
    return series.key, f"{ordinal} {lexicon.entry(series.key).label('en')}"


_OPENING_ORDINAL = re.compile(rf"{_ORDINAL_ZH.pattern}|{_ORDINAL_EN.pattern}", re.IGNORECASE)


def edition_number(name: str) -> tuple[int, int] | None:
    """The number of the edition a name opens with and the length of that opening (第七届中国国际
    进口博览会 → 7, "the 26th AECC meeting" → 26, 首届 and "inaugural" → 1), else None."""
    opening = _OPENING_ORDINAL.match(name)
    if opening is None:
        return None
    written = opening.group().strip()
    number = _ordinal_number(written)
    return (number, len(written)) if number else None


def _ordinal(opening: str) -> str | None:
    """The English ordinal an opening says, in one spelling whatever the opening's ("首届",
    "inaugural" and "1st" → "first", "第25次" → "25th"), else None: "the 5th China-Arab States Expo"
    and "the fifth China-Arab States Expo" are one edition."""
    number = _ordinal_number(opening)
    return _english_ordinal(number) if number else None


def _ordinal_number(opening: str) -> int | None:
    """The number an ordinal opening says (首届 → 1, 第25次 → 25, "the 26th" → 26, "inaugural" → 1)."""
    chinese = _ORDINAL_ZH.fullmatch(opening)
    if chinese:
        return _number(chinese.group(1)) if chinese.group(1) else 1
    english = _ORDINAL_EN.fullmatch(opening + " ")
    if english is None:
        return None
    word = english.group(1).lower()
    if word == "inaugural":
        return 1
    return _WORDS.index(word) + 1 if word in _WORDS else int(word[:-2])


def _number(written: str) -> int | None:
    if written.isdigit():
        return int(written)
    if written in ("十",):
        return 10
    if "十" in written:
        tens, _, units = written.partition("十")
        return _DIGITS_ZH.get(tens, 1) * 10 + (_DIGITS_ZH.get(units, 0) if units else 0)
    value = 0
    for char in written:
        if char not in _DIGITS_ZH:
            return None
        value = value * 10 + _DIGITS_ZH[char]
    return value or None


def _english_ordinal(number: int) -> str:
    if number <= len(_WORDS):
        return _WORDS[number - 1]
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _as_edition(text: str, candidate: Candidate, editions: dict[str, str]) -> Candidate:
    """A bare mention of a series the document names one edition of is that edition."""
    canonical = editions.get(candidate.key or "") if candidate.source == "lexicon" else None
    if not canonical or _ANOTHER.search(text, max(0, candidate.start - 12), candidate.start):
        return candidate
    return Candidate(
        candidate.start,
        candidate.end,
        candidate.cls,
        "pattern",
        min(candidate.confidence, 0.75),
        "series-as-edition",
        None,
        canonical,
    )
