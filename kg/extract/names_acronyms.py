"""Acronyms defined in a document: "Special Communication Organization (SCO)", "中巴跨境光缆（PKFOP）".

A definition binds the acronym to its long form for the whole document, so every later bare
"SCO" of that document means Pakistan's Special Communications Organization even though the
lexicon also knows the Shanghai Cooperation Organisation by that name. The long form is the
name that ends right before the bracket when there is one (a lexicon name or a discovered
name: "ASEAN DEFA Negotiating Committee (NC)"); otherwise the shortest run of words whose
initials spell the acronym in order (Schwartz and Hearst's rule), typed by its head noun.
A Chinese short name the text defines (中国通信服务有限公司（简称中通服）) binds the same way to the
name right before the bracket, unless that name is a place; so does a bracket with no marker that
holds a short form of that name (商务部国际贸易经济合作研究院（商务部研究院）, ``is_short_form``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from kg.extract.mentions_candidate import Candidate
from kg.model import EntityClass

SHORT_NAME_MARKERS = ("以下简称", "简称", "下称", "又称")
"""The words that introduce what a name is called for short: （简称中通服）, （…，简称MSC）."""
_MARKER = "|".join(SHORT_NAME_MARKERS)
_DEFINED = re.compile(
    # (a phase's numeral goes with it: "… Backbone Phase II (NICTIB II)")
    # (a lower-case letter may open it: "Electronic World Trade Platform (eWTP)")
    r"[(（]\s*((?:[a-z](?=[A-Z]))?[A-Z][A-Za-z0-9&-]{1,11}(?: (?:[IVX]{1,4}|\d{1,2}))?)\s*[)）]"
    # "马尔代夫—斯里兰卡海缆（Maldives Sri Lanka Cable，简称MSC）": the acronym after a gloss
    rf"|[(（][^()（）\n]{{2,60}}?[，,]\s*(?:{_MARKER}|or|hereafter|hereinafter)\s*([A-Z][A-Za-z0-9&-]{{1,11}})\s*[)）]"
)
# 中国通信服务有限公司（简称中通服）, …火炭数据中心（简称“火炭数据中心”）: a short name the text
# defines for the name right before the bracket
_SHORT_NAME = re.compile(
    rf"[(（]\s*(?:{_MARKER})\s*[“\"]?([\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9]{{1,9}}?)[”\"]?\s*[)）]"
)
# 商务部国际贸易经济合作研究院（商务部研究院）: a bracket holding a short form of the name before it,
# with no marker (checked by is_short_form)
_BRACKETED_SHORT_FORM = re.compile(r"[(（]\s*([\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9]{1,11})\s*[)）]")
_SKIPPED = {"and", "of", "the", "for", "&", "in", "on", "to", "de"}
# A place's name before a bracket defines an acronym only when it spells it.
_PLACES = (EntityClass.COUNTRY, EntityClass.PLACE)


@dataclass(frozen=True, slots=True)
class Definition:
    """An acronym, the span of its long form and what the long form is."""

    acronym: str
    long_start: int
    long_end: int
    cls: EntityClass
    key: str | None


# A work's generic head may change when its name is shortened: 默拉直流|项目 of 默蒂亚里—拉合尔…直流输电|工程.
_WORK_HEADS = ("工程", "项目")


def is_short_form(short: str, name: str) -> bool:
    """Whether ``short`` is how Chinese shortens ``name``: some of its characters, in order, opening
    with its first (商务部研究院 of 商务部国际贸易经济合作研究院, 中通服国际 of 中国通信服务国际有限公司),
    and at least two fewer."""
    if short.endswith(_WORK_HEADS) and name.endswith(_WORK_HEADS) and short[-2:] != name[-2:]:
        short, name = short[:-2], name[:-2]
    if len(short) < 2 or len(short) > len(name) - 2 or short[0] != name[0]:
        return False
    position = 0
    for char in short:
        position = name.find(char, position) + 1
        if position == 0:
            return False
    return True


def _spells(acronym: str, words: Sequence[str]) -> bool:
    """Whether the words spell the acronym in order (Schwartz and Hearst's rule, a little wider).

    Each word gives its first letter, or the initials of its parts ("Asia-Africa-Europe" gives
    AAE, "SatCom" SC); function words may be passed over, or give a lower-case letter of the
    acronym ("MoITT"); one content word between the first and the last may be passed over
    ("China Academy of Launch Vehicle Technology (CALT)"). The first and the last word must
    give a letter.
    """
    letters = [char for char in acronym if char.isalnum()]
    if not letters or not words or words[0][:1].lower() != letters[0].lower():
        return False
    lowered = [word.lower() for word in words]
    size = len(letters)
    states = {(0, False)}  # (letters spelled so far, a content word passed over)
    for index, word in enumerate(lowered):
        reached = set()
        inner = 0 < index < len(words) - 1
        for letter, skipped in states:
            wanted = letters[letter] if letter < size else ""
            if word in _SKIPPED:
                reached.add((letter, skipped))
                if wanted.islower() and word[0] == wanted:
                    reached.add((letter + 1, skipped))
                continue
            for initials in _initials(words[index]):
                if "".join(letters[letter : letter + len(initials)]).lower() == initials:
                    reached.add((letter + len(initials), skipped))
            if inner and not skipped:
                reached.add((letter, True))
        if not reached:
            return False
        states = reached
    return any(letter == size for letter, _ in states)


_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


def _initials(word: str) -> tuple[str, ...]:
    """What a word may give an acronym: its first letter, or the initials of its parts."""
    first = word[0].lower()
    pieces = _PART.findall(word)
    joined = "".join(piece[0] if not piece.isdigit() else piece for piece in pieces).lower()
    return (joined, first) if len(pieces) > 1 and joined != first else (first,)


def _shortest_long_form(text: str, end: int, acronym: str) -> int | None:
    """The start of the shortest word run ending at ``end`` whose initials spell ``acronym``."""
    words = list(re.finditer(r"[A-Za-z][\w'-]*", text[max(0, end - 160) : end]))
    offset = max(0, end - 160)
    for size in range(1, min(len(words), 2 * len(acronym) + 2) + 1):
        chosen = words[-size:]
        if _spells(acronym, [match.group() for match in chosen]):
            return offset + chosen[0].start()
    return None


def find_definitions(
    text: str, names: Sequence[Candidate], head_class: dict[str, EntityClass]
) -> list[Definition]:
    """Acronym definitions of the text; ``names`` are the names found so far (lexicon and patterns)."""
    ending_at: dict[int, Candidate] = {}
    for name in names:
        if name.source == "compound":
            continue
        known = ending_at.get(name.end)
        if known is None or name.start < known.start:
            ending_at[name.end] = name
    starting_at = {name.start: name for name in names if name.key}
    definitions = []
    for match in _SHORT_NAME.finditer(text):
        found = ending_at.get(match.start())
        if found is not None and found.cls not in _PLACES and match.group(1) != text[found.start : found.end]:
            definitions.append(Definition(match.group(1), found.start, found.end, found.cls, found.key))
    for match in _BRACKETED_SHORT_FORM.finditer(text):
        found = ending_at.get(match.start())
        if found is None or found.cls in _PLACES:
            continue
        inner = match.group(1)
        named = starting_at.get(match.start(1))
        if named is not None and named.end == match.end(1) and named.key != found.key:
            continue  # 中国移动（中国）: a name of something else
        if is_short_form(inner, text[found.start : found.end]):
            definitions.append(Definition(inner, found.start, found.end, found.cls, found.key))
    for match in _DEFINED.finditer(text):
        acronym = match.group(1) or match.group(2)
        if sum(char.isupper() for char in acronym) < 2:
            continue
        end = match.start()
        while end > 0 and text[end - 1] == " ":
            end -= 1
        found = ending_at.get(end)
        start = _shortest_long_form(text, end, acronym)
        if found is not None and (start is None or found.start <= start or not found.key):
            # a route names the work when a work's head follows: "the Chennai-Andaman and
            # Nicobar Islands (CANI) cable"
            route = (
                _route_before_head(
                    text, match.end(), start=start, end=end, acronym=acronym, head_class=head_class
                )
                if found.cls in _PLACES
                else None
            )
            if route is not None:
                definitions.append(route)
            elif found.cls not in _PLACES or _spells(acronym, text[found.start : end].split()):
                # ("Southeast Asia-Hainan-Hong Kong (SEA-H2X)": a route, not Hong Kong's acronym)
                definitions.append(Definition(acronym, found.start, end, found.cls, found.key))
            continue
        if start is None:
            described = _described_long_form(text, end, acronym, head_class)
            if described is not None:
                definitions.append(described)
            continue
        last = text[start:end].rsplit(maxsplit=1)[-1].lower()
        cls = head_class.get(last) or _proper_name_class(text, start, end, acronym, head_class)
        if cls in _PLACES:
            route = _route_before_head(
                text, match.end(), start=start, end=end, acronym=acronym, head_class=head_class
            )
            if route is not None:
                definitions.append(route)
                continue
        if cls is not None:
            definitions.append(Definition(acronym, start, end, cls, None))
    return definitions


_WORDS_AFTER = re.compile(r"(?:\s+[a-z]+){1,3}")
_DESCRIBED_WORK = re.compile(r"(?<=[A-Za-z])((?:\s+[a-z]+){0,3}\s+([a-z]+))\s*$")


def _route_before_head(
    text: str,
    after: int,
    *,
    start: int | None,
    end: int,
    acronym: str,
    head_class: dict[str, EntityClass],
) -> Definition | None:
    """The work a route's acronym names when a work's head noun follows the bracket: "the
    Chennai-Andaman and Nicobar Islands (CANI) cable" is the cable, not the islands ("the
    Andaman and Nicobar Islands (ANI) administration" stays the islands)."""
    if start is None:
        return None
    words = _WORDS_AFTER.match(text, after)
    for word in words.group().split() if words is not None else ():
        cls = head_class.get(word)
        if cls is not None:
            return Definition(acronym, start, end, cls, None) if cls is EntityClass.PROJECT else None
    return None


def _described_long_form(
    text: str, end: int, acronym: str, head_class: dict[str, EntityClass]
) -> Definition | None:
    """A capitalised run that spells the acronym, then a lower-case description ending in a head
    noun: "Kochi-Lakshadweep Islands submarine optical fibre cable (KLI)". The long form holds the
    description, and the head gives the class."""
    described = _DESCRIBED_WORK.search(text, max(0, end - 60), end)
    if described is None:
        return None
    cls = head_class.get(described.group(2))
    if cls is None or cls in _PLACES:
        return None
    start = _shortest_long_form(text, described.start(), acronym)
    if start is None or not text[start].isupper():
        return None
    return Definition(acronym, start, end, cls, None)


def _proper_name_class(
    text: str, start: int, end: int, acronym: str, head_class: dict[str, EntityClass]
) -> EntityClass | None:
    """The class of a capitalised long form with no head noun at its end: the head inside it that
    names its field ("United Nations Commission on Science and Technology for Development
    (UNCSTD)"); else, for a long form such as "King Abdulaziz City for Science and Technology
    (KACST)" or "Electronic World Trade Platform (eWTP)", the head that follows the acronym ("the
    eWTP initiative"), or an organisation, what such names mostly are, when the text uses the
    acronym again. Not a list of fields ("Positioning, Navigation and Timing (PNT)") nor a term
    defined and left ("Pre-Lay Shore End (PLSE) installation")."""
    long_form = text[start:end]
    words = [word for word in long_form.split() if word.lower() not in _SKIPPED]
    if len(words) < 3 or not all(word[0].isupper() for word in words):
        return None
    inner = _inner_head_class(long_form.split(), head_class)
    if inner is not None:
        return inner
    if "," in long_form:
        return None
    uses = list(re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])(?: ([a-z]+))?", text))
    for use in uses:
        cls = head_class.get(use.group(1) or "")
        if cls is not None:
            return cls
    return EntityClass.ORGANIZATION if len(uses) >= 2 else None


