"""Mentions of one document: lexicon names, discovered names, acronyms, compounds, descriptors.

``find_mentions(doc, lexicon)`` returns mentions sorted by span and not overlapping, except
``source="compound"`` ones, which lie inside the name they come from (the 中 and the 巴 of
中巴跨境光缆, the China and the Pakistan of "China-Pakistan Economic Corridor") or, rarely, in a
free compound such as 中巴两国. How a span is chosen when names overlap: the longest wins, then
the lexicon over a defined acronym over a discovered name over a descriptor. A discovered name
that is a lexicon name plus a generic tail (中巴跨境光缆项目, "the PEACE Cable System") keeps the
lexicon's key.

``Mention.source`` is one of:

- ``lexicon``: a lexicon name; ``key`` is the entry id;
- ``pattern``: a name found by a discovery pattern (``kg.extract.names_zh``, ``names_en``);
- ``acronym``: an acronym defined in the document; ``canonical`` is its long form, ``key``
  the long form's entry when the lexicon knows it;
- ``compound``: a country (or place, organisation) named inside a longer name; ``key`` is its
  entry, ``canonical`` its name;
- ``descriptor``: a description of this document's own event or agreement (贯通仪式,
  "the inauguration ceremony"), to be resolved within the document only.

Lexicon names that several entries share are decided per document: a definition of the
acronym, then a longer name of one of the entries in the document, then the entries' context
words, then the most trusted entry (curated before generated), with a lower confidence.
City names from the gazetteer must look like places: an English one needs a capital and a
locative context ("in Marseille", "from Rawalpindi to …", a dateline) unless the city is very
large or the document already used it so; a Chinese one must not sit inside a longer word.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from kg.extract.dates import ENGLISH_MONTHS, ENGLISH_WEEKDAYS
from kg.extract.mentions_candidate import SOURCES, Candidate
from kg.extract.names_acronyms import Definition, acronym_mentions, defined_long_forms, find_definitions
from kg.extract.names_branches import work_branches
from kg.extract.names_called import called_names
from kg.extract.names_editions import edition_names
from kg.extract.names_en import find_descriptors_en, find_names_en, national_branches, not_names
from kg.extract.names_en import head_classes as english_head_classes
from kg.extract.names_links import payment_links
from kg.extract.names_lists import latin_bodies_zh, list_siblings, places_listed_zh
from kg.extract.names_plants import find_own_plants
from kg.extract.names_segments import find_segments
from kg.extract.names_sited import sited_works
from kg.extract.names_space import find_space_names
from kg.extract.names_spectrum import spectrum_bands
from kg.extract.names_surnames import surname_references
from kg.extract.names_zh import (
    TRANSLITERATION,
    Protected,
    chinese_words,
    elliptical_compounds,
    find_names_zh,
    follows_a_title,
    operator_head_in_sector,
)
from kg.lexicon import Lexicon, LexiconEntry, LexiconHit
from kg.lexicon.entry import SMALL_TOWN_POPULATION
from kg.lexicon.folding import fold, has_cjk, script_lang
from kg.model import Document, EntityClass, Lang, Mention, Span

__all__ = ["find_mentions"]

_ORIGIN_RANK = {"user": 0, "seed": 1, "learned": 2, "cldr": 3, "geonames": 4}
_SOURCE_RANK = {source: rank for rank, source in enumerate(SOURCES)}
_LARGE_CITY = 1_000_000
_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|at|from|to|near|via|into|toward|towards|across|between|through|outside|around|and|"
    r"or|of|landed in|lands in|based in|capital|capital city|In|At|From|Near|Outside|Across|"
    r"link(?:s|ing|ed)?|connect(?:s|ing|ed)?)\s+|[,、]\s*)$"
)
# A region named with its article ("in the Western Cape", "across the Free State"), unless a
# capitalised word follows: "from the Xichang Satellite Launch Center" is no place of its own.
_LOCATIVE_THE_BEFORE = re.compile(r"\b(?:in|at|from|to|near|into|across|throughout|In|Across)\s+the\s+$")
# (on the same line: a title's last word is followed by the next line, not by more of a name)
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]")
_PLACE_AFTER = re.compile(
    r"^(?:\s*,\s*[A-Z]|\s+and\s+[A-Z]|'s\b|’s\b|\s+\[[A-Z][\w .'’-]{1,30}\]"  # ("New Delhi [India], …")
    r"|\s+(?:landing (?:point|station|site)|cable landing|port|harbou?r)\b)"
)
_LINE_START = re.compile(r"(?:^|\n)\s*$")
# A compass word before a name makes a region of it ("Latin American", "South China" when the
# lexicon does not know the whole): not the country or place itself.
_REGION_BEFORE = re.compile(
    r"\b(?:Latin|South|North|East|West|Central|Southern|Northern|Eastern|Western|Southeast|Northeast|"
    r"Southwest|Northwest|Pan)[ -]$"
)
# A capitalised word right before a small city's name makes it part of a longer name (Chinar
# Bagh, not the town of Bagh); a preposition or article opening a sentence does not.
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*) $")
_OPENING_WORDS = frozenset(
    ("in", "at", "from", "to", "near", "via", "the", "and", "of", "for", "on", "by", "with", "into")
)
# A technology named with a generic tail is the same technology: 100G|传输技术, 5G| technology.
_TECHNOLOGY_TAIL = re.compile(r"(?:传输技术|网络技术|技术)|(?: transmission)? technolog(?:y|ies)\b")
_SHORT_TRANSLITERATION = 3
# 方 after a country's character that starts another word: 新方案, 法方面, 越方便.
_CALENDAR_WORDS = ENGLISH_MONTHS | ENGLISH_WEEKDAYS
_FANG_WORDS = set("案法向式面便针位言圆块形略程舟剂")
_CITY_SUFFIXES = ("市", "县", "区", "省", "州", "港")
_COMPOUND_HOSTS = {
    EntityClass.PROJECT,
    EntityClass.INITIATIVE,
    EntityClass.AGREEMENT,
    EntityClass.EVENT,
    EntityClass.ORGANIZATION,
}
_NESTED_CLASSES = {EntityClass.COUNTRY, EntityClass.PLACE, EntityClass.ORGANIZATION, EntityClass.INITIATIVE}
_FREE_COMPOUND = re.compile(
    r"(两国|双方|关系|友谊|友好|合作|边境|边界|全天候|经贸|贸易|外长|建交|之间|命运共同体|战略|自贸|跨境|铁路|光缆)"
)
_GENERIC_TAILS_ZH = (
    "项目",
    "工程",
    "建设项目",
    "系统",
    "倡议",
    "协定",
    "战略",
    "一期",
    "二期",
    "一期工程",
    "二期工程",
)
_GENERIC_TAILS_EN = (
    "project",
    "cable",
    "cable system",
    "system",
    "initiative",
    "agreement",
    "submarine cable",
    "subsea cable",
    "network",
)
# A company's legal form after its name: "Pakistan Telecommunication Company Ltd", 中国联通公司.
_LEGAL_TAILS = frozenset(
    (
        "ltd",
        "ltd.",
        "limited",
        "co.",
        "co. ltd",
        "co., ltd",
        "co., ltd.",
        "co. ltd.",
        "inc",
        "inc.",
        "plc",
        "llc",
        "corp.",
        "corporation",
        "company",
        "公司",
        "有限公司",
        "股份有限公司",
        "有限责任公司",
        "集团有限公司",
    )
)
_YEAR = re.compile(r"(?:19|20)\d{2}年?")


def _spans(doc: Document) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Sentence spans to read as Chinese, and as English (mixed sentences are read as both)."""
    if not doc.sentences:
        whole = [(0, len(doc.text))]
        return (whole if doc.lang is not Lang.EN else [], whole if doc.lang is not Lang.ZH else [])
    zh = [(s.span.start, s.span.end) for s in doc.sentences if s.lang is not Lang.EN]
    en = [(s.span.start, s.span.end) for s in doc.sentences if s.lang is not Lang.ZH]
    return zh, en


def _lang(doc: Document, start: int, end: int) -> Lang:
    lang = script_lang(doc.text[start:end])
    if lang is not None:
        return Lang(lang)
    sentence = doc.sentence_at(start)
    return sentence.lang if sentence is not None else doc.lang


def _inside_longer_word(
    text: str, start: int, end: int, places: frozenset[tuple[int, int]] = frozenset()
) -> bool:
    """南京 in 南京路, 中山 in 中山大学: the dictionary has a longer word over the name.

    A longer place name that ends with it (广西南宁) or adds a city suffix (南宁市) is fine, and
    so is a word that is a place of ``places`` (lexicon spans) and the name (福建|厦门, which
    jieba lists as one proper noun).
    """
    words = chinese_words()
    surface = text[start:end]
    for left in range(max(0, start - 3), start + 1):
        for right in range(end, min(len(text), end + 3) + 1):
            if (left, right) == (start, end) or right - left > 7:
                continue
            word = text[left:right]
            tag = words.get(word)
            if tag is None:
                continue
            if left == start and word[len(surface) :] in _CITY_SUFFIXES:
                continue
            if right == end and (tag == "ns" or (left, start) in places):
                continue
            return True
    return False


