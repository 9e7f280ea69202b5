"""Language of a text (zh, en or mixed) from the share of Han characters against Latin letters.

One Han character carries about as much as three Latin letters (an English word is some five
letters, its Chinese rendering one or two characters), so a Latin letter counts a third: a
Chinese sentence that names "PEACE" or "Huawei Marine" stays Chinese, an English sentence
that quotes 数字丝绸之路 stays English, and a bilingual gloss such as "中国电信 China Telecom"
is ``Lang.MIXED``.
"""

from __future__ import annotations

import logging
import re

from kg.ingest.chars import HAN, LATIN
from kg.model import Lang

log = logging.getLogger(__name__)

_HAN_RUN = re.compile(f"[{HAN}]+")
_LATIN_RUN = re.compile(f"[{LATIN}]+")
_ASCII_LETTER = re.compile("[A-Za-z]")

LATIN_LETTER_WEIGHT = 1 / 3
ZH_ABOVE = 0.6
"""A Han share of at least this makes a text Chinese."""
EN_BELOW = 0.4
"""A Han share of at most this makes a text English; in between it is mixed."""

_LANG_NAMES = {
    "zh": Lang.ZH,
    "zho": Lang.ZH,
    "chi": Lang.ZH,
    "cmn": Lang.ZH,
    "chinese": Lang.ZH,
    "中文": Lang.ZH,
    "en": Lang.EN,
    "eng": Lang.EN,
    "english": Lang.EN,
    "英文": Lang.EN,
    "mixed": Lang.MIXED,
    "mul": Lang.MIXED,
}


def script_counts(text: str) -> tuple[int, int]:
    """The number of Han characters and of Latin letters in ``text``."""
    han = sum(map(len, _HAN_RUN.findall(text)))
    latin = sum(map(len, _LATIN_RUN.findall(text)))
    return han, latin


def detect_language(text: str) -> Lang:
    """``Lang.ZH``, ``Lang.EN`` or ``Lang.MIXED`` from the weighted share of Han characters.

    A text with neither Han characters nor Latin letters (numbers, punctuation) is mixed: it
    says nothing about its language.

    >>> detect_language("中巴跨境光缆全长820公里。"), detect_language("The cable is 820 km long.")
    (<Lang.ZH: 'zh'>, <Lang.EN: 'en'>)
    >>> detect_language("华为海洋（Huawei Marine）承建的PEACE海缆已在马赛登陆。")
    <Lang.ZH: 'zh'>
    >>> detect_language("中国电信 China Telecom")
    <Lang.MIXED: 'mixed'>
    """
    return language_or_none(text) or Lang.MIXED


def language_or_none(text: str) -> Lang | None:
    """The language of ``text``, or None when it has neither Han characters nor Latin letters.

    Only a text with both scripts needs counting; the others are decided by a search.
    """
    if text.isascii():
        return Lang.EN if _ASCII_LETTER.search(text) else None
    has_han = _HAN_RUN.search(text) is not None
    has_latin = _LATIN_RUN.search(text) is not None
    if has_han and has_latin:
        return lang_of_counts(*script_counts(text))
    if has_han:
        return Lang.ZH
    return Lang.EN if has_latin else None


def lang_of_counts(han: int, latin: int) -> Lang:
    """The language that ``han`` Han characters and ``latin`` Latin letters make."""
    weighted = han + LATIN_LETTER_WEIGHT * latin
    if weighted == 0:
        return Lang.MIXED
    share = han / weighted
    if share >= ZH_ABOVE:
        return Lang.ZH
    if share <= EN_BELOW:
        return Lang.EN
    return Lang.MIXED


def parse_lang(value: object, *, origin: str) -> Lang | None:
    """A language given in metadata ("zh", "zh-CN", "en-US", "English", "mixed") as a ``Lang``.

    An unknown value is dropped with a warning naming ``origin``; the language is then detected.
    """
    if value is None or value == "":
        return None
    if isinstance(value, Lang):
        return value
    name = str(value).strip().lower().replace("_", "-")
    lang = _LANG_NAMES.get(name) or _LANG_NAMES.get(name.split("-", 1)[0])
    if lang is None:
        log.warning(
            "%s: ignored language %r (use zh, en or mixed); the language is detected from the text",
            origin,
            value,
        )
    return lang
