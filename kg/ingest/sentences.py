"""Sentence splitting for Chinese and English, as spans over the (normalised) text.

A sentence ends:

* after a Chinese terminator 。！？； (or ! ? ; right after a CJK character), with the closing
  quotes and brackets that follow it (。” ）);
* after . ! ? followed by whitespace and an uppercase letter, a digit, a quote or a CJK
  character, unless the period closes an abbreviation (Dr., U.S., e.g., No. 5, J. Smith);
  periods inside numbers and names (3.7, US$2.5, digisilk.eu) are never followed by a space;
* at a line break that ends a paragraph: a blank line always, a single line break unless it
  only wraps a line (the next line goes on in lowercase, or the text is hard-wrapped at a
  fixed width and the line before is full and has no terminator);
* within ``LONGEST_SENTENCE`` characters: a longer run (a table or a list flattened into one
  line; the longest sentence of the 778 annotated articles has 600 characters) is cut into
  pieces of at most ``RUN_PIECE`` characters, each at its last comma, semicolon, colon or space
  before that, else at it. Reading a sentence costs time that grows faster than its length
  (every pair of names in it is weighed: a run of 28,000 characters took a minute to extract,
  and pieces of 1,000 characters still cost eight times the time per character of real
  sentences), so this keeps a build linear in its text; pieces about as long as a long real
  sentence keep it near the cost of real sentences.

Sentences cover the text without overlap; whitespace around them is left out of their spans.
"""

from __future__ import annotations

import re

from kg.ingest.chars import CJK, CLOSERS, HAN, ZH_TERMINATORS
from kg.ingest.language import detect_language, language_or_none
from kg.model import Lang, Sentence, Span

_CLOSERS = re.escape(CLOSERS)
_ZH_ENDS = re.escape(ZH_TERMINATORS)
# One pass over the text: the pattern opens with a single character class (which the regex
# engine scans for quickly), then look-behinds tell which kind of terminator it found. A match
# only starts a run of ASCII terminators, and runs are possessive (*+), so "......" costs linear
# time, not quadratic.
_SENTENCE_END = re.compile(
    f"[{_ZH_ENDS}!?;.](?<![!?;.][!?;.])(?:"
    f"(?<=[{_ZH_ENDS}])(?P<zh>[{_ZH_ENDS}!?]*+[{_CLOSERS}]*+)"
    f"|(?<=[.!?])(?P<en>[.!?]*+[{_CLOSERS}]*+)"
    f"(?=\\s+(?:[A-Z0-9\u00c0-\u00d6\u00d8-\u00de\"“‘'(\\[《「]|[{HAN}]))"
    f"|(?<=[!?;])(?P<ascii>[!?;]*+[{_CLOSERS}]*+))"
)
_CJK_CHAR = re.compile(f"[{CJK}]")
_LINE_BREAK = re.compile(r"\n\s*")
_WORD_BEFORE = re.compile(r"[A-Za-z][A-Za-z.]*\Z")
_WORD_AFTER = re.compile(r"\s*[\"“‘'(\[]?([A-Za-z]+|\d)")
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_LIST_ITEM = re.compile(r"[-*•+]\s|\d{1,3}[.)]\s")
_LIST_NUMBER = re.compile(r"^[^\S\n]{0,3}\d{1,3}\Z", re.MULTILINE)

LONGEST_SENTENCE = 1000
# the pieces a run longer than LONGEST_SENTENCE is cut into (a long real sentence's length)
RUN_PIECE = 300
# where a run longer than that is cut, best first: after a clause mark, at a space
_SOFT_BREAKS = (re.compile(r"[，,；;、：:]\s*"), re.compile(r"\s+"))
_LINE_TERMINATORS = ".!?:;" + ZH_TERMINATORS + "："

# fmt: off
# Titles never end a sentence: "Dr. Kao", "Prof. Li".
_TITLES = frozenset(
    {
        "Dr", "Mr", "Mrs", "Ms", "Mme", "Messrs", "Prof", "Gen", "Gov", "Sen", "Rep", "Lt", "Col", "Capt",
        "Sgt", "Adm", "Maj", "Rev", "Hon", "Pres", "Amb",
    }
)
_NEVER_END = frozenset({"e.g", "i.e", "vs", "cf", "viz"})
# Before a number these are abbreviations: "No. 5", "Art. 3", "pp. 12".
_BEFORE_NUMBERS = frozenset(
    {
        "No", "Nos", "no", "Art", "Fig", "Vol", "Ch", "Sec", "Para", "p", "pp",
    }
)
# These can end a sentence too, so they end one only when a typical sentence opening follows.
_MAYBE_END = frozenset(
    {
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Inc", "Ltd",
        "Co", "Corp", "Bros", "Plc", "St", "Ave", "Rd", "Mt", "Ft", "Jr", "Sr", "etc", "al", "approx",
        "est", "ca",
    }
)
_SENTENCE_STARTERS = frozenset(
    {
        "The", "This", "That", "These", "Those", "It", "Its", "In", "On", "At", "As", "By", "For", "From",
        "With", "Without", "He", "She", "They", "We", "You", "His", "Her", "Their", "Our", "But", "And",
        "Yet", "So", "However", "Meanwhile", "Moreover", "Furthermore", "Also", "According", "After",
        "Before", "Since", "While", "When", "Where", "If", "Although", "Though", "There", "Here", "Some",
        "Many", "Most", "All", "Both", "Each", "Other", "Such", "What", "Who", "How", "Why", "Which",
        "Last", "Next", "Earlier", "Later", "Today", "Yesterday", "Then", "Now", "Under", "Over", "During",
        "Despite",
    }
)
# fmt: on