def _across_words(text: str, start: int, end: int) -> bool:
    """主义|和 over 义和, 通道|成本 over 道成: a common word runs across the start or the end of
    the name, so the text's words part it; a small town's name there is two words' halves. (A
    place name across it, 上海|南汇 under 海南, is the lexicon's own overlap to settle.)"""
    words = chinese_words()

    def common_word(left: int, right: int) -> bool:
        tag = words.get(text[left:right])
        return right - left >= 2 and tag is not None and tag != "ns"

    if any(
        common_word(left, right)
        for left in range(max(0, start - 3), start)
        for right in range(start + 1, end)
    ):
        return True
    if text[start:end].endswith(_CITY_SUFFIXES):
        return False  # 突尼斯市|北部, 克拉玛依市|委: the suffix ends the name whatever word it opens
    return any(
        common_word(left, right)
        for left in range(start + 1, end)
        for right in range(end + 1, min(len(text), end + 3) + 1)
    )


class _Context:
    """What deciding between senses of a name needs to know about the whole document."""

    def __init__(self, doc: Document, hits: Sequence[LexiconHit]) -> None:
        self.doc = doc
        self._folded: str | None = None
        self.named_in_full = {
            entry_id
            for hit in hits
            if len(hit.entry_ids) == 1 and len(hit.surface) >= 6
            for entry_id in hit.entry_ids
        }

    def context_score(self, entry: LexiconEntry) -> int:
        if self._folded is None:
            self._folded = fold(self.doc.text)
        folded = self._folded
        return sum(1 for word in entry.context if fold(word) in folded)


class _Senses(NamedTuple):
    """What a lexicon name may stand for, worked out once per name and lexicon.

    ``fixed`` holds the class, key, canonical name and confidence of a name with one curated
    sense, which needs no look at the document (most hits); ``fang`` marks 巴方-like names that
    the next character may turn into another word; ``transliterated_place`` a place's Chinese
    transliteration that a longer one may hold (布拉格 in 布拉格维申斯克).
    """

    entries: tuple[LexiconEntry, ...]
    chinese: bool
    geonames: bool
    fang: bool
    fixed: tuple[EntityClass, str, str | None, float] | None
    transliterated: bool
    transliterated_place: bool


@functools.lru_cache(maxsize=1 << 16)
def _senses(lexicon: Lexicon, surface: str, entry_ids: tuple[str, ...]) -> _Senses:
    entries = [lexicon.entry(entry_id) for entry_id in entry_ids]
    if surface.lower() in _CALENDAR_WORDS:
        entries = [entry for entry in entries if entry.origin != "geonames"]  # March, Tuesday: never places
    if len(surface) >= 2 and all(char in lexicon.compound_chars for char in surface):
        entries = [entry for entry in entries if entry.origin != "geonames"]  # 巴中: "Pakistan–China"
    chinese = has_cjk(surface)
    geonames = any(entry.origin == "geonames" for entry in entries)
    fang = len(surface) == 2 and surface.endswith("方")
    fixed = None
    if len(entries) == 1 and not geonames:
        entry = entries[0]
        fixed = (entry.cls, entry.id, _canonical(entry, surface, chinese), 0.95)
    transliterated = (
        chinese
        and len(surface) <= _SHORT_TRANSLITERATION
        and all(char in TRANSLITERATION for char in surface)
        and any(entry.cls is EntityClass.PERSON for entry in entries)
    )
    transliterated_place = (
        chinese
        and bool(entries)
        and all(entry.cls is EntityClass.PLACE for entry in entries)
        and all(char in TRANSLITERATION for char in surface)
    )
    return _Senses(tuple(entries), chinese, geonames, fang, fixed, transliterated, transliterated_place)


_CHINESE_SPEAKING = frozenset(("country/cn", "country/tw", "country/hk", "country/mo", "country/sg"))


def _foreign_town_after_title(text: str, hit: LexiconHit, senses: _Senses) -> bool:
    """A gazetteer town abroad whose Chinese name follows a person's title, or such a town right
    after it: the start of a transliterated name (部长|佩里斯, 部长布瑞|奥内斯)."""
    if not senses.entries or not all(
        entry.origin == "geonames" and entry.country not in _CHINESE_SPEAKING for entry in senses.entries
    ):
        return False
    return follows_a_title(text, hit.start) or (
        hit.start >= 2 and text[hit.start - 1] in TRANSLITERATION and follows_a_title(text, hit.start - 2)
    )


# 约 before a figure is "about" (以北约50公里, 东南约3公里), whatever name it seems to end
_ABOUT_A_FIGURE = re.compile(r"约[\d一二三四五六七八九十百千万两几]")


def _inside_transliteration(text: str, start: int, end: int) -> bool:
    """班达里 in 卡米妮·拉杰班达里, 达尔 in 达尔文: a short transliterated name that goes on."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    return before in TRANSLITERATION or after in TRANSLITERATION or "·" in (before, after)


_PLACE_SUFFIXES = ("市", "州", "省", "岛", "港")
_JOINS_PLACES = frozenset("与和、及至")


def _opens_transliteration(text: str, hit: LexiconHit) -> bool:
    """布拉格|维申斯克: a transliterated place's name that goes on in transliteration."""
    after = text[hit.end : hit.end + 2]
    return len(after) == 2 and after[0] in TRANSLITERATION and after[1] in TRANSLITERATION


class _Transliterations:
    """Where the Chinese lexicon names of a text lie, to read a place's name inside a longer one."""

    def __init__(self, hits: Sequence[LexiconHit], senses_of: Sequence[_Senses]) -> None:
        self.starts = {hit.start for hit in hits}
        self.place_ends = {
            hit.end
            for hit, senses in zip(hits, senses_of, strict=True)
            if senses.chinese
            and any(e.cls in (EntityClass.COUNTRY, EntityClass.PLACE) for e in senses.entries)
        }
        self.covered: set[tuple[int, int]] = set()
        reach = -1
        for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
            if hit.end <= reach:
                self.covered.add((hit.start, hit.end))
            reach = max(reach, hit.end)

    def longer(self, text: str, hit: LexiconHit) -> Candidate | None:
        """The longer place a short one opens (俄罗斯|布拉格维申斯克市: Blagoveshchensk, not Prague),
        or None when the longer name says nothing of a place (巴斯内特: a person, not Bath)."""
        end = hit.end
        while end < len(text) and text[end] in TRANSLITERATION and (end == hit.end or end not in self.starts):
            end += 1
        suffixed = text.startswith(_PLACE_SUFFIXES, end)
        before = hit.start - 1
        if not (
            suffixed
            or hit.start in self.place_ends
            or (before > 0 and text[before] in _JOINS_PLACES and before in self.place_ends)
        ):
            return None
        return Candidate(
            hit.start,
            end + 1 if suffixed else end,
            EntityClass.PLACE,
            "pattern",
            0.75,
            "zh-longer-transliteration",
            None,
            text[hit.start : end] if suffixed else None,  # 布拉格维申斯克市 = 布拉格维申斯克
        )

    def inside_longer_name(self, text: str, hit: LexiconHit) -> bool:
        """斯坦 in 巴基斯坦, or followed at once by another name (瓜达尔): no transliteration goes on."""
        return (hit.start, hit.end) in self.covered or any(
            position in self.starts for position in range(hit.end, hit.end + 2)
        )


def _canonical(entry: LexiconEntry, surface: str, chinese: bool) -> str | None:
    label = entry.label("zh" if chinese else "en")
    return label if label.casefold() != surface.casefold() else None


@functools.cache
def _head_nouns() -> frozenset[str]:
    """ "SCO Data Center Gilgit": a city after a name's head noun is a name of its own."""
    return frozenset(english_head_classes())


# A province's or a state's unit word after its name is part of it ("Akwa Ibom State", "Sindh
# Province"); after a city's, it names a larger unit ("Lagos State" is not the city).
_ADMINISTRATIVE_TAIL = re.compile(
    r" (?:Province|province|State|Region|region|Governorate|governorate|Oblast|oblast|Prefecture|"
    r"prefecture|Autonomous Region)\b"
)


def _administrative_tail(text: str, end: int, entry: LexiconEntry) -> int:
    if entry.cls is not EntityClass.PLACE or entry.population:
        return end
    match = _ADMINISTRATIVE_TAIL.match(text, end)
    return match.end() if match else end


def _technology_tail(text: str, end: int) -> int:
    match = _TECHNOLOGY_TAIL.match(text, end)
    return match.end() if match else end


_CHIEF_OF_BEFORE = re.compile(r"\b(?:Chief|Head)\s+of\s+$")


