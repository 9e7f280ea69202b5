"""Knowledge-backed relations: what the lexicon knows of two names that the text puts together.

The lexicon says where a place is (an entry's ``country``) and what office a person holds
(``offices``: title, body, relation, years). Such a fact is asserted only where the text states
it in passing, never from the lexicon alone:

- a place and its country named close together in one clause: "the Saudi capital Riyadh",
  喀麦隆克里比, "Kribi, on Cameroon's coast" → the place ``locatedIn`` the country;
- a person named with a title of an office they held at the document's date, whose body the
  document names: 国家主席习近平, 习近平主席, "President Xi Jinping" → ``headOf`` China (the
  office's relation: ``headOf`` for a head, ``affiliatedWith`` for a minister or an envoy).

Confidence is high (0.8–0.85): the lexicon vouches for the fact and the text for its relevance.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Protocol

from kg.extract.relations import DocumentView, SentenceView, Slot
from kg.model import EntityClass, Lang, Mention, Predicate, Relation, Span

if TYPE_CHECKING:
    from kg.lexicon import Lexicon, LexiconEntry

__all__ = ["known_relations"]


class _Office(Protocol):
    """An office as the lexicon describes it (``kg.lexicon.Office``)."""

    title: str
    of: str
    relation: str
    start: int | None
    end: int | None


# The words that name an office in each language, by the office's English title; a deputy's
# title (副主席, "vice president") is checked before the head's it contains.
_OFFICE_WORDS: tuple[tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (re.compile(title, re.IGNORECASE), re.compile(english, re.IGNORECASE), re.compile(chinese))
    for title, english, chinese in (
        (r"vice[- ]president", r"vice[- ]president", r"副主席|副总统"),
        (r"vice[- ]premier", r"vice[- ]premier", r"副总理"),
        (r"vice[- ]chair", r"vice[- ]chair(?:man|woman)?", r"副主席|副委员长|副董事长"),
        (r"general secretary", r"general\s+secretary", r"总书记"),
        (r"secretary[- ]general", r"secretary[- ]general", r"秘书长"),
        (r"president", r"president", r"主席|总统"),
        (r"prime minister|premier", r"prime\s+minister|premier", r"总理|首相"),
        (r"foreign minister|minister of foreign affairs", r"foreign\s+minister", r"外长|外交部长"),
        (r"minister", r"minister", r"部长"),
        (r"chancellor", r"chancellor", r"总理"),
        (r"secretary of state", r"secretary\s+of\s+state", r"国务卿"),
        (r"commerce secretary", r"commerce\s+secretary|secretary\s+of\s+commerce", r"商务部长"),
        (r"foreign secretary", r"foreign\s+secretary", r"外交大臣"),
        (r"chair", r"chair(?:man|woman|person)?", r"主席|委员长|董事长"),
        (r"chief executive|\bceo\b", r"chief\s+executive|\bceo\b", r"首席执行官|总裁|CEO"),
        (r"\bking\b", r"\bking\b", r"国王"),
        (r"crown prince", r"crown\s+prince", r"王储"),
        (r"\bemir\b", r"\bemir\b", r"埃米尔"),
        (r"ambassador", r"ambassador", r"大使"),
        (r"spokes", r"spokes(?:man|woman|person)", r"发言人"),
        (r"director", r"director", r"主任|局长|署长"),
        (r"governor", r"governor", r"行长|省长|州长"),
    )
)
_DEPUTY = re.compile(r"副|vice|deputy|assistant", re.IGNORECASE)
# the title written before a name: 国家主席, 巴基斯坦总理 (after a slot), "President", "Chinese President"
_ZH_TITLE_BEFORE = re.compile(r"[\u4e00-\u9fffA-Z]{1,10}$")
_ZH_TITLE_AFTER = re.compile(r"^[\u4e00-\u9fff]{1,5}")
_EN_TITLE_BEFORE = re.compile(r"(?:[A-Za-z.-]+\s+){1,4}$")
_CLAUSE_BREAK = re.compile(r"[,;，；。：:]")
_PLACE_WINDOW = 40  # characters between a place and its country in one clause
# a country that acts at a place is not said to hold it: 我国在太原卫星发射中心…成功发射 (E 87, F 107, L 228)
# "the capital Addis Ababa", 首都基加利: the word right before a capital's name
_CAPITAL_BEFORE = re.compile(r"(?:首都|\bcapital(?:\s+city)?\s+)$", re.IGNORECASE)
_AGENT_AT = re.compile(r"\s*(?:今天|今日|日前|近日|当天|\d+日)?\s*在")


def _entry(mention: Mention, lexicon: Lexicon) -> LexiconEntry | None:
    """The lexicon entry a mention names: by its key, else by its name when one entry of its
    class has that name."""
    if mention.key is not None:
        entry = lexicon.get(mention.key)
        if entry is not None:
            return entry
    found = [e for e in lexicon.lookup(mention.canonical or mention.text) if e.cls is mention.cls]
    return found[0] if len(found) == 1 else None


def _entry_id(mention: Mention, lexicon: Lexicon) -> str | None:
    entry = _entry(mention, lexicon)
    return entry.id if entry is not None else None


def _place_countries(sentence: SentenceView, lexicon: Lexicon) -> Iterator[tuple[Slot, Slot]]:
    """(place, country) pairs close together in one clause whose lexicon entries say the place is
    in the country."""
    countries = [
        (index, _entry_id(slot.mention, lexicon))
        for index, slot in enumerate(sentence.slots)
        if slot.letter == "C" and not slot.reference
    ]
    if not countries:
        return
    for index, slot in enumerate(sentence.slots):
        if slot.letter != "L" or slot.reference:
            continue
        entry = _entry(slot.mention, lexicon)
        if entry is None or entry.country is None:
            continue
        capital = _CAPITAL_BEFORE.search(sentence.skeleton[: sentence.positions[index]]) is not None
        # the gazetteer's cities too would add a locatedIn for every "Lagos, Nigeria", which
        # annotators mark in some reports and not others: the classifier weighs those; a city
        # the text calls the capital (卢旺达总统…在首都基加利表示) is the country's, wherever it is named
        if entry.origin == "geonames" and not capital:
            continue
        for other, country_id in countries:
            if country_id != entry.country:
                continue
            if capital and other < index:
                yield slot, sentence.slots[other]
                continue
            first, last = sorted((index, other))
            gap = sentence.skeleton[sentence.slot_end(first) : sentence.positions[last]]
            # (中国云南瑞丽: Ruili is in Yunnan, the place between, which is in China)
            between = sentence.slots[first + 1 : last]
            if (
                len(gap) <= _PLACE_WINDOW
                and _CLAUSE_BREAK.search(gap.strip(" ,")) is None
                and not (other < index and _AGENT_AT.match(gap))
                and not any(slot.letter == "L" for slot in between)
            ):
                yield slot, sentence.slots[other]


def _title_text(sentence: SentenceView, index: int) -> str:
    """The words around a person's name that may be a title: before it (after the name before,
    if any) and, in Chinese, right after it (习近平主席)."""
    start = sentence.slot_end(index - 1) if index > 0 else 0
    before = sentence.skeleton[start : sentence.positions[index]]
    if sentence.lang is Lang.ZH:
        after = _ZH_TITLE_AFTER.search(sentence.skeleton[sentence.slot_end(index) :])
        title = _ZH_TITLE_BEFORE.search(before)
        return (title.group() if title else "") + " " + (after.group() if after else "")
    title = _EN_TITLE_BEFORE.search(before)
    return title.group() if title else ""


def _names_office(office: _Office, title: str, lang: Lang) -> bool:
    """Whether the title text names the office (a deputy's title never names a head's office)."""
    for pattern, english, chinese in _OFFICE_WORDS:
        if pattern.search(office.title):
            words = chinese if lang is Lang.ZH else english
            if words.search(title) is None:
                return False
            return _DEPUTY.search(office.title) is not None or _DEPUTY.search(title) is None
    return False


def _held(office: _Office, year: int | None) -> bool:
    if year is None:
        return office.end is None
    return (office.start is None or office.start <= year) and (office.end is None or year <= office.end)


class _Bodies:
    """The document's mentions of countries and organisations by the lexicon entry they name,
    built on first use: an office's body is then found among its own mentions, not among every
    mention of the document (a long report has thousands)."""

    def __init__(self, view: DocumentView, lexicon: Lexicon) -> None:
        self._view, self._lexicon = view, lexicon
        self._by_id: dict[str, tuple[list[int], list[tuple[int, Mention]]]] | None = None

    def _index(self) -> dict[str, tuple[list[int], list[tuple[int, Mention]]]]:
        """Per body: its mentions' starts, sorted, and each mention with its rank among the
        document's mentions (which, of two as near, comes first)."""
        listed: dict[str, list[tuple[int, Mention]]] = {}
        rank = 0
        for mentions in self._view.discourse.seen.values():
            for mention in mentions:
                rank += 1
                if mention.cls not in (EntityClass.COUNTRY, EntityClass.ORGANIZATION):
                    continue
                for body_id in dict.fromkeys((mention.key, _entry_id(mention, self._lexicon))):
                    if body_id is not None:
                        listed.setdefault(body_id, []).append((rank, mention))
        by_id = {}
        for body_id, ranked in listed.items():
            ranked.sort(key=lambda item: item[1].span.start)
            by_id[body_id] = ([mention.span.start for _, mention in ranked], ranked)
        return by_id

    def nearest(self, body_id: str, near: int) -> Mention | None:
        """The document's mention of the body ``body_id``, the nearest to ``near`` (the first of equals)."""
        if self._by_id is None:
            self._by_id = self._index()
        if body_id not in self._by_id:
            return None
        starts, ranked = self._by_id[body_id]
        index = bisect_left(starts, near)
        closest = {starts[i] for i in (index - 1, index) if 0 <= i < len(starts)}
        distance = min(abs(start - near) for start in closest)
        ties = [
            item
            for start in closest
            if abs(start - near) == distance
            for item in ranked[bisect_left(starts, start) : bisect_right(starts, start)]
        ]
        return min(ties, key=lambda item: item[0])[1]


