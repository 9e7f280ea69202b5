"""Character classes shared by normalisation, language detection and sentence splitting.

They are strings meant to sit inside a regex character class (``f"[{HAN}]"``), so every
stage agrees on what counts as a Han character, CJK punctuation or a Latin letter.
"""

from __future__ import annotations

HAN = (
    "\u3005\u3007"  # 々 〇
    "\u3400-\u4dbf"  # extension A
    "\u4e00-\u9fff"  # unified ideographs
    "\uf900-\ufaff"  # compatibility ideographs
    "\U00020000-\U0003134f"  # extensions B–G and the compatibility supplement
)

CJK_PUNCTUATION = (
    "\u3001-\u3004\u3008-\u3011\u3014-\u301f"  # 、。〃 〈〉《》「」『』【】〔〕〖〗〘〙〚〛〜〝〞〟
    "\uff01-\uff60\uffe0-\uffe6"  # full-width forms: ，！？；：（） ＡＢ１２ ￥
)

CJK = HAN + CJK_PUNCTUATION
"""Characters that only Chinese (or Japanese) text uses: next to them, a space is an artefact."""

SHARED_PUNCTUATION = "\u2018\u2019\u201c\u201d\u2026\u00b7"
"""‘’“” … ·: written in Chinese and in English text, so they count as CJK only next to CJK."""

LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
"""Latin letters, with the accented ones of Latin-1 and Latin Extended (Réunion, São Paulo)."""

ZH_TERMINATORS = "。！？；\uff61"
"""Chinese sentence terminators (full stop, exclamation, question, semicolon, half-width 。).

This and ``CLOSERS`` are plain strings: ``re.escape`` them inside a character class."""

CLOSERS = "”’」』）》〉】〕\"')]"
"""Closing quotes and brackets that stay with the sentence their terminator ends: 。” ）"""

HORIZONTAL_SPACE = " \t\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000"
"""Whitespace within a line, the ideographic space U+3000 included."""