def _english_city_ok(text: str, hit: LexiconHit, entry: LexiconEntry) -> bool:
    if (entry.population or 0) >= _LARGE_CITY:
        return True
    if not entry.population and _ADMINISTRATIVE_TAIL.match(text, hit.end):
        return True  # "in Akwa Ibom State": a state's name with its unit word
    before = text[max(0, hit.start - 24) : hit.start]
    if _CHIEF_OF_BEFORE.search(before):
        return False  # "Deputy Chief of Mission": a diplomat's title, not Mission, Texas
    capitalised = _CAPITALISED_BEFORE.search(before)
    if capitalised:
        word = capitalised.group(1).lower()
        if word in _head_nouns():
            return True  # "Karot Data Center Gilgit": the place a named facility is in
        if word not in _OPENING_WORDS:
            return False
    after = text[hit.end : hit.end + 24]
    if _PLACE_AFTER.match(after):
        return True
    if _NAME_GOES_ON.match(after):
        return False  # "at Mobile World Congress", "operator Mobile TeleSystems": a longer name's word
    if _LOCATIVE_BEFORE.search(before):
        return True
    if _LOCATIVE_THE_BEFORE.search(before) and not _NAME_GOES_ON.match(after):
        return True
    return bool(_LINE_START.search(before)) and text[hit.end : hit.end + 1] in (",", ":")


def _usable_entries(
    text: str,
    hit: LexiconHit,
    senses: _Senses,
    accepted_cities: set[str],
    places: frozenset[tuple[int, int]],
) -> list[LexiconEntry]:
    if senses.fang and text[hit.end : hit.end + 1] in _FANG_WORDS:
        return []
    if not senses.geonames:
        return list(senses.entries)
    usable = []
    for entry in senses.entries:
        if entry.origin == "geonames":
            if senses.chinese and _inside_longer_word(text, hit.start, hit.end, places):
                continue
            if (
                senses.chinese
                and (entry.population or 0) < SMALL_TOWN_POPULATION
                and _across_words(text, hit.start, hit.end)
            ):
                continue
            if (
                not senses.chinese
                and hit.surface not in accepted_cities
                and not _english_city_ok(text, hit, entry)
            ):
                continue
        usable.append(entry)
    return usable


def _choose(entries: Sequence[LexiconEntry], context: _Context) -> tuple[LexiconEntry, float]:
    if len(entries) == 1:
        return entries[0], 0.95
    in_full = [entry for entry in entries if entry.id in context.named_in_full]
    if len(in_full) == 1:
        return in_full[0], 0.9
    curated = [entry for entry in entries if entry.origin != "geonames"]
    if len(curated) == 1:
        return curated[0], 0.85
    scores = [context.context_score(entry) for entry in entries]
    best = max(scores)
    if best > 0 and scores.count(best) == 1:
        return entries[scores.index(best)], 0.8
    ranked = sorted(entries, key=lambda entry: _ORIGIN_RANK.get(entry.origin, 9))
    return ranked[0], 0.6


_ROUTE_JOINS = frozenset("-–—/")
_PLACE_CLASSES = frozenset((EntityClass.PLACE, EntityClass.COUNTRY))


def _cities_on_routes(
    text: str, hits: Sequence[LexiconHit], senses_of: Sequence[_Senses], accepted: set[str]
) -> set[str]:
    """ "the Beitbridge-Masvingo-Harare backbone": English places joined by dashes into a route
    are all places when one of them is a sure one (a large city, a country, a city named in a
    place's context)."""
    places: dict[int, LexiconHit] = {}
    sure: set[int] = set()
    for hit, senses in zip(hits, senses_of, strict=True):
        if senses.chinese or not any(entry.cls in _PLACE_CLASSES for entry in senses.entries):
            continue
        places[hit.start] = hit
        if (
            hit.surface in accepted
            or not senses.geonames
            or any((entry.population or 0) >= _LARGE_CITY for entry in senses.entries)
        ):
            sure.add(hit.start)
    routes: list[list[LexiconHit]] = []
    for start in sorted(places):
        hit = places[start]
        previous = routes[-1][-1] if routes else None
        if previous is not None and previous.end + 1 == start and text[previous.end] in _ROUTE_JOINS:
            routes[-1].append(hit)
        else:
            routes.append([hit])
    return {
        hit.surface
        for route in routes
        if len(route) >= 2 and any(hit.start in sure for hit in route)
        for hit in route
        # ("China-Central Asia": a word of a longer name is no place of the route)
        if not _NAME_GOES_ON.match(text, hit.end)
    }


def _lexicon_candidates(doc: Document, hits: Sequence[LexiconHit], lexicon: Lexicon) -> list[Candidate]:
    text = doc.text
    context = _Context(doc, hits)
    senses_of = [_senses(lexicon, hit.surface, hit.entry_ids) for hit in hits]
    accepted_cities = {
        hit.surface
        for hit, senses in zip(hits, senses_of, strict=True)
        if senses.geonames and not senses.chinese
        for entry in senses.entries
        if entry.origin == "geonames" and _english_city_ok(text, hit, entry)
    }
    accepted_cities |= _cities_on_routes(text, hits, senses_of, accepted_cities)
    # the Chinese spans of places and countries (福建 of 福建厦门)
    places = frozenset(
        (hit.start, hit.end)
        for hit, senses in zip(hits, senses_of, strict=True)
        if senses.chinese
        and any(entry.cls in (EntityClass.PLACE, EntityClass.COUNTRY) for entry in senses.entries)
    )
    candidates = []
    transliterations: _Transliterations | None = None
    for hit, senses in zip(hits, senses_of, strict=True):
        if senses.transliterated and _inside_transliteration(text, hit.start, hit.end):
            continue
        if senses.chinese and operator_head_in_sector(text, hit.start, hit.end):
            continue
        if senses.chinese and _foreign_town_after_title(text, hit, senses):
            continue  # 教育部长|布瑞|奥内斯: a transliterated name, not the towns Bray and Onex
        if senses.chinese and _ABOUT_A_FIGURE.match(text, hit.end - 1):
            continue  # 以北|约50公里: "about", not 北约 (NATO)
        if not senses.chinese and _REGION_BEFORE.search(text, max(0, hit.start - 12), hit.start):
            continue
        if senses.transliterated_place and _opens_transliteration(text, hit):
            transliterations = transliterations or _Transliterations(hits, senses_of)
            if not transliterations.inside_longer_name(text, hit):
                longer = transliterations.longer(text, hit)
                candidates += [longer] if longer is not None else []
                continue
        fixed = senses.fixed
        if fixed is not None and not senses.fang:
            cls, key, canonical, confidence = fixed
            end = _technology_tail(text, hit.end) if cls is EntityClass.TECHNOLOGY else hit.end
            if cls is EntityClass.PLACE and not senses.chinese:
                end = _administrative_tail(text, end, lexicon.entry(key))
            candidates.append(
                Candidate(hit.start, end, cls, "lexicon", confidence, "lexicon", key, canonical)
            )
            continue
        entries = _usable_entries(text, hit, senses, accepted_cities, places)
        if not entries:
            continue
        entry, confidence = _choose(entries, context)
        if entry.origin == "geonames":
            confidence = min(confidence, 0.8)
        canonical = _canonical(entry, hit.surface, senses.chinese)
        unit = None if senses.chinese or not entry.population else _ADMINISTRATIVE_TAIL.match(text, hit.end)
        if unit is not None and unit.group()[1].isupper() and entry.cls is EntityClass.PLACE:
            # "Lagos State", "Almaty Region": the unit a city names is a place of its own
            candidates.append(Candidate(hit.start, unit.end(), entry.cls, "pattern", 0.75, "en-citys-unit"))
            continue
        end = hit.end if senses.chinese else _administrative_tail(text, hit.end, entry)
        if end > hit.end:
            canonical = entry.label("en")
        candidates.append(
            Candidate(hit.start, end, entry.cls, "lexicon", confidence, "lexicon", entry.id, canonical)
        )
    return candidates