WRAP_WIDTH_RANGE = (30, 100)
"""Line widths (in characters) at which a text counts as hard-wrapped."""


def split_sentences(text: str, *, fallback: Lang | None = None) -> tuple[Sentence, ...]:
    """The sentences of ``text`` with their spans and languages.

    A sentence with neither Han characters nor Latin letters takes ``fallback`` (by default
    the language of the whole text).

    >>> [s.span for s in split_sentences("Dr. Kao met U.S. officials. 双方签署了协议。")]
    [Span(start=0, end=27), Span(start=28, end=36)]
    """
    cuts = _within_longest(text, sorted({*_terminator_cuts(text), *_paragraph_cuts(text), len(text)}))
    sentences: list[Sentence] = []
    start = 0
    for cut in cuts:
        piece = text[start:cut]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            lang = language_or_none(stripped)
            if lang is None:
                fallback = fallback or detect_language(text)
                lang = fallback
            sentences.append(Sentence(Span(start + lead, start + lead + len(stripped)), lang))
        start = cut
    return tuple(sentences)


def _within_longest(text: str, cuts: list[int]) -> list[int]:
    """``cuts`` with more cuts, ``RUN_PIECE`` apart at most, inside every piece longer than
    ``LONGEST_SENTENCE``."""
    kept: list[int] = []
    start = 0
    for cut in cuts:
        if cut - start > LONGEST_SENTENCE:
            while cut - start > RUN_PIECE:
                start = _soft_break(text, start + RUN_PIECE // 2, start + RUN_PIECE)
                kept.append(start)
        kept.append(cut)
        start = cut
    return kept


def _soft_break(text: str, earliest: int, limit: int) -> int:
    """The last clause mark, else the last space, between ``earliest`` and ``limit``, else ``limit``."""
    for pattern in _SOFT_BREAKS:
        ends = [match.end() for match in pattern.finditer(text, earliest, limit)]
        if ends:
            return ends[-1]
    return limit


def _terminator_cuts(text: str) -> list[int]:
    """Where terminators end sentences (cut after the terminator and its closers)."""
    return [match.end() for match in _SENTENCE_END.finditer(text) if _ends_sentence(text, match)]


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    kind = match.lastgroup
    if kind == "zh":
        return True
    if kind == "en":  # followed by a space and what can open a sentence
        return match.group().rstrip(CLOSERS) != "." or _period_ends_sentence(text, match.start(), match.end())
    return match.start() > 0 and _CJK_CHAR.match(text, match.start() - 1) is not None  # "中国!" "合作;"


def _period_ends_sentence(text: str, period: int, after: int) -> bool:
    """Whether the period at ``period`` ends a sentence, or closes an abbreviation or a list number."""
    if _LIST_NUMBER.search(text, max(0, period - 6), period):
        return False
    before = text[max(0, period - 24) : period]
    word_match = _WORD_BEFORE.search(before)
    if word_match is None:
        return True
    word = word_match.group()
    next_match = _WORD_AFTER.match(text, after)
    next_word = next_match.group(1) if next_match else ""
    if word in _TITLES or word.lower() in _NEVER_END:
        return False
    if word in _BEFORE_NUMBERS:
        return not next_word.isdigit()
    if word in _MAYBE_END or _INITIALISM.fullmatch(word) or (len(word) == 1 and word.isupper()):
        return next_word in _SENTENCE_STARTERS
    return True


def _paragraph_cuts(text: str) -> list[int]:
    """Where line breaks end paragraphs (cut at the start of the break)."""
    if "\n" not in text:
        return []
    width: int | None = None
    width_known = False
    cuts = []
    for match in _LINE_BREAK.finditer(text):
        start, end = match.start(), match.end()
        if start == 0 or end == len(text):
            continue
        wraps = match.group().count("\n") == 1 and _wraps_line(text, start, end)
        if wraps is None:  # decided by the line's length, so by the text's wrap width
            if not width_known:
                width, width_known = _wrap_width(text), True
            line_start = text.rfind("\n", 0, start) + 1
            wraps = width is not None and start - line_start >= 0.8 * width
        if not wraps:
            cuts.append(start)
    return cuts


def _wraps_line(text: str, start: int, end: int) -> bool | None:
    """Whether the single line break ``text[start:end]`` wraps a line that goes on.

    None when the text around it cannot tell: the line's length against the wrap width will.
    """
    tail = text[max(0, start - 8) : start].rstrip().rstrip(CLOSERS)
    if not tail or tail[-1] in _LINE_TERMINATORS:
        return False
    if _LIST_ITEM.match(text, end):
        return False
    if text[end].islower():
        return True
    return None


def _wrap_width(text: str) -> int | None:
    """The width a text is hard-wrapped at, or None when its lines are paragraphs."""
    lengths = sorted(len(line.rstrip()) for line in text.split("\n") if line.strip())
    if len(lengths) < 4:
        return None
    width = lengths[int(0.9 * (len(lengths) - 1))]
    low, high = WRAP_WIDTH_RANGE
    if not low <= width <= high:
        return None
    full = sum(1 for length in lengths if length >= 0.8 * width)
    return width if full >= 0.5 * len(lengths) else None
