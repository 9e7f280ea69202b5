"""Names in a list take the class of their known siblings.

In "China Mobile International, Meta, MTN GlobalConnect, Orange, stc, Telecom Egypt, Vodafone
and WIOCC" most items are organisations the lexicon knows; the capitalised items it does not
know (MTN GlobalConnect, WIOCC) are organisations too. A list is a run of names separated by
commas, "and", "or", "&" (an item may start with "the"); it must hold at least three items,
two of them known and all the known ones of one class. A run that goes on past a known name
(MTN GlobalConnect after MTN) is an item of its own. Unknown items in a list of countries are
places (regions: "the Gulf, Pakistan and India").

In Chinese, Latin names listed after the same kind of introducer (创始运营商包括Emtel、Canal+
Telecom、SRR和ZEOP) are organisations too.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from itertools import pairwise

from kg.extract.mentions_candidate import Candidate
from kg.model import EntityClass

# A separator, then the item's owner: "…, the Philippines' Converge ICT Solutions and Malaysia's …".
_SEPARATOR = re.compile(
    r"(?:\s*[(（][A-Z][A-Za-z0-9&-]{1,11}[)）])?"  # an item's acronym: "Intra Asia (IA), APG"
    r"\s*(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+|、)\s*(?:the\s+)?"
    r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}(?:'s|’s|'|’)\s+)?"
)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)\s")
_PROPAGATED = {
    EntityClass.ORGANIZATION: EntityClass.ORGANIZATION,
    EntityClass.PROJECT: EntityClass.PROJECT,
    EntityClass.PLACE: EntityClass.PLACE,
    EntityClass.COUNTRY: EntityClass.PLACE,
}
_MAX_WORDS = 4
_INSIDE_ITEMS = (EntityClass.TECHNOLOGY, EntityClass.PLACE, EntityClass.COUNTRY)
# "The founding operators backing the system are Emtel, Canal+ Telecom, SRR, …": a list after a
# plural noun for bodies and "are", "include", "such as" holds bodies, known or not
_BODIES_INTRODUCED = re.compile(
    r"\b(?:operators|companies|firms|carriers|telcos|members|partners|vendors|shareholders|investors|"
    r"lenders|banks|suppliers|contractors|backers|sponsors|owners|participants)\b[a-z ,-]{0,40}?"
    r"(?:\b(?:are|were|include[sd]?|including|such as|namely|comprise|comprising)|:)\s+(?:the\s+)?$"
)
_INTRODUCER_WINDOW = 80


def list_siblings(
    text: str,
    known: Sequence[Candidate],
    runs: Sequence[tuple[int, int]],
    not_names: frozenset[str],
) -> list[Candidate]:
    """Classes for the unknown capitalised ``runs`` that are items of a list of ``known`` names.

    ``not_names`` holds lower-case words that are no names on their own (months, titles).
    """
    items = _items(text, known, _joined_by_plus(text, runs))
    found: list[Candidate] = []
    group: list[tuple[int, int, EntityClass | None]] = []
    for item in items:
        if group and not _SEPARATOR.fullmatch(text, group[-1][1], item[0]):
            found += _typed(text, group, not_names)
            group = []
        group.append(item)
    found += _typed(text, group, not_names)
    return found


def _joined_by_plus(text: str, runs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "Canal+ Telecom", "Disney+": a plus sign joins a brand's words into one run."""
    joined: list[tuple[int, int]] = []
    for start, end in sorted(runs):
        if joined and text[joined[-1][1] : start] in ("+ ", "+"):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return [(start, end + 1) if text[end : end + 1] == "+" else (start, end) for start, end in joined]


def _owner(text: str, candidate: Candidate) -> bool:
    """ "Malaysia's" before a list item names whose the item is, it is no item itself."""
    return _POSSESSIVE.match(text, candidate.end) is not None


def _bracketed(text: str, start: int, end: int) -> bool:
    """ "Intra Asia (IA)": the item's acronym, not an item."""
    return text[start - 1 : start] in ("(", "（") and text[end : end + 1] in (")", "）")


def _hyphened(text: str, start: int, end: int) -> bool:
    """Asia in "Asia-Africa-Euro 1": a piece of a hyphenated name, not an item."""
    return text[end : end + 1] == "-" or text[start - 1 : start] == "-"


def _holds_only_fields(start: int, end: int, inside: Sequence[Candidate]) -> bool:
    """ "Converge ICT Solutions", "Intra Asia": a run whose known names are technologies or
    places inside it, after a word of its own."""
    return all(c.cls in _INSIDE_ITEMS and start < c.start and c.end <= end for c in inside)


def _route(text: str, start: int, end: int, inside: Sequence[Candidate]) -> bool:
    """ "Aden-Djibouti", "Ethiopia-Djibouti": places joined by dashes name a route, an item of its own."""
    ordered = sorted(inside, key=lambda c: c.start)
    return (
        len(ordered) >= 2
        and all(c.cls in (EntityClass.PLACE, EntityClass.COUNTRY) for c in ordered)
        and ordered[0].start == start
        and ordered[-1].end == end
        and all(text[a.end : b.start] in ("-", "–", "—") for a, b in pairwise(ordered))
    )