def _select(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Longest first, then by source; no two chosen spans overlap."""
    if not isinstance(candidates, list):
        candidates = list(candidates)
    if len(candidates) <= 1:
        return candidates
    ordered = sorted(
        candidates, key=lambda c: (-(c.end - c.start), _SOURCE_RANK.get(c.source, 9), -c.confidence, c.start)
    )
    if not ordered:
        return []
    taken = bytearray(max(c.end for c in ordered) + 1)
    chosen = []
    for candidate in ordered:
        if candidate.end <= candidate.start or any(taken[candidate.start : candidate.end]):
            continue
        taken[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
        chosen.append(candidate)
    return sorted(chosen, key=lambda c: (c.start, -c.end))


def _with_lexicon_key(
    text: str, candidate: Candidate, inner: Sequence[Candidate], lexicon: Lexicon
) -> Candidate:
    """A discovered name that is a lexicon name plus a generic tail takes the lexicon's key."""
    if candidate.source not in ("pattern", "descriptor"):
        return candidate
    name = candidate.canonical or text[candidate.start : candidate.end]
    for entry in lexicon.lookup(name):
        if entry.cls is candidate.cls or candidate.canonical:
            return Candidate(
                candidate.start,
                candidate.end,
                entry.cls,
                "lexicon" if not candidate.canonical else "pattern",
                max(candidate.confidence, 0.8),
                "lexicon-name",
                entry.id,
                candidate.canonical or entry.label(),
            )
    for found in inner:
        if found.key is None or found.cls in (EntityClass.TECHNOLOGY, EntityClass.COUNTRY, EntityClass.PLACE):
            continue
        head = text[candidate.start : found.start].strip().lower()
        tail = text[found.end : candidate.end].strip().lower()
        if _names_the_same(head, tail, found, lexicon):
            return Candidate(
                candidate.start,
                candidate.end,
                found.cls,
                "lexicon",
                max(found.confidence, 0.85),
                "lexicon-name-with-tail",
                found.key,
                found.canonical or text[found.start : found.end],
            )
    return candidate


def _names_the_same(head: str, tail: str, found: Candidate, lexicon: Lexicon) -> bool:
    """Whether a name around a lexicon name ``found`` names the same thing.

    A generic or legal tail ("the PEACE cable system", "PTCL Ltd", 中国联通公司), the thing's
    own country before it (中国|工信部), the year of an event (2021|中国国际智能产业博览会).
    """
    if head in ("", "the"):
        return (
            tail in _GENERIC_TAILS_ZH
            or tail in _GENERIC_TAILS_EN
            or (found.cls is EntityClass.ORGANIZATION and tail in _LEGAL_TAILS)
        )
    if tail:
        return False
    if found.cls is EntityClass.EVENT and _YEAR.fullmatch(head):
        return True
    country = lexicon.entry(found.key).country if found.key else None
    return country is not None and any(entry.id == country for entry in lexicon.lookup(head))


def _compound_senses(
    text: str, lexicon_candidates: Sequence[Candidate], lexicon: Lexicon
) -> dict[str, LexiconEntry]:
    """What a one-character form stands for in this document when not its usual country.

    巴 is Pakistan, but in a document that names 巴西 (Brazil) in full and never 巴基斯坦, 中巴
    and 巴方 are China–Brazil and the Brazilian side; so 马 of 马尔代夫 (Maldives) where Malaysia
    is not named. A character two named countries may claim keeps its usual sense.
    """
    named = {
        c.key
        for c in lexicon_candidates
        if c.cls is EntityClass.COUNTRY and c.key and c.end - c.start >= 2 and text[c.end - 1] != "方"
    }
    claims: dict[str, list[LexiconEntry]] = defaultdict(list)
    for key in named:
        entry = lexicon.entry(key)
        name = entry.label("zh")
        if not has_cjk(name):
            continue
        usual = lexicon.by_compound_char(name[0])
        if usual and usual[0].id != key and usual[0].id not in named:
            claims[name[0]].append(entry)
    return {char: entries[0] for char, entries in claims.items() if len(entries) == 1}


def _side_form(text: str, candidate: Candidate, senses: dict[str, LexiconEntry]) -> Candidate:
    """巴方 in a document about Brazil: the Brazilian side."""
    surface = text[candidate.start : candidate.end]
    entry = senses.get(surface[0]) if len(surface) == 2 and surface[1] == "方" else None
    if entry is None or candidate.cls is not EntityClass.COUNTRY:
        return candidate
    return candidate._replace(key=entry.id, canonical=entry.label("zh"))


def _compound_run(text: str, start: int, end: int, chars: frozenset[str]) -> int:
    position = start
    while position < end and text[position] in chars:
        position += 1
    return position - start


def _compound_char_candidates(
    text: str, start: int, run: int, lexicon: Lexicon, confidence: float, *, senses: dict[str, LexiconEntry]
) -> list[Candidate]:
    found = []
    for position in range(start, start + run):
        entries = lexicon.by_compound_char(text[position])
        if entries:
            entry = senses.get(text[position], entries[0])
            found.append(
                Candidate(
                    position,
                    position + 1,
                    entry.cls,
                    "compound",
                    confidence,
                    "compound-char",
                    entry.id,
                    entry.label("zh"),
                )
            )
    return found


def _within(host: Candidate, ordered: Sequence[Candidate], starts: Sequence[int]) -> Sequence[Candidate]:
    """The candidates (sorted by start, with their ``starts``) that start within ``host``."""
    return ordered[bisect_left(starts, host.start) : bisect_left(starts, host.end)]


def _nestable(text: str, host: Candidate, inner: Candidate, run: int, lexicon: Lexicon) -> bool:
    """Whether a lexicon name inside ``host`` is named by it (China in "China-Pakistan …").

    Not the host's own key (Belt and Road in Belt and Road Initiative); inside an
    organisation's name only a country or a curated place (not 三峡 in 三峡南亚公司, nor the
    university in 中国传媒大学新闻学院).
    """
    if not (host.start + run <= inner.start and inner.end <= host.end) or (inner.start, inner.end) == (
        host.start,
        host.end,
    ):
        return False
    if inner.cls not in _NESTED_CLASSES or inner.key is None or inner.key == host.key:
        return False
    if (
        lexicon.entry(inner.key).origin == "geonames"
        and text[inner.start : inner.end].lower() in _head_nouns()
    ):
        return (
            False  # Airport in "Jomo Kenyatta International Airport", Summit in "… Cloud Summit": a head noun
        )
    if host.cls is EntityClass.ORGANIZATION:
        # A school's university, a subsidiary's parent: the name is the organisation's own.
        return inner.cls is EntityClass.COUNTRY or (
            inner.cls is EntityClass.PLACE and lexicon.entry(inner.key).origin != "geonames"
        )
    return True


_GOVERNMENT_BODY = re.compile(
    r"(?:部|局|委|署|厅|办|委员会|政府|大使馆|秘书处|议会)$|\b(?:Ministry|Department|Authority|Commission|Agency|Office|"
    r"Embassy|Government|Council|Parliament)\b"
)


def _own_country(text: str, host: Candidate, inner: Sequence[Candidate], lexicon: Lexicon) -> list[Candidate]:
    """老挝技术部, 巴基斯坦外交部: a government body whose name starts with its country names it."""
    if host.key is None:
        return []
    country = lexicon.entry(host.key).country
    for found in inner:
        if found.start != host.start or found.key != country or found.end >= host.end:
            continue
        if _GOVERNMENT_BODY.search(text, found.end, host.end):
            return [
                Candidate(
                    found.start,
                    found.end,
                    found.cls,
                    "compound",
                    min(found.confidence, 0.85),
                    "compound-own-country",
                    found.key,
                    found.canonical or text[found.start : found.end],
                )
            ]
    return []


def _opens_with_a_country(host: Candidate, inner: Sequence[Candidate], run: int) -> bool:
    """埃塞俄比亚|微小卫星, 巴伊亚州|科技园: a country's or a place's full name, not the one-character
    forms 埃, 塞, 俄 (巴, 伊) of others."""
    return any(
        c.start == host.start
        and c.end >= host.start + run
        and c.cls in (EntityClass.COUNTRY, EntityClass.PLACE)
        for c in inner
    )


def _compounds(
    text: str,
    chosen: Sequence[Candidate],
    lexicon_candidates: Sequence[Candidate],
    zh_spans: Sequence[tuple[int, int]],
    lexicon: Lexicon,
    *,
    senses: dict[str, LexiconEntry],
) -> list[Candidate]:
    """Countries, places and organisations named inside longer names, and free compounds (中巴两国)."""
    chars = lexicon.compound_chars
    found: list[Candidate] = []
    lexicon_candidates = sorted(lexicon_candidates, key=lambda c: c.start)
    starts = [c.start for c in lexicon_candidates]
    for host in chosen:
        if host.cls is EntityClass.ORGANIZATION and host.source == "lexicon":
            found += _own_country(text, host, _within(host, lexicon_candidates, starts), lexicon)
            continue
        if host.cls not in _COMPOUND_HOSTS or host.rule == "zh-dot-company":
            continue  # (巴哈·萨利赫公司: a transliterated name holds no country)
        run = _compound_run(text, host.start, host.end, chars)
        if run >= 2 and not _opens_with_a_country(host, _within(host, lexicon_candidates, starts), run):
            found += _compound_char_candidates(text, host.start, run, lexicon, 0.9, senses=senses)
        else:
            run = 0
        nested = [
            c for c in _within(host, lexicon_candidates, starts) if _nestable(text, host, c, run, lexicon)
        ]
        for inner in _select(nested):
            found.append(
                Candidate(
                    inner.start,
                    inner.end,
                    inner.cls,
                    "compound",
                    min(inner.confidence, 0.85),
                    "compound-nested",
                    inner.key,
                    inner.canonical or text[inner.start : inner.end],
                )
            )
    covered = bytearray(len(text) + 1)
    for c in chosen:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    runs = _compound_runs(chars)
    for span_start, span_end in zh_spans:
        listed_next = -1  # where the free compound after this one starts, when it is in a list (中哈、中吉等)
        for match in reversed(list(runs.finditer(text, span_start, span_end))):
            start, end = match.span()
            listed = end + 1 == listed_next and text[end] in "、和与及"
            free = "中" in match.group() and not covered[start]
            if free and (_FREE_COMPOUND.match(text, end) or text.startswith("等", end) or listed):
                found += _compound_char_candidates(text, start, end - start, lexicon, 0.8, senses=senses)
                listed_next = start
            else:
                listed_next = -1
    return found


@functools.cache
def _compound_runs(chars: frozenset[str]) -> re.Pattern[str]:
    """Two or more compound characters in a row (中巴, 中吉乌)."""
    return re.compile("[" + re.escape("".join(sorted(chars))) + "]{2,}")


# "签署了100余份各领域合作协议", 多项合作协议: many agreements, no one the document names.
_MANY_BEFORE = re.compile(
    r"(?:(?:\d+|[一二两三四五六七八九十百千万]+)余?(?:份|项|个|批|种)|各|多项|多份|若干|一系列|一批)[^，。；、]{0,6}$"
)


_CONTRACT_NOUNS = ("建设", "维护", "运营", "供货", "采购", "融资", "贷款")
_OPENS_DESCRIPTION = frozenset("的该此其署订了，。、： （(“")


_SUBJECTS = (EntityClass.TECHNOLOGY, EntityClass.INITIATIVE, EntityClass.PROJECT)


def _known_subject(description: Candidate, lexicon_candidates: Sequence[Candidate]) -> bool:
    """ "an agreement on satellite navigation": a field, an initiative or a work the lexicon knows
    makes one agreement of it ("a memorandum of understanding on cables" is some agreement)."""
    return any(
        c.cls in _SUBJECTS and description.start < c.start and c.end <= description.end
        for c in lexicon_candidates
    )


# "an MoU on e-commerce cooperation", "a memorandum of understanding on a strategic alliance", "a
# memorandum on cooperation in the processing industry": what two parties agree to work on names
# their agreement
_COOPERATION = re.compile(
    r"\b(?:cooperation|co-operation|partnership|alliance)(?: in (?:the )?[a-z][\w -]*)?$", re.IGNORECASE
)
_DEFINITE_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+$")


def _named_by_subject(text: str, description: Candidate, lexicon_candidates: Sequence[Candidate]) -> bool:
    """An agreement described by its subject is one agreement when the subject is a thing the
    lexicon knows, a field of cooperation, or when the text names it as one it spoke of ("the MoU
    on the first phase of the synergy plan"); "a memorandum of understanding on cables" is some
    agreement."""
    return (
        _known_subject(description, lexicon_candidates)
        or _COOPERATION.search(text, description.start, description.end) is not None
        or _DEFINITE_BEFORE.search(text, max(0, description.start - 8), description.start) is not None
    )


def _with_subjects(descriptors: list[Candidate], lexicon_candidates: Sequence[Candidate]) -> list[Candidate]:
    """卫星导航|合作协议, 共建“一带一路”|谅解备忘录: a field or an initiative right before an agreement
    only described says what it is on, so is part of its description."""
    subject_before = {
        c.end: c.start
        for c in lexicon_candidates
        if c.cls in (EntityClass.TECHNOLOGY, EntityClass.INITIATIVE) and c.source == "lexicon"
    }
    return [
        c._replace(start=subject_before[c.start])
        if c.cls is EntityClass.AGREEMENT and c.start in subject_before
        else c
        for c in descriptors
    ]


def _descriptors_zh(text: str, spans: Sequence[tuple[int, int]]) -> list[Candidate]:
    found = []
    for start, end in spans:
        for match in _ZH_DESCRIPTOR.finditer(text, start, end):
            if _MANY_BEFORE.search(text, max(start, match.start() - 12), match.start()):
                continue
            before = text[match.start() - 1] if match.start() > start else ""
            if match.group().startswith(_CONTRACT_NOUNS) and before and before not in _OPENS_DESCRIPTION:
                continue  # 中俄光缆|建设维护协议: the contract of a name, which the name's pattern reads
            cls = (
                EntityClass.AGREEMENT
                if match.group().endswith(("声明", "公报", "宣言", "备忘录", "协议", "合同", "意向书"))
                else EntityClass.EVENT
            )
            found.append(Candidate(match.start(), match.end(), cls, "descriptor", 0.6, "zh-descriptor"))
        for match in _ZH_OWN_PAPER.finditer(text, start, end):
            if _COUNTED.search(text, match.start(), match.end()):
                continue  # 签署了两项协议的…: papers counted are no one paper
            paper_start = match.start("this") if match["this"] else match.start("paper")
            found.append(
                Candidate(
                    paper_start, match.end("paper"), EntityClass.AGREEMENT, "descriptor", 0.6, "zh-own-paper"
                )
            )
    return found


# The paper a report is about, named by no kind or by its field: what was signed (签署合同, 签订的合同,
# 签署的协议, 签署一份价值24亿坦先令的协议, 签署了项目合同, 签署为期两年的电信合同) or what the report
# points back to (这一协议, 该协议).
_ZH_OWN_PAPER = re.compile(
    r"(?:(?:签署|签订)(?:了|的)?(?:一份|一项)?(?:[^，。；：、《》“”\n]{1,30}?的)?|(?P<this>这一|该|此))"
    r"(?P<paper>(?:(?<=[了的署订])[\u4e00-\u9fff]{2})?(?:协议|合同))"
)
_COUNTED = re.compile(r"(?:\d+|[两三四五六七八九十百多数几]+)(?:份|项|个|批|种)")


# What a ceremony marks (签约仪式, 捐赠仪式, 开学典礼), done online (云上开学典礼, “云揭牌”) or
# joined with another (颁奖暨启航仪式)
_CEREMONY_ACT = r"(?:“(?:云|线上)?(?:{acts})”|(?:在轨|云上|线上|云)?(?:{acts}))".format(
    acts="签约|签字|签署|开通|启动|揭牌|揭幕|开工|竣工|奠基|开幕|闭幕|贯通|通车|投产|落成|交接|交付|移交|点亮"
    "|通电|开播|剪彩|颁奖|欢迎|登陆|上线|发布|成立|启用|开业|完工|捐赠|启航|启运|开学|授牌|挂牌|颁证|结业|毕业"
)
_ZH_DESCRIPTOR = re.compile(
    rf"{_CEREMONY_ACT}(?:暨{_CEREMONY_ACT})*(?:仪式|典礼)"
    r"|(?:开工|项目)?启动(?:大)?会(?!议)|开工(?:动员)?大?会(?!议)"
    r"|(?:首次|首轮)?(?:5G|[0-9]G)?(?:频谱|牌照|频率)拍卖"
    r"|(?:国事|正式|工作|友好)访问|联合(?:新闻)?(?:声明|公报|宣言)|(?:合作)?谅解备忘录|合作备忘录|框架协议|合作协议"
    r"|(?:合作)?意向书"
    r"|(?:建设|维护|运营|供货|采购|融资|贷款)(?:[和与及]?(?:建设|维护|运营|供货|采购|融资|贷款))?(?:协议|合同)"
)


# A work named by its kind alone (卫星项目, 海底光缆项目, 中继型海底光缆系统): what kind of work the
# document's work is, no name of another one.
_ZH_WORK_KIND = (
    r"(?:中继型|无中继|商业|海底|陆上|陆地|跨境|国际|通信)*"
    r"(?:通信卫星|卫星|海底光缆|光缆|海缆|陆缆|数据中心)"
)
_ZH_GENERIC_WORK = re.compile(_ZH_WORK_KIND + r"(?:项目|工程|系统)?")
_ZH_GENERIC_WORK_MENTION = re.compile(_ZH_WORK_KIND + r"(?:项目|工程|系统)")
_ZH_NAME_BEFORE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9”\"》]$")