_FIELD_JOINS = frozenset(("of", "on", "for"))


def _inner_head_class(words: Sequence[str], head_class: dict[str, EntityClass]) -> EntityClass | None:
    """The class of the first head that names its field after it: "United Nations Commission on
    Science and Technology for Development (UNCSTD)", "Federal Ministry of Innovation, Science and
    Technology (FMIST)" (a list of fields after the head may hold commas)."""
    for word, after in itertools.pairwise(words):
        if after in _FIELD_JOINS and word.lower() in head_class:
            return head_class[word.lower()]
    return None


def acronym_mentions(text: str, definitions: Sequence[Definition]) -> list[Candidate]:
    """Every use of a defined acronym in the text, inside its definition's brackets and after."""
    found = []
    # one scan per acronym, however often it is defined (each chapter of a report may define it again)
    uses: dict[str, list[tuple[int, int]]] = {}
    for definition in definitions:
        long_form = text[definition.long_start : definition.long_end]
        if definition.acronym not in uses:
            # Latin letters and digits bound an acronym; a Chinese character does not (由PALT研制).
            pattern = re.compile(rf"(?<![A-Za-z0-9_-]){re.escape(definition.acronym)}(?![A-Za-z0-9_])")
            uses[definition.acronym] = [match.span() for match in pattern.finditer(text)]
        cls, key = definition.cls, definition.key
        for start, end in uses[definition.acronym]:
            found.append(Candidate(start, end, cls, "acronym", 0.9, "acronym-defined", key, long_form))
    return found


def defined_long_forms(
    text: str, definitions: Sequence[Definition], names: Sequence[Candidate]
) -> list[Candidate]:
    """The long form of each definition that no name of its class found so far spans, as a name of
    its own: the whole "United Nations Commission on Science and Technology for Development
    (UNCSTD)", where the head-noun reading stops at "United Nations Commission"; "the
    Chennai-Andaman and Nicobar Islands (CANI) cable", which the place reading took for islands."""
    spans = {(name.start, name.end, name.cls) for name in names}
    return [
        Candidate(
            definition.long_start,
            definition.long_end,
            definition.cls,
            "acronym",
            0.85,
            "acronym-long-form",
            None,
            text[definition.long_start : definition.long_end],
        )
        for definition in definitions
        if definition.key is None
        and (definition.long_start, definition.long_end, definition.cls) not in spans
    ]