def _items(
    text: str, known: Sequence[Candidate], runs: Sequence[tuple[int, int]]
) -> list[tuple[int, int, EntityClass | None]]:
    """Known names and unknown runs, in text order, not overlapping.

    A run that overlaps a known name is dropped, unless it starts with it and goes on (MTN
    GlobalConnect after MTN), or holds only technologies (Converge ICT Solutions), when it
    replaces them. A country before a possessive owns the next item ("Malaysia's PPTEL"): no item.
    """
    by_start = {c.start: c for c in known}
    items: dict[int, tuple[int, int, EntityClass | None]] = {
        c.start: (c.start, c.end, c.cls)
        for c in known
        if not _owner(text, c)
        and not _bracketed(text, c.start, c.end)
        and not _hyphened(text, c.start, c.end)
    }
    ordered = sorted(known, key=lambda c: (c.start, c.end))
    starts = [c.start for c in ordered]
    for start, end in runs:
        if _bracketed(text, start, end):
            continue
        index = bisect_left(starts, end) - 1
        overlapping = []
        while index >= 0 and ordered[index].end > start:
            overlapping.append(ordered[index])
            index -= 1
        extended = by_start.get(start)
        extends = (
            extended is not None
            and extended.cls is EntityClass.ORGANIZATION
            and end > extended.end
            and len(overlapping) == 1
        )
        if extends or not overlapping or _route(text, start, end, overlapping):
            for inner in overlapping if overlapping and not extends else ():
                items.pop(inner.start, None)
            items[start] = (start, end, None)
        elif _holds_only_fields(start, end, overlapping):
            for inner in overlapping:
                items.pop(inner.start, None)
            items[start] = (start, end, None)
    return [items[start] for start in sorted(items)]


def _typed(
    text: str, group: Sequence[tuple[int, int, EntityClass | None]], not_names: frozenset[str]
) -> list[Candidate]:
    if len(group) < 2:
        return []
    classes = {cls for _, _, cls in group if cls is not None}
    known = sum(1 for _, _, cls in group if cls is not None)
    introduced = _BODIES_INTRODUCED.search(text, max(0, group[0][0] - _INTRODUCER_WINDOW), group[0][0])
    if introduced is not None and classes <= {EntityClass.ORGANIZATION}:
        target: EntityClass | None = EntityClass.ORGANIZATION
    elif (
        len(group) < 3
        or known < 2
        or (len(classes) != 1 and classes != {EntityClass.COUNTRY, EntityClass.PLACE})
    ):
        return []
    else:
        target = _PROPAGATED.get(EntityClass.PLACE if len(classes) > 1 else next(iter(classes)))
    if target is None:
        return []
    found = []
    for start, end, cls in group:
        name = text[start:end]
        words = name.split()
        if cls is not None or len(words) > _MAX_WORDS or name.lower() in not_names:
            continue
        found.append(Candidate(start, end, target, "pattern", 0.6, "list-sibling"))
    return found


_LATIN_ITEM = r"[A-Z][A-Za-z0-9&.'’-]*\+?(?: [A-Z][A-Za-z0-9&.'’-]*\+?){0,3}"
_LATIN_BODIES_ZH = re.compile(
    r"(?:运营商|公司|企业|成员|成员方|伙伴|股东|投资方|出资方|银行|厂商|供应商|承包商)"
    r"(?:包括|为|是|有|：|:)"
    rf"({_LATIN_ITEM}(?:(?:、|，|,\s?|和|及|与|以及){_LATIN_ITEM})+)"
)
_LATIN_ITEM_RE = re.compile(_LATIN_ITEM)


def latin_bodies_zh(text: str, spans: Sequence[tuple[int, int]]) -> list[Candidate]:
    """Latin names listed in Chinese text after a plural kind of body and 包括, 为, ：."""
    found = []
    for start, end in spans:
        for listed in _LATIN_BODIES_ZH.finditer(text, start, end):
            for item in _LATIN_ITEM_RE.finditer(text, listed.start(1), listed.end(1)):
                found.append(
                    Candidate(
                        item.start(),
                        item.end(),
                        EntityClass.ORGANIZATION,
                        "pattern",
                        0.6,
                        "list-latin-bodies",
                    )
                )
    return found


# An item of a Chinese list between its separators that names a town or a unit by its suffix
# (营口市, 崇左市, 德宏傣族景颇族自治州, 雄安新区)
_PLACE_ITEM_ZH = re.compile(r"(?<=、)[\u4e00-\u9fff]{1,10}?(?:自治州|新区|市|县|州|盟)(?=[、和及与等])")
_LISTED_PLACE_CLASSES = (EntityClass.PLACE, EntityClass.COUNTRY)


def places_listed_zh(
    text: str, spans: Sequence[tuple[int, int]], named: Sequence[Candidate]
) -> list[Candidate]:
    """Towns in a Chinese list of places the lexicon does not know: an item named by its suffix
    (营口市 in 常州市、营口市、崇左市) next to a place the lexicon knows is a place too."""
    if "、" not in text:
        return []
    place_ends = {c.end for c in named if c.cls in _LISTED_PLACE_CLASSES}
    place_starts = {c.start for c in named if c.cls in _LISTED_PLACE_CLASSES}
    taken = sorted((c.start, c.end) for c in named)
    found = []
    for start, end in spans:
        for item in _PLACE_ITEM_ZH.finditer(text, start, end):
            known_before = item.start() - 1 in place_ends
            known_after = item.end() + 1 in place_starts
            if not (known_before or known_after) or _overlaps(taken, item.start(), item.end()):
                continue
            found.append(
                Candidate(item.start(), item.end(), EntityClass.PLACE, "pattern", 0.6, "zh-list-place")
            )
    return found


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    index = bisect_left(spans, (start, -1))
    return any(s < end and start < e for s, e in spans[max(0, index - 1) : index + 2])