def _generic_works_zh(
    text: str, spans: Sequence[tuple[int, int]], discovered: list[Candidate]
) -> list[Candidate]:
    """``discovered`` with works named by their kind alone read as descriptions of the document's
    work (a discovery pattern takes 卫星 for a person's name), and more such descriptions: a kind
    with 项目, 工程 or 系统 after it, where no word before it makes it part of a longer name."""
    result = [
        c._replace(source="descriptor", confidence=0.6, rule="zh-work-kind")
        if c.cls is EntityClass.PROJECT
        and c.source == "pattern"
        and _ZH_GENERIC_WORK.fullmatch(text, c.start, c.end)
        and c.key is None
        else c
        for c in discovered
    ]
    for start, end in spans:
        for match in _ZH_GENERIC_WORK_MENTION.finditer(text, start, end):
            opens_clause = match.start() == start or not _ZH_NAME_BEFORE.search(text, start, match.start())
            if opens_clause or text[match.start() - 1] in "的个条颗座项该本这此":
                result.append(
                    Candidate(
                        match.start(), match.end(), EntityClass.PROJECT, "descriptor", 0.6, "zh-work-kind"
                    )
                )
    return result


# An operator's or a country's network of one mobile generation, its trials or its service: the
# work a news item is about when it names it only so ("MTN launched its 5G network", "began 5G
# trials", "the country's first-ever 5G network", 开通5G网络服务, 4G无线宽带服务). "The 5G network"
# is that work only in a document that has so named it; a plural or an indefinite one ("5G
# networks", "a 5G network"), or a 5G网络 alone, is the technology.
_EN_GENERATION = r"(?:(?:fifth|fourth|third)-generation\s*\(\s*[3-5]G\s*\)|[3-5]G)"
_EN_GENERATION_NETWORK = re.compile(
    r"\b(?P<det>[Ii]ts|[Tt]heir|[Tt]he|[A-Z][\w&-]*['’]s?|(?:country|nation|operator|company|carrier)['’]s)\s+"
    r"(?:(?:first|first-ever|new|own|national|commercial)\s+)*"
    rf"(?P<work>{_EN_GENERATION}\s+(?:(?:mobile|commercial|wireless|cellular)\s+)?(?:network|service))\b(?!s)"
    r"|\b(?:began|begun|begins|begin|launched|launches|launch|started|starts|start|conducted|conducts|"
    rf"completed|completes)\s+(?:its\s+|their\s+|the\s+)?(?P<trials>{_EN_GENERATION}\s+trials?)\b"
    r"|\b(?:launched|launches|launch|launching|unveiled|unveils|unveil|rolled\s+out|rolls\s+out|roll\s+out|"
    r"switched\s+on|switches\s+on|switch\s+on)\s+(?:commercially\s+)?(?:the\s+)?"
    rf"(?P<launched>{_EN_GENERATION}\s+(?:(?:mobile|commercial|wireless|cellular)\s+)?network)\b(?!s)"
)
# a network of one generation as a service sold (5G网络服务, 商用5G网络, 5G商用网络); 5G网络 alone is
# the technology
_ZH_GENERATION_NETWORK = re.compile(
    r"[3-5]G(?:网络|无线宽带|移动通信|移动|商用)?服务|商用[3-5]G网络|[3-5]G商用网络"
)


