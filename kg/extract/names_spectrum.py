"""Spectrum bands: "the 700 MHz band", "3.5GHz spectrum", 2600兆赫频段, 700兆赫、1800兆赫和26吉赫四个频段.

Spectrum auctions and 5G roll-outs name the bands they sell by their frequency. A band is a
technology, and one band in every document and language: the English canonical name ("3.5 GHz
band") joins 3.5吉赫频段 to "the 3.5 GHz band". A frequency is a band only where the text says
so, with "band" or "spectrum" (频段) after it or after the list it ends ("the 700, 800 MHz and 26 GHz
bands", 700兆赫、1800兆赫和26吉赫四个频段); "won 400 MHz" is an amount of spectrum, not a band.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from kg.extract.mentions_candidate import Candidate
from kg.model import EntityClass

__all__ = ["spectrum_bands"]

_CONFIDENCE = 0.8
_UNITS = {"mhz": "MHz", "ghz": "GHz", "兆赫": "MHz", "兆赫兹": "MHz", "吉赫": "GHz", "吉赫兹": "GHz"}
# a frequency, with thousands separators, or a range of two ("3,600-3,700 MHz band")
_NUMBER = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?)"
_VALUE = rf"{_NUMBER}(?:\s?[-–]\s?{_NUMBER})?"
_FREQUENCY_EN = rf"(?<![\w.,–-])(?P<value>{_VALUE})(?:\s?(?P<unit>[MG][Hh][Zz]))?"
# items of a list of frequencies, the last one with its unit, then the band word
_BANDS_EN = re.compile(
    rf"{_FREQUENCY_EN}(?=(?:(?:,\s+|\s+(?:and|or)\s+){_VALUE}(?:\s?[MG][Hh][Zz])?)*"
    r"\s?(?:[MG][Hh][Zz])?\s+(?:(?:spectrum|frequency|radio)\s+)?(?:bands?\b|spectrum\b))"
)
_FREQUENCY_ZH = rf"(?P<value>{_VALUE})\s?(?P<unit>兆赫兹?|吉赫兹?|[MG][Hh][Zz])"
_BANDS_ZH = re.compile(
    rf"{_FREQUENCY_ZH}(?=(?:[、和及与或]{_VALUE}\s?(?:兆赫兹?|吉赫兹?|[MG][Hh][Zz]))*"
    r"(?:[一二三四五六七八九两几多\d]+个)?频段)"
)


def spectrum_bands(
    text: str, zh_spans: Sequence[tuple[int, int]], en_spans: Sequence[tuple[int, int]]
) -> list[Candidate]:
    """The bands the text names (source ``pattern``, class Technology), each with its English
    canonical name."""
    if _ANY_UNIT.search(text) is None:
        return []  # most reports name no frequency: one scan instead of one per language run
    found = []
    for start, end in en_spans:
        found += _bands(text, _BANDS_EN.finditer(text, start, end), _BAND_WORD_EN, "en-spectrum-band")
    for start, end in zh_spans:
        found += _bands(text, _BANDS_ZH.finditer(text, start, end), _BAND_WORD_ZH, "zh-spectrum-band")
    return found


# the band word right after a frequency, part of the band's name ("the 700 MHz band", 700兆赫频段)
_BAND_WORD_EN = re.compile(r"\s+(?:(?:spectrum|frequency|radio)\s+)?(?:band\b|spectrum\b)")
_BAND_WORD_ZH = re.compile("频段")
_LATER_UNIT = re.compile(r"[MG][Hh][Zz]|兆赫|吉赫")
_ANY_UNIT = re.compile(r"[Hh][Zz]|赫")
_RANGE_DASH = re.compile(r"\s?[-–]\s?")


def _bands(
    text: str, matches: Iterator[re.Match[str]], band_word: re.Pattern[str], rule: str
) -> list[Candidate]:
    found = []
    for match in matches:
        end = match.end()
        # "the 700, 800 MHz and 26 GHz bands": an item without a unit takes the next one's
        later = _LATER_UNIT.search(text, end, end + 80) if match["unit"] is None else None
        unit = match["unit"] or (later.group() if later is not None else None)
        if unit is None:
            continue
        word = band_word.match(text, end)
        if word is not None:
            end = word.end()
        value = _RANGE_DASH.sub("-", match["value"].replace(",", ""))
        canonical = f"{value} {_UNITS[unit.casefold()]} band"
        found.append(
            Candidate(
                match.start(), end, EntityClass.TECHNOLOGY, "pattern", _CONFIDENCE, rule, canonical=canonical
            )
        )
    return found
