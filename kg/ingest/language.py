"""Language of a text (zh, en or mixed) from the share of Han characters against Latin letters.

One Han character carries about as much as three Latin letters (an English word is some five
letters, its Chinese rendering one or two characters), so a Latin letter counts a third: a
Chinese sentence that names "PEACE" or "Huawei Marine" stays Chinese, an English sentence
that quotes 数字丝绸之路 stays English, and a bilingual gloss such as "中国电信 China Telecom"
is ``Lang.MIXED``.

Counting works on UTF-8 bytes, where ``bytes.translate`` keeps only the bytes that matter in
one pass of C: ASCII letters and the lead bytes of Latin-1/Latin Extended letters (one per
letter) for Latin, the lead bytes E4–E9 of U+4000–U+9FFF (one per character) for Han. The
rare Han characters of extension A below U+4000 and of the supplementary planes are not
counted; a share does not need them.
"""

from __future__ import annotations

import logging

from kg.model import Lang

log = logging.getLogger(__name__)

_LATIN_BYTES = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\xc3\xc4\xc5\xc6\xc7\xc8\xc9")
_NOT_LATIN_BYTES = bytes(byte for byte in range(256) if byte not in _LATIN_BYTES)
_NOT_HAN_LEAD_BYTES = bytes(byte for byte in range(256) if not 0xE4 <= byte <= 0xE9)

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
    """The number of Han characters (U+4000–U+9FFF) and of Latin letters in ``text``."""
    data = text.encode("utf-8")
    return len(data.translate(None, _NOT_HAN_LEAD_BYTES)), len(data.translate(None, _NOT_LATIN_BYTES))


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
    """The language of ``text``, or None when it has neither Han characters nor Latin letters."""
    han, latin = script_counts(text)
    if han == 0:
        return Lang.EN if latin else None
    return lang_of_counts(han, latin)


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