def generation_works(
    text: str, zh_spans: Sequence[tuple[int, int]], en_spans: Sequence[tuple[int, int]]
) -> list[Candidate]:
    """The descriptions of a network, its trials or its service of one mobile generation."""
    found: list[Candidate] = []
    definite: list[Candidate] = []
    for start, end in en_spans:
        for match in _EN_GENERATION_NETWORK.finditer(text, start, end):
            group = next(name for name in ("work", "trials", "launched") if match[name] is not None)
            work = Candidate(
                match.start(group),
                match.end(group),
                EntityClass.PROJECT,
                "descriptor",
                0.6,
                "generation-work",
            )
            (definite if match["det"] and match["det"].casefold() == "the" else found).append(work)
    if found:
        found += definite
    for start, end in zh_spans:
        for match in _ZH_GENERATION_NETWORK.finditer(text, start, end):
            found.append(
                Candidate(
                    match.start(), match.end(), EntityClass.PROJECT, "descriptor", 0.6, "generation-work"
                )
            )
    return sorted(found)


_GENERATION_WORK_TEXT = re.compile(
    rf"{_EN_GENERATION}\s+(?:(?:mobile|commercial|wireless|cellular)\s+)?(?:network|service|trials?)"
    r"|[3-5]G(?:网络|无线宽带|移动通信|移动|商用)?服务|商用[3-5]G网络|[3-5]G商用网络"
)
_GENERATION = re.compile(r"[3-5]G")


def generation_of_work(description: str) -> str | None:
    """ "5G" of "fifth-generation (5G) mobile network", "5G trials", 5G网络服务; None for anything else."""
    if _GENERATION_WORK_TEXT.fullmatch(description) is None:
        return None
    found = _GENERATION.search(description)
    return found.group() if found else None


def _without_generation_technologies(
    candidates: Sequence[Candidate], works: Sequence[Candidate]
) -> list[Candidate]:
    """The lexicon's technology read inside a generation's work ("5G network" of "its 5G network")
    gives way to the work."""
    return [
        c
        for c in candidates
        if c.cls is not EntityClass.TECHNOLOGY
        or not any(w.start <= c.start and c.end <= w.end for w in works)
    ]


# "The Foreign Office confirmed", "Foreign Ministry spokesman …": a country's ministry named
# without its country is the ministry of the country the document is about (the first it names)
_BARE_MINISTRY = re.compile(
    r"\b(?:[Tt]he\s+)?(Foreign\s+(?:Office|Ministry)|Ministry\s+of\s+Foreign\s+Affairs)\b(?!\s+of\b)"
)
_OWNER_BEFORE = re.compile(r"(?:[A-Z][\w-]*(?:['’]s?)?|\bof)\s+$")
_MINISTRY_FORMS = ("{name} of {country}", "{country} {name}")


def _bare_ministries(
    text: str, en_spans: Sequence[tuple[int, int]], lexicon_candidates: Sequence[Candidate], lexicon: Lexicon
) -> list[Candidate]:
    country = min(
        (c for c in lexicon_candidates if c.cls is EntityClass.COUNTRY and c.key),
        key=lambda c: (c.start, c.end),
        default=None,
    )
    if country is None or country.key is None:
        return []
    label = lexicon.entry(country.key).label("en")
    found: list[Candidate] = []
    for start, end in en_spans:
        for match in _BARE_MINISTRY.finditer(text, start, end):
            if _OWNER_BEFORE.search(text, max(start, match.start() - 30), match.start()):
                continue  # ("China's Foreign Ministry", "Pakistani Foreign Office": the owner is named)
            name = re.sub(r"\s+", " ", match.group(1))
            entry = next(
                (
                    e
                    for form in _MINISTRY_FORMS
                    for e in lexicon.lookup(form.format(name=name, country=label))
                    if e.cls is EntityClass.ORGANIZATION
                ),
                None,
            )
            if entry is not None:
                found.append(
                    Candidate(
                        match.start(1),
                        match.end(1),
                        EntityClass.ORGANIZATION,
                        "lexicon",
                        0.8,
                        "bare-ministry",
                        entry.id,
                    )
                )
    return found


# X论坛开幕式暨Y论坛: the opening session of one forum held together with another forum; each is
# named (not 开幕式暨主论坛, a forum's own parts, which the walk does not read as a name)
_OPENING_AND_MEETING = re.compile(
    r"(?P<first>.+?(?:论坛|会议|峰会|博览会|大会|研讨会))(?:开幕式|闭幕式|开幕仪式|开幕大会)暨"
    r"(?P<second>(?![主分平])[^，。、；]{2,}?(?:论坛|会议|峰会|博览会|大会|研讨会))"
)


def _meetings_held_as_one(text: str, chosen: Sequence[Candidate]) -> list[Candidate]:
    """南亚东南亚数字合作倡议协商对接会暨第一届南亚东南亚数字合作推进会, 2019澜湄合作博览会暨澜湄合作
    滇池论坛, 光缆开通暨商用化仪式: two events the text names as one with 暨 ("held together with")
    are one event; X论坛开幕式暨Y论坛, one forum's opening held with another forum, is joined here
    too and parted again into the two forums after."""
    result: list[Candidate] = []
    for candidate in chosen:
        previous = result[-1] if result else None
        if (
            previous is not None
            and candidate.cls is EntityClass.EVENT
            and previous.cls is EntityClass.EVENT
            and candidate.source == previous.source == "pattern"
            and text[previous.end : candidate.start] == "暨"
        ):
            result[-1] = previous._replace(end=candidate.end, rule="meetings-held-as-one")
            continue
        result.append(candidate)
    return result


def _joined_meetings(
    text: str, chosen: Sequence[Candidate], lexicon_candidates: Sequence[Candidate]
) -> list[Candidate]:
    result: list[Candidate] = []
    for candidate in _meetings_held_as_one(text, chosen):
        match = (
            _OPENING_AND_MEETING.fullmatch(text, candidate.start, candidate.end)
            if candidate.cls is EntityClass.EVENT and candidate.source == "pattern"
            else None
        )
        if match is None:
            result.append(candidate)
            continue
        start = match.start("first")
        country = next(
            (
                c
                for c in lexicon_candidates
                if c.cls in (EntityClass.COUNTRY, EntityClass.ORGANIZATION) and c.end + 1 == start
            ),
            None,
        )
        if country is not None and text[country.end] in "—–-":
            year = re.search(r"\d{4}\s*$", text[max(0, country.start - 6) : country.start])
            start = country.start - (len(year.group()) if year else 0)
            result = [c for c in result if not (c.start >= start and c.end <= match.start("first"))]
        result.append(
            candidate._replace(start=start, end=match.end("first"), rule="meeting-before-joined-meeting")
        )
        result.append(
            candidate._replace(start=match.start("second"), end=match.end("second"), rule="joined-meeting")
        )
    return result