def _offices(
    bodies: _Bodies, sentence: SentenceView, lexicon: Lexicon, year: int | None
) -> Iterator[tuple[Mention, Predicate, Mention]]:
    for index, slot in enumerate(sentence.slots):
        if slot.letter != "H" or slot.reference:
            continue
        entry = _entry(slot.mention, lexicon)
        offices: Sequence[_Office] = getattr(entry, "offices", ()) if entry is not None else ()
        if not offices:
            continue
        title = _title_text(sentence, index)
        if not title.strip():
            continue
        for office in offices:
            if office.relation not in (Predicate.HEAD_OF.value, Predicate.AFFILIATED_WITH.value):
                continue
            if not _held(office, year) or not _names_office(office, title, sentence.lang):
                continue
            body = bodies.nearest(office.of, slot.span.start)
            if body is not None:
                yield slot.mention, Predicate(office.relation), body


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def known_relations(view: DocumentView, lexicon: Lexicon) -> tuple[Relation, ...]:
    """The relations the lexicon backs where the document's sentences name both ends together."""
    found: list[Relation] = []
    year = _year(view.doc.date)
    bodies = _Bodies(view, lexicon)
    for sentence in view.sentences:
        if not sentence.slots:
            continue
        evidence: Span = sentence.sentence.span
        letters = {slot.letter for slot in sentence.slots}
        if "L" in letters and "C" in letters:
            for place, country in _place_countries(sentence, lexicon):
                found.append(
                    Relation(
                        place.mention,
                        Predicate.LOCATED_IN,
                        country.mention,
                        evidence,
                        "known-place-country",
                        0.8,
                    )
                )
        if "H" in letters:
            for person, predicate, body in _offices(bodies, sentence, lexicon, year):
                found.append(Relation(person, predicate, body, evidence, "known-office", 0.85))
    return tuple(found)
