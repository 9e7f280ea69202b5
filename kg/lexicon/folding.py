"""Length-preserving text folding, so that offsets found in a folded text index the original.

NFKC or ``str.lower`` on a whole text may change its length ("İ".lower() has two characters),
which would shift every offset after it. These tables map one character to exactly one:

- ``narrow_table()``: full-width Latin letters and digits to ASCII, every dash to "-", curly quotes to
  straight ones, odd spaces to " ", middle dots to "·";
- ``fold_table()``: the same plus lower case for every cased letter whose lower case is one
  character.

>>> fold("ＳＣＯ—China’s")
"sco-china's"
"""

from __future__ import annotations

import functools
import re

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_SPACES = "\u00a0\u2002\u2003\u2009\u200a\u202f\u3000"
_DOTS = "\u2022\u2027\u30fb\uff65\u22c5"


# Full-width digits and Latin letters; full-width punctuation (，（）) stays, as no name needs it.
_FULL_WIDTH_ALNUM = ((0xFF10, 0xFF1A), (0xFF21, 0xFF3B), (0xFF41, 0xFF5B))
# Scripts with letter case that names in this field use: Latin, Greek, Cyrillic.
_CASED_RANGES = ((0x0041, 0x0250), (0x0370, 0x0530), (0x1E00, 0x1F00))


@functools.cache
def narrow_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for low, high in _FULL_WIDTH_ALNUM:
        for code in range(low, high):
            table[code] = chr(code - 0xFEE0)
    for char in _DASHES:
        table[ord(char)] = "-"
    for char in _SPACES:
        table[ord(char)] = " "
    for char in _DOTS:
        table[ord(char)] = "·"
    table[ord("\u2018")] = "'"
    table[ord("\u2019")] = "'"
    table[ord("\u201c")] = '"'
    table[ord("\u201d")] = '"'
    return table


@functools.cache
def fold_table() -> dict[int, str]:
    table = dict(narrow_table())
    codes = [code for low, high in _CASED_RANGES for code in range(low, high)]
    codes += list(range(0xFF21, 0xFF3B))
    for code in codes:
        char = table.get(code, chr(code))
        lower = char.lower()
        if lower != char and len(lower) == 1:
            table[code] = lower
    return table


_LATIN_WORD = re.compile(r"[0-9A-Za-z\u00c0-\u024f]")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


_SPECIAL = re.compile(
    "[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u2018\u2019\u201c\u201d" + _DASHES + _SPACES + _DOTS + "]"
)


def _narrow_special(match: re.Match[str]) -> str:
    return narrow_table()[ord(match.group())]


def fold(text: str) -> str:
    """Lower case, narrow and dash-unified, with exactly the length of ``text``."""
    lower = text.lower()
    if len(lower) != len(text):
        return text.translate(fold_table())
    return _SPECIAL.sub(_narrow_special, lower)


def narrow(text: str) -> str:
    """Narrow and dash-unified, case kept, with exactly the length of ``text``."""
    return _SPECIAL.sub(_narrow_special, text)


LATIN_WORD_CHARS = frozenset(
    "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ" + "".join(map(chr, range(0xC0, 0x250)))
)


def is_latin_word_char(char: str) -> bool:
    """A character that continues a Latin word: ASCII letters and digits, Latin letters."""
    return char in LATIN_WORD_CHARS


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text))


def script_lang(text: str) -> str | None:
    """ "zh" for text with Chinese characters, "en" for Latin letters only, else None."""
    if has_cjk(text):
        return "zh"
    if _LATIN_WORD.search(text):
        return "en"
    return None