def find_mentions(doc: Document, lexicon: Lexicon) -> tuple[Mention, ...]:
    """The mentions of ``doc``: sorted by span, non-overlapping except compound ones."""
    text = doc.text
    zh_spans, en_spans = _spans(doc)
    hits = list(lexicon.scan(text))
    lexicon_candidates = _lexicon_candidates(doc, hits, lexicon)
    if en_spans and "Foreign" in text:
        lexicon_candidates += _bare_ministries(text, en_spans, lexicon_candidates, lexicon)
    networks = generation_works(text, zh_spans, en_spans)
    if networks:
        lexicon_candidates = _without_generation_technologies(lexicon_candidates, networks)
    senses = _compound_senses(text, lexicon_candidates, lexicon) if zh_spans else {}
    if senses:
        lexicon_candidates = [_side_form(text, c, senses) for c in lexicon_candidates]
    protected = [Protected(c.start, c.end, c.cls) for c in _select(lexicon_candidates)]
    discovered: list[Candidate] = []
    if zh_spans:
        discovered += find_names_zh(text, zh_spans, protected)
        discovered += elliptical_compounds(text, discovered + lexicon_candidates, lexicon.compound_chars)
        discovered += _with_subjects(_descriptors_zh(text, zh_spans), lexicon_candidates)
        discovered = _generic_works_zh(text, zh_spans, discovered)
    if en_spans:
        english = find_names_en(text, en_spans, lexicon_candidates)
        discovered += english.candidates
        discovered += [
            c
            for c in find_descriptors_en(text, en_spans)
            if c.rule != "en-subject-descriptor" or _named_by_subject(text, c, lexicon_candidates)
        ]
    discovered += networks
    discovered += find_own_plants(text, zh_spans, en_spans)
    headline_end = len(doc.title) if doc.title and text.startswith(doc.title) else 0
    discovered += sited_works(text, zh_spans, en_spans, lexicon_candidates + discovered, headline_end)
    discovered += payment_links(text, zh_spans, en_spans, lexicon_candidates)
    discovered += called_names(text, zh_spans, en_spans)
    discovered += find_space_names(text, zh_spans, en_spans, lexicon_candidates)
    discovered += spectrum_bands(text, zh_spans, en_spans)
    if zh_spans:
        discovered += latin_bodies_zh(text, zh_spans)
    discovered += national_branches(text, lexicon_candidates, lexicon)
    discovered += work_branches(text, _select(lexicon_candidates + discovered))
    segments = find_segments(text, zh_spans, en_spans, lexicon_candidates, lexicon)
    discovered += segments
    inner_names = [c for c in discovered if c.source == "compound"]
    discovered = _without_joined_names(
        text, [c for c in discovered if c.source != "compound"], lexicon_candidates
    )
    named = _select(lexicon_candidates + discovered)
    if en_spans:
        siblings = list_siblings(
            text, [c for c in named if c.source != "descriptor"], english.runs, not_names()
        )
        discovered += siblings
        named += siblings
    if zh_spans:
        listed_places = places_listed_zh(text, zh_spans, named)
        discovered += listed_places
        named += listed_places
    definitions = find_definitions(text, named, english_head_classes())
    acronyms = acronym_mentions(text, definitions) + defined_long_forms(
        text, definitions, [*lexicon_candidates, *discovered]
    )
    redefined = {(c.start, c.end) for c in acronyms}
    kept_lexicon = [c for c in lexicon_candidates if (c.start, c.end) not in redefined]
    # (a long form read as another class than its acronym says: "the Chennai-Andaman and Nicobar
    # Islands (CANI) cable" is no group of islands)
    defined_class = {(d.long_start, d.long_end): d.cls for d in definitions if d.key is None}
    discovered = [c for c in discovered if defined_class.get((c.start, c.end), c.cls) is c.cls]
    if en_spans:
        discovered += _repeated_english_names(text, discovered)
    chosen = _select(kept_lexicon + discovered + acronyms)
    lexicon_by_start = sorted(kept_lexicon, key=lambda c: c.start)
    lexicon_starts = [c.start for c in lexicon_by_start]
    chosen = [
        _with_lexicon_key(text, c, _inside(c, lexicon_by_start, lexicon_starts), lexicon) for c in chosen
    ]
    chosen = [
        _national_government(text, c, kept_lexicon, lexicon, senses)
        if c.cls is EntityClass.ORGANIZATION
        else c
        for c in chosen
    ]
    chosen = _bodies_of_possessive_countries(text, chosen, kept_lexicon, lexicon)
    chosen = _acronyms_keyed_by_long_forms(text, chosen)
    chosen = _acronyms_with_tails(text, chosen, definitions)
    if "short for" in text:
        chosen = _expansions(text, chosen)
    chosen = edition_names(text, chosen, kept_lexicon, lexicon)
    chosen = _named_versions(text, chosen)
    if "(" in text:
        chosen = _names_with_bracketed_places(text, chosen)
    chosen = _facilities_by_company_label(text, chosen, kept_lexicon, lexicon)
    if "暨" in text:
        chosen = _joined_meetings(text, chosen, kept_lexicon)
    chosen = surname_references(text, chosen)
    compounds = _compounds(text, chosen, kept_lexicon, zh_spans, lexicon, senses=senses)
    inner_names = _segments_inside(segments, chosen) + inner_names
    mentions = [
        Mention(
            doc_id=doc.id,
            span=Span(c.start, c.end),
            text=text[c.start : c.end],
            cls=c.cls,
            lang=_lang(doc, c.start, c.end),
            key=c.key,
            canonical=c.canonical,
            source=c.source,
            confidence=round(c.confidence, 3),
        )
        for c in (*chosen, *_unique(compounds + inner_names))
        if not lexicon.names_a_scope(c.key)
    ]
    return tuple(sorted(mentions, key=lambda m: (m.span.start, -m.span.end, _SOURCE_RANK.get(m.source, 9))))


_LATIN_WORD_CHAR = re.compile(r"[\w'’-]")
# (a technology or a place a pattern read is too often a generic phrase to read it everywhere)
_REPEATED_CLASSES = frozenset(
    (
        EntityClass.ORGANIZATION,
        EntityClass.PROJECT,
        EntityClass.EVENT,
        EntityClass.AGREEMENT,
        EntityClass.INITIATIVE,
        EntityClass.PERSON,
    )
)


def _repeated_english_names(text: str, discovered: Sequence[Candidate]) -> list[Candidate]:
    """Each other use in the text of an English name of two words or more that a pattern read in
    one place: "Digicel Pacific, the leading mobile operator" makes a name of "Digicel Pacific
    operates in …" too, where only the lexicon's "Digicel" would be read."""
    by_name: dict[str, Candidate] = {}
    for candidate in discovered:
        name = text[candidate.start : candidate.end]
        if (
            candidate.source == "pattern"
            and candidate.cls in _REPEATED_CLASSES
            and " " in name
            and name[:1].isupper()
            and not has_cjk(name)
        ):
            by_name.setdefault(name, candidate)
    if not by_name:
        return []
    found_at = {(c.start, c.end) for c in discovered}
    pattern = re.compile("|".join(re.escape(name) for name in sorted(by_name, key=len, reverse=True)))
    repeated = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if (start, end) in found_at or _LATIN_WORD_CHAR.match(text, end):
            continue
        if start and _LATIN_WORD_CHAR.match(text, start - 1):
            continue
        source = by_name[match.group()]
        repeated.append(source._replace(start=start, end=end, rule="repeated-name"))
    return repeated


def _facilities_by_company_label(
    text: str, chosen: list[Candidate], kept_lexicon: Sequence[Candidate], lexicon: Lexicon
) -> list[Candidate]:
    """ "Huawei 5G test bed" and "Huawei Technologies 5G test bed" (华为5G测试平台 and
    华为技术有限公司5G测试平台) name one facility: a company's facility is named canonically by the
    company's label and the facility's field and kind."""
    companies: dict[int, Candidate] = {}
    for company in kept_lexicon:
        if (
            company.cls is EntityClass.ORGANIZATION
            and company.key
            and company.end > companies.get(company.start, company._replace(end=-1)).end
        ):
            companies[company.start] = company  # (the longest name: "Huawei Technologies", not "Huawei")
    result = []
    for candidate in chosen:
        owner = (
            companies.get(candidate.start)
            if candidate.rule in ("en-company-facility", "zh-head") and candidate.cls is EntityClass.PROJECT
            else None
        )
        if owner is not None and owner.key is not None and owner.end < candidate.end:
            label = lexicon.entry(owner.key).label("zh" if has_cjk(text[owner.start : owner.end]) else "en")
            candidate = candidate._replace(canonical=label + text[owner.end : candidate.end])  # noqa: PLW2901
        result.append(candidate)
    return result


# "Seeds for the Future Program 2.0", 东盟自贸区3.0版: a version number after a programme's or an
# agreement's name names that version, a thing of its own beside the programme
_VERSION_AFTER = re.compile(
    r"(?: ?v| )?\d{1,2}\.\d(?![\d.%])"
    r"(?!\s*(?:billion|million|trillion|km|kilomet|miles?|per|[TG]bps|亿|万|公里|千米))(?:版)?",
    re.IGNORECASE,
)
_VERSIONED = (EntityClass.INITIATIVE, EntityClass.AGREEMENT, EntityClass.PROJECT)


def _named_versions(text: str, chosen: Sequence[Candidate]) -> list[Candidate]:
    result = []
    for candidate in chosen:
        version = _VERSION_AFTER.match(text, candidate.end) if candidate.cls in _VERSIONED else None
        spaced = text[candidate.end : candidate.end + 1] == " "
        if version is None or spaced is has_cjk(text[candidate.end - 1]):
            result.append(candidate)
            continue
        result.append(
            candidate._replace(
                end=version.end(), source="pattern", rule="named-version", key=None, canonical=None
            )
        )
    return result


_PLACE_IN_BRACKETS = re.compile(r" \(([^()\n]{2,30})\) $")
_BRACKETED_HOSTS = (EntityClass.PROJECT, EntityClass.ORGANIZATION, EntityClass.INITIATIVE, EntityClass.EVENT)


