"""Text normalisation: the one form of a text that every offset of the pipeline indexes.

A leading byte-order mark goes, line ends become ``\\n``, the text is put in Unicode NFC (not
NFKC: full-width punctuation stays as written), and whitespace between two CJK characters is
removed, because hard-wrapped or re-flowed Chinese news leaves spaces and line breaks inside
words ("上海合 作组织") and Chinese never separates Han characters by spaces; so is a space
after a half-width comma, semicolon or colon written between CJK characters ("民生, 提出").
A blank line, or a line break after a Chinese sentence terminator, is a paragraph break and
stays.
"""

from __future__ import annotations

import re
import unicodedata

from kg.ingest.chars import CJK, HORIZONTAL_SPACE, ZH_TERMINATORS

# Each pattern starts with a character class, not a look-behind, so that the regex engine
# skips ahead to candidates instead of trying every position; group 1 is the character kept.
_SPACE_IN_CJK = re.compile(f"([{CJK}][,;:!?]?)[{HORIZONTAL_SPACE}]+(?=[{CJK}])")
_WRAP_IN_CJK = re.compile(
    f"([{CJK}])(?<![{re.escape(ZH_TERMINATORS)}])[{HORIZONTAL_SPACE}]*\\n[{HORIZONTAL_SPACE}]*(?=[{CJK}])"
)
_ANY_SPACE = re.compile(r"\s+")


def normalize_text(text: str) -> str:
    """The normalised form of ``text``: no BOM, ``\\n`` line ends, NFC, no spaces inside CJK runs.

    >>> normalize_text("\\ufeff在上海合 作组织\\r\\n框架下，深化数\\n字合作。")
    '在上海合作组织框架下，深化数字合作。'
    >>> normalize_text("合作。\\n\\n第二段")
    '合作。\\n\\n第二段'
    """
    text = unify_line_ends(text.removeprefix("\ufeff"))
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = _SPACE_IN_CJK.sub(r"\1", text)
    return _WRAP_IN_CJK.sub(r"\1", text)


def unify_line_ends(text: str) -> str:
    """``\\r\\n`` and ``\\r`` line ends as ``\\n``."""
    if "\r" in text:
        return text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def normalize_line(text: str) -> str:
    """A one-line field such as a title: whitespace runs become one space, then it is normalised."""
    return normalize_text(_ANY_SPACE.sub(" ", text).strip())
