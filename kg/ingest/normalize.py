"""Text normalisation: the one form of a text that every offset of the pipeline indexes.

A leading byte-order mark goes, line ends become ``\\n``, the text is put in Unicode NFC (not
NFKC: full-width punctuation stays as written), and whitespace between two CJK characters is
removed, because hard-wrapped or re-flowed Chinese news leaves spaces and line breaks inside
words ("上海合 作组织") and Chinese never separates Han characters by spaces; so is a space
after a half-width comma, semicolon or colon written between CJK characters ("民生, 提出").
Quotes, the ellipsis and the middle dot (“”‘’…·) serve both languages: a space next to them
goes only when a CJK character is on the other side, so English "“yes” “no”" keeps its space.
A blank line, or a line break after a Chinese sentence terminator, is a paragraph break and
stays.
"""

from __future__ import annotations

import re
import unicodedata

from kg.ingest.chars import CJK, HAN, HORIZONTAL_SPACE, SHARED_PUNCTUATION, ZH_TERMINATORS

_SPACE = f"{HORIZONTAL_SPACE}\\n"
# The pattern opens with one whitespace class, which the regex engine scans for quickly (few
# gaps in Chinese text), and looks behind for the CJK character before the gap.
_GAP = re.compile(
    f"[{_SPACE}](?:(?<=[{CJK}{SHARED_PUNCTUATION}][{_SPACE}])|(?<=[{CJK}][,;:!?][{_SPACE}]))"
    f"[{_SPACE}]*(?=[{CJK}{SHARED_PUNCTUATION}])"
)
_ANY_CJK = re.compile(f"[{CJK}]")
_ANY_SPACE = re.compile(r"\s+")
_SHARED = frozenset(SHARED_PUNCTUATION)


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
    if _ANY_CJK.search(text) is None:
        return text
    return _GAP.sub(_close_gap, text)


def _close_gap(match: re.Match[str]) -> str:
    """Drop a gap next to CJK, unless it is a paragraph break or lies between two shared marks."""
    gap, text = match.group(), match.string
    before, after = text[match.start() - 1], text[match.end()]
    newlines = gap.count("\n")
    if newlines > 1 or (newlines and before in ZH_TERMINATORS):
        return gap
    if before in _SHARED and after in _SHARED:  # “yes” “no”: both marks serve English too
        return gap
    return ""


def unify_line_ends(text: str) -> str:
    """``\\r\\n`` and ``\\r`` line ends as ``\\n``."""
    if "\r" in text:
        return text.replace("\r\n", "\n").replace("\r", "\n")
    return text


# A Chinese headline writes its pauses as spaces ("出售缅甸业务 黎巴嫩M1集团接盘"); a one-line
# field is never hard-wrapped, so a space there between two Han characters is meant.
_HEADLINE_PAUSE = re.compile(f"(?<=[{HAN}]) (?=[{HAN}])")


def normalize_line(text: str) -> str:
    """A one-line field such as a title: whitespace runs become one space, then it is normalised,
    keeping a headline's pauses (a space between two Han characters)."""
    line = _ANY_SPACE.sub(" ", text).strip()
    return " ".join(normalize_text(part) for part in _HEADLINE_PAUSE.split(line))