def _names_with_bracketed_places(text: str, chosen: Sequence[Candidate]) -> list[Candidate]:
    """ "China (Alashankou) Cross-border E-commerce Comprehensive Pilot Zone", like 中国（阿拉山口）
    跨境电商综合试验区: a country, a place of it in brackets and a name are one name, no longer the
    generic one the name alone is (every pilot zone)."""
    countries = {c.end: c for c in chosen if c.cls is EntityClass.COUNTRY}
    places = {(c.start, c.end) for c in chosen if c.cls is EntityClass.PLACE}
    joined: dict[int, Candidate] = {}
    for candidate in chosen:
        if candidate.cls not in _BRACKETED_HOSTS:
            continue
        bracket = _PLACE_IN_BRACKETS.search(text, max(0, candidate.start - 34), candidate.start)
        if bracket is None or bracket.span(1) not in places or bracket.start() not in countries:
            continue
        country = countries[bracket.start()]
        joined[country.start] = candidate._replace(
            start=country.start, source="pattern", rule="bracketed-place-name", key=None, canonical=None
        )
    if not joined:
        return list(chosen)
    covered = [(c.start, c.end) for c in joined.values()]
    kept = [c for c in chosen if not any(start <= c.start and c.end <= end for start, end in covered)]
    return sorted([*kept, *joined.values()], key=lambda c: (c.start, -c.end))


def _segments_inside(segments: Sequence[Candidate], chosen: Sequence[Candidate]) -> list[Candidate]:
    """A segment inside a longer name (2Africa东段海缆 in 2Africa东段海缆资源点亮仪式) is named too."""
    if not segments:
        return []
    spans = {(c.start, c.end) for c in chosen}
    return [
        segment._replace(source="compound")
        for segment in segments
        if (segment.start, segment.end) not in spans
        and any(c.start <= segment.start and segment.end <= c.end and c.source == "pattern" for c in chosen)
    ]


_ACRONYM_TAILS = frozenset(
    ("海缆", "光缆", "海底光缆", "项目", "工程", "系统", "cable", "project", "cable system", "system")
)


def _acronyms_with_tails(
    text: str, chosen: list[Candidate], definitions: Sequence[Definition]
) -> list[Candidate]:
    """MSC海缆, "the MSC cable": a defined acronym and a generic tail name the acronym's long form."""
    if not definitions:
        return chosen
    by_acronym = {definition.acronym: definition for definition in definitions}
    result = []
    for candidate in chosen:
        name = text[candidate.start : candidate.end]
        acronym = re.match(r"[A-Z][A-Za-z0-9&-]{1,11}", name) if candidate.source == "pattern" else None
        definition = by_acronym.get(acronym.group()) if acronym else None
        if (
            definition is not None
            and candidate.key is None
            and definition.cls is candidate.cls
            and name[len(definition.acronym) :].strip().lower() in _ACRONYM_TAILS
        ):
            long_form = text[definition.long_start : definition.long_end]
            candidate = candidate._replace(key=definition.key, canonical=long_form)  # noqa: PLW2901
        result.append(candidate)
    return result


# "The Metiss cable – short for “MEltingpoT Indianoceanic Submarine System” –": the expansion
# after a short name is the same thing
_SHORT_FOR = re.compile(r"\s*(?:[–—-]+|,|\()\s*short\s+for\s+(?:the\s+)?[\"“]?$")


def _expansions(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """The expansion a short name is "short for" shares its entry, or its name."""
    result = list(chosen)
    for index, expansion in enumerate(result):
        if index == 0:
            continue
        short = result[index - 1]
        if short.cls is not expansion.cls or not _SHORT_FOR.fullmatch(text, short.end, expansion.start):
            continue
        if short.key is not None:
            result[index] = expansion._replace(key=short.key, canonical=None)
        elif expansion.key is not None:
            result[index - 1] = short._replace(key=expansion.key, canonical=None)
        else:
            result[index] = expansion._replace(canonical=short.canonical or text[short.start : short.end])
    return result


def _acronyms_keyed_by_long_forms(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """PTCL takes the key its long form took ("Pakistan Telecommunication Company Ltd" → org/ptcl)."""
    if not any(c.source == "acronym" and c.key is None for c in chosen):
        return chosen
    keyed = {text[c.start : c.end]: c for c in chosen if c.key is not None and c.source != "acronym"}
    result = []
    for candidate in chosen:
        long_form = keyed.get(candidate.canonical or "") if candidate.source == "acronym" else None
        if candidate.key is None and long_form is not None and long_form.cls is candidate.cls:
            result.append(candidate._replace(key=long_form.key))
        else:
            result.append(candidate)
    return result


# A country's government is the country acting (巴基斯坦政府已批准, "the Government of Nepal");
# a province's or a city's government stays an organisation of its own ("the Punjab government").
_GOVERNMENT_NAME = re.compile(r"(.+?)(?:政府|\s+[Gg]overnment)|Government of (?:the )?(.+)")
_GOVERNMENT_WORD = re.compile(r"政府|[Gg]overnment")


_POSSESSIVE = frozenset(("'s ", "’s ", "' ", "’ "))


def _bodies_of_possessive_countries(
    text: str, chosen: Sequence[Candidate], lexicon_candidates: Sequence[Candidate], lexicon: Lexicon
) -> list[Candidate]:
    """ "Pakistan's Ministry of Commerce": a body the lexicon knows as another country's (China's
    Ministry of Commerce) is, after a country's possessive, that country's own; it keeps no key,
    and its canonical name says whose it is."""
    countries = {c.end: c for c in lexicon_candidates if c.cls is EntityClass.COUNTRY and c.key}
    found = []
    for candidate in chosen:
        entry = lexicon.entry(candidate.key) if candidate.key and candidate.source == "lexicon" else None
        if entry is None or candidate.cls is not EntityClass.ORGANIZATION or entry.country is None:
            found.append(candidate)
            continue
        owner = next(
            (
                countries[end]
                for end in range(candidate.start - 3, candidate.start - 1)
                if end in countries and text[end : candidate.start] in _POSSESSIVE
            ),
            None,
        )
        if owner is None or owner.key == entry.country:
            found.append(candidate)
            continue
        name = text[candidate.start : candidate.end]
        owner_label = lexicon.entry(owner.key or "").label("en")
        found.append(
            Candidate(
                candidate.start,
                candidate.end,
                candidate.cls,
                "pattern",
                0.75,
                "possessive-countrys-body",
                None,
                f"{name} ({owner_label})",
            )
        )
    return found


def _national_government(
    text: str,
    candidate: Candidate,
    lexicon_candidates: Sequence[Candidate],
    lexicon: Lexicon,
    senses: dict[str, LexiconEntry],
) -> Candidate:
    if candidate.source != "pattern" or not _GOVERNMENT_WORD.search(text, candidate.start, candidate.end):
        return candidate
    match = _GOVERNMENT_NAME.fullmatch(text, candidate.start, candidate.end)
    if match is None:
        return candidate
    group = 1 if match.group(1) else 2
    start, end = match.span(group)
    key = next(
        (
            c.key
            for c in lexicon_candidates
            if (c.start, c.end) == (start, end) and c.cls is EntityClass.COUNTRY
        ),
        None,
    )
    if key is None and end - start == 1:
        entries = lexicon.by_compound_char(text[start])
        entry = senses.get(text[start], entries[0]) if entries else None
        key = entry.id if entry is not None and entry.cls is EntityClass.COUNTRY else None
    if key is None:
        return candidate
    label = lexicon.entry(key).label("zh" if has_cjk(text[start:end]) else "en")
    return Candidate(
        candidate.start,
        candidate.end,
        EntityClass.COUNTRY,
        "lexicon",
        0.85,
        "national-government",
        key,
        label,
    )


def _inside(host: Candidate, ordered: Sequence[Candidate], starts: Sequence[int]) -> list[Candidate]:
    """The candidates (sorted by start, with their ``starts``) within ``host``'s span; only
    discovered names need them. A bisection, not a scan: a long report has thousands of names."""
    if host.source not in ("pattern", "descriptor"):
        return []
    return [c for c in _within(host, ordered, starts) if c.end <= host.end]


def _without_joined_names(
    text: str, discovered: Sequence[Candidate], lexicon_candidates: Sequence[Candidate]
) -> list[Candidate]:
    """Drop "Orange and PCCW Global", "Team Europe and the Global Gateway": two names joined by
    "and", one of them known, not one name with "and" in it (but "the Africa and Middle East unit"
    of a company is one unit of regions listed)."""
    known = {(c.start, c.end) for c in lexicon_candidates}
    kept = []
    for candidate in discovered:
        joint = text.find(" and ", candidate.start, candidate.end)
        right = joint + len(" and ")
        if text.startswith("the ", right):
            right += len("the ")
        if (
            candidate.source == "pattern"
            and candidate.rule != "en-regional-unit"
            and joint > 0
            and (
                (candidate.start, joint) in known
                # (an "of" before the "and" may join the known name into one: "the Forum of China and
                # the Community of Latin American and Caribbean States")
                or ((right, candidate.end) in known and " of " not in text[candidate.start : joint])
            )
        ):
            continue
        kept.append(candidate)
    return kept


def _unique(candidates: Iterable[Candidate]) -> list[Candidate]:
    seen: set[tuple[int, int]] = set()
    unique = []
    for candidate in candidates:
        if (candidate.start, candidate.end) not in seen:
            seen.add((candidate.start, candidate.end))
            unique.append(candidate)
    return unique
