"""English names that the lexicon does not know: capitalised phrases typed by their head noun,
people next to their titles, datelines, numbered meetings, and descriptions of this document's
events and agreements ("the inauguration ceremony").

A capitalised phrase is a run of capitalised words, joined by "of", "for", "and", "&" (and
"the" after "of"/"for"): "Framework for Negotiating DEFA", "ASEAN DEFA Negotiating Committee".
Its class comes from its head, the last word ("… Committee" → Organization) or the first one
when "of"/"for" follows ("Ministry of Commerce"). A phrase with no head is no name, unless a
title or an apposition makes it a person. Sentence-initial capitals ("Speaking at …"), titles
("Executive Vice President of …") and headline-style sentences, where every word is
capitalised, are not read as names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from kg.extract.mentions_candidate import Candidate
from kg.extract.names_people_en import Word, is_role_word, people_in_run, retired_mark_end, words_of
from kg.model import EntityClass

ORG = EntityClass.ORGANIZATION
PROJECT = EntityClass.PROJECT
INITIATIVE = EntityClass.INITIATIVE
AGREEMENT = EntityClass.AGREEMENT
EVENT = EntityClass.EVENT
PLACE = EntityClass.PLACE
PERSON = EntityClass.PERSON

_HEADS: dict[str, EntityClass] = {
    **dict.fromkeys(
        [
            "organization",
            "organisation",
            "company",
            "corporation",
            "corp",
            "corp.",
            "inc",
            "inc.",
            "ltd",
            "ltd.",
            "limited",
            "group",
            "holdings",
            "ministry",
            "department",
            "council",
            "committee",
            "commission",
            "agency",
            "administration",
            "authority",
            "bureau",
            "bank",
            "fund",
            "foundation",
            "university",
            "institute",
            "college",
            "academy",
            "association",
            "federation",
            "union",
            "alliance",
            "consortium",
            "secretariat",
            "parliament",
            "assembly",
            "court",
            "news",
            "telecom",
            "telecommunications",
            "communications",
            "networks",
            "technologies",
            "international",
            "global",
            "media",
            "press",
            "times",
            "post",
            "daily",
            "office",
            "board",
            "chamber",
            "society",
            "centre",
            "center",
            "laboratory",
            "lab",
            "observatory",
        ],
        ORG,
    ),
    **dict.fromkeys(
        [
            "initiative",
            "strategy",
            "plan",
            "programme",
            "program",
            "vision",
            "policy",
            "agenda",
            "masterplan",
            "blueprint",
        ],
        INITIATIVE,
    ),
    **dict.fromkeys(
        [
            "project",
            "cable",
            "zone",
            "park",
            "highway",
            "motorway",
            "expressway",
            "railway",
            "railroad",
            "bridge",
            "tunnel",
            "airport",
            "dam",
            "plant",
            "station",
            "hub",
            "pipeline",
            "gateway",
        ],
        PROJECT,
    ),
    **dict.fromkeys(
        [
            "agreement",
            "treaty",
            "convention",
            "accord",
            "memorandum",
            "mou",
            "protocol",
            "declaration",
            "statement",
            "communique",
            "communiqué",
            "charter",
            "partnership",
            "framework",
            "pact",
            "compact",
            "contract",
        ],
        AGREEMENT,
    ),
    **dict.fromkeys(
        [
            "summit",
            "forum",
            "conference",
            "meeting",
            "expo",
            "exhibition",
            "congress",
            "dialogue",
            "session",
            "ceremony",
            "visit",
            "fair",
            "symposium",
            "seminar",
            "workshop",
            "roundtable",
        ],
        EVENT,
    ),
    **dict.fromkeys(
        [
            "province",
            "region",
            "prefecture",
            "county",
            "district",
            "ocean",
            "sea",
            "gulf",
            "bay",
            "strait",
            "pass",
            "island",
            "islands",
            "peninsula",
            "valley",
            "river",
            "lake",
            "mountains",
            "desert",
            "plateau",
            "port",
        ],
        PLACE,
    ),
}
# Two-word heads that say more than their last word.
_TWO_WORD_HEADS: dict[str, EntityClass] = {
    "economic corridor": INITIATIVE,
    "cable system": PROJECT,
    "data centre": PROJECT,
    "data center": PROJECT,
    "pilot zone": PROJECT,
    "research centre": ORG,
    "research center": ORG,
    "news agency": ORG,
}
_CONNECTORS = {"of", "for", "and", "&", "the", "de", "la", "du"}
_LEADING_WORDS = {
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "this",
    "that",
    "these",
    "those",
    "our",
    "its",
    "their",
    "his",
    "her",
    "what",
    "who",
    "how",
    "why",
    "when",
    "where",
    "it",
    "we",
    "they",
    "he",
    "she",
    "and",
    "but",
    "if",
    "as",
    "for",
    "from",
    "with",
    "by",
    "to",
    "since",
    "after",
    "before",
    "during",
    "while",
    "under",
    "over",
    "through",
    "according",
    "speaking",
    "both",
    "all",
    "some",
    "many",
    "most",
    "other",
    "every",
    "each",
    "first",
    "last",
    "new",
    "negotiations",
    "construction",
    "launch",
    "group",
    "core",
}
_TITLE_WORDS = {
    "president",
    "vice",
    "prime",
    "minister",
    "premier",
    "secretary",
    "secretary-general",
    "ambassador",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "cto",
    "cfo",
    "coo",
    "director",
    "director-general",
    "manager",
    "managing",
    "head",
    "chief",
    "executive",
    "senior",
    "deputy",
    "spokesperson",
    "spokesman",
    "governor",
    "mayor",
    "king",
    "queen",
    "prince",
    "senator",
    "dr",
    "dr.",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "prof",
    "prof.",
    "professor",
    "founder",
    "officer",
    "envoy",
    "commissioner",
    "lead",
    "general",
    "acting",
    "interim",
    "former",
    "foreign",
    "state",
    "counsellor",
    "councillor",
    "adviser",
    "advisor",
    "analyst",
    "researcher",
    "fellow",
    "editor",
    "correspondent",
    "partner",
}
_MONTHS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
}
_FIRST_WORD = re.compile(r"[A-Za-z0-9]")
_NAME_WORD = r"(?:[A-Z][\w'’.&-]*|\d+[A-Za-z][\w-]*)"
# A run of capitalised words, joined by the connectors a name may hold; _chunks splits it.
_RUN = re.compile(
    rf"{_NAME_WORD}(?:\s+(?:(?:of|for|and|&|de|la|du|bin|ben|binti|ibn|al|ul|van|von|der|da|di|dos)\s+"
    rf"(?:the\s+)?)?{_NAME_WORD})*"
)
_HEADLINE_FUNCTION_WORDS = frozenset(
    ["of", "for", "and", "the", "to", "in", "on", "at", "a", "an", "or", "de", "la", "du"]
)
_DATELINE = re.compile(
    r"^([A-Z][A-Z .'’-]{2,40}?),\s*(?:[A-Z][a-z]{2,9}\.?\s+\d{1,2},?\s*)?\(([^()\n]{2,40})\)\s*[-–—]{1,2}",
    re.MULTILINE,
)
_ORDINALS = frozenset(
    [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "inaugural",
    ]
)
_ORDINAL_NUMBER = re.compile(r"\d{1,3}(?:st|nd|rd|th)$")
_ORDINAL_EVENT = re.compile(
    r"(?:\d{1,3}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|"
    r"Twelfth|Inaugural)\s+"
    r"((?:[A-Z][\w'’&/-]*)(?:\s+(?:of|for|and|&|the|on)?\s*[A-Z][\w'’&/-]*)*)"
    r"(\s*\([A-Z][A-Za-z0-9&-]{1,10}\))?"
    r"(\s+(?:ministerial meeting|meeting|summit|session|forum|conference|plenary|congress|expo|retreat|"
    r"dialogue|symposium|seminar|workshop|training course|exhibition))?"
)
_DESCRIPTOR = re.compile(
    r"\b(?:the|a|an|its|their|this)\s+("
    r"(?:(?:[a-z][a-z-]+)\s+){0,2}?(?:ceremony|state visit|official visit|working visit)"
    r"|joint statement|joint communiqu[eé]|joint declaration|memorandum of understanding)\b"
)
_DESCRIPTOR_WORDS = ("ceremony", "visit", "joint", "memorandum")
_EVENT_WORDS = ("ceremony", "visit")
# "Equinix GN1, a newly built carrier-neutral data centre": a name and what it is.
_APPOSITIVE_HEAD = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?"
    r"(data cent(?:re|er)|cable landing station|landing station|cable system|submarine cable|subsea cable|"
    r"company|operator|carrier|provider|firm|consortium|subsidiary|city|town|port|village)(?![\w-])"
)
_APPOSITIVE_CLASSES = {
    "data centre": PROJECT,
    "data center": PROJECT,
    "cable landing station": PROJECT,
    "landing station": PROJECT,
    "cable system": PROJECT,
    "submarine cable": PROJECT,
    "subsea cable": PROJECT,
    "company": ORG,
    "operator": ORG,
    "carrier": ORG,
    "provider": ORG,
    "firm": ORG,
    "consortium": ORG,
    "subsidiary": ORG,
    "city": PLACE,
    "town": PLACE,
    "port": PLACE,
    "village": PLACE,
}
_BASED = "-based "
_CONSORTIUM = " consortium"


_TRAILING = ".,;:!?\"'”’)"


def _is_headline(sentence: str) -> bool:
    """A sentence in headline style: most of its content words (acronyms aside) are capitalised."""
    capitalised = content = 0
    for written in sentence.split():
        token = written.strip("\"'“”‘’([{")
        if len(token) >= 2 and "A" <= token[0] <= "Z" and "a" <= token[1] <= "z":
            capitalised += 1
            content += 1
        elif token and "a" <= token[0] <= "z" and token.rstrip(_TRAILING) not in _HEADLINE_FUNCTION_WORDS:
            content += 1
    return content >= 5 and capitalised / content >= 0.9


def _chunks(words: Sequence[Word]) -> list[list[Word]]:
    """Runs of capitalised words joined by connectors.

    A possessive ends a run (Pakistan's | Special Communication Organization), and so does
    "and" after a complete name (… Organization | and | China Telecom).
    """
    chunks: list[list[Word]] = []
    current: list[Word] = []
    pending: list[Word] = []
    for word in words:
        if word.capitalised:
            if current and pending and not _connectors_ok(current, pending):
                chunks.append(current)
                current = []
            current += pending if current else []
            current.append(word)
            pending = []
            if word.possessive:
                chunks.append(current)
                current = []
        elif current and word.lower in _CONNECTORS and len(pending) < 2:
            if word.lower in ("and", "&") and current[-1].lower in _HEADS:
                chunks.append(current)
                current, pending = [], []
                continue
            pending.append(word)
        else:
            if current:
                chunks.append(current)
            current, pending = [], []
    if current:
        chunks.append(current)
    return chunks


def _connectors_ok(current: Sequence[Word], pending: Sequence[Word]) -> bool:
    joined = " ".join(word.lower for word in pending)
    return joined in ("of", "for", "and", "&", "of the", "for the", "de", "la", "du", "and the")


def _head(chunk: Sequence[Word]) -> tuple[EntityClass, str] | None:
    """The class and position ("last" or "first") of the chunk's head noun."""
    if len(chunk) >= 2:
        two = f"{chunk[-2].lower} {chunk[-1].lower}"
        if two in _TWO_WORD_HEADS:
            return _TWO_WORD_HEADS[two], "last"
    last = chunk[-1].lower
    if last in _HEADS:
        return _HEADS[last], "last"
    if len(chunk) >= 3 and chunk[0].lower in _HEADS and chunk[1].lower in ("of", "for"):
        return _HEADS[chunk[0].lower], "first"
    return None


def _trim(chunk: list[Word], initial: bool) -> list[Word]:
    """Drop a capitalised sentence opener ("Speaking", "The") and dangling connectors."""
    while chunk and (
        chunk[0].lower in _CONNECTORS
        or chunk[0].lower in ("a", "an")
        or (initial and chunk[0].lower in _LEADING_WORDS)
    ):
        initial = initial and chunk[0].lower not in _CONNECTORS
        chunk = chunk[1:]
    while chunk and chunk[-1].lower in _CONNECTORS:
        chunk = chunk[:-1]
    return chunk


class EnglishNames(NamedTuple):
    """What one pass over the capitalised runs of a text finds.

    ``runs`` are the runs themselves (offsets, a capitalised sentence opener dropped): the
    items a list of names is made of, for ``kg.extract.names_lists``.
    """

    candidates: list[Candidate]
    runs: list[tuple[int, int]]


_AFFILIATIONS = (EntityClass.COUNTRY, EntityClass.ORGANIZATION)


def find_names_en(
    text: str, spans: Sequence[tuple[int, int]], protected: Sequence[Candidate] = ()
) -> EnglishNames:
    """Capitalised names with a head noun, people, datelines and numbered meetings.

    One regular-expression pass over the capitalised runs of each sentence; everything else
    is read around the runs. ``protected`` are the lexicon candidates of the text.
    """
    affiliations = {span.start for span in protected if span.cls in _AFFILIATIONS}
    found: list[Candidate] = []
    runs: list[tuple[int, int]] = []
    stop_words = _NOT_IN_NAMES
    for sentence_start, sentence_end in spans:
        first = _FIRST_WORD.search(text, sentence_start, sentence_end)
        if first is None:
            continue
        headline: bool | None = None
        role_ends_at = -1
        for match in _RUN.finditer(text, sentence_start, sentence_end):
            run_start, run_end = match.span()
            group = match.group()
            multi = len(group.split(maxsplit=1)) == 2
            after_role = run_start == role_ends_at
            if not (multi or after_role or "-" in group):
                runs.append((run_start, _item_end(text, run_start, run_end)))
                found += _around(text, run_start, run_end, group)
                continue
            words = words_of(text, run_start, run_end)
            if not words:
                continue
            initial = run_start == first.start()
            runs += _list_items(
                text, words[1].start if initial and words[0].lower in _LEADING_WORDS else run_start, run_end
            )
            found += people_in_run(
                text, words, after_role=after_role, affiliations=affiliations, stop_words=stop_words
            )
            if is_role_word(words[-1]):
                role_ends_at = retired_mark_end(text, run_end)
            if words[0].lower in _ORDINALS or _ORDINAL_NUMBER.match(words[0].text):
                found += _ordinal_event(text, run_start, sentence_end)
            if not multi:
                found += _around(text, run_start, run_end, group)
                continue
            if headline is None:
                headline = _is_headline(text[sentence_start:sentence_end])
            if headline:
                continue
            found += _headed_names(words, initial)
            found += _based(words)
            trimmed = _trim(list(words), initial)
            if trimmed and not _head(trimmed):
                found += _around(text, trimmed[0].start, run_end, group)
    found += _datelines(text)
    return EnglishNames(found, runs)


def _headed_names(words: Sequence[Word], initial: bool) -> list[Candidate]:
    found = []
    for run in _chunks(words):
        first_of_sentence = initial and run[0].start == words[0].start
        chunk = _trim(run, first_of_sentence)
        if len(chunk) < 2 or chunk[0].lower in _TITLE_WORDS or chunk[0].lower in _MONTHS:
            continue
        head = _head(chunk)
        if head is None:
            continue
        if not any(word.lower not in _HEADS and word.lower not in _CONNECTORS for word in chunk):
            continue
        confidence = 0.65 if first_of_sentence and chunk[0].start == run[0].start else 0.8
        found.append(Candidate(chunk[0].start, chunk[-1].end, head[0], "pattern", confidence, "en-head"))
    return found


def _around(text: str, start: int, end: int, group: str) -> list[Candidate]:
    """A name that its neighbours type: "Karachi-based Cybernet", "Equinix GN1, a … data centre"."""
    if group.lower() in _NOT_IN_NAMES or group.lower() in _LEADING_WORDS:
        return []
    if text.startswith(_CONSORTIUM, end):
        return [Candidate(start, end + len(_CONSORTIUM), ORG, "pattern", 0.7, "en-consortium")]
    if text.endswith(_BASED, max(0, start - len(_BASED)), start):
        return [Candidate(start, end, ORG, "pattern", 0.7, "en-based")]
    if text.startswith(",", end):
        match = _APPOSITIVE_HEAD.match(text, end)
        if match:
            cls = _APPOSITIVE_CLASSES[match.group(1)]
            return [Candidate(start, end, cls, "pattern", 0.7, "en-apposition-head")]
    return []


_ITEM_JOIN = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?")


def _list_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A run split where "and" or "&" joins two names, after "X-based", without a final dot or
    possessive: the items of a list."""
    based = text.rfind(_BASED, start, end)
    if based >= 0:
        start = based + len(_BASED)
    items = []
    for join in _ITEM_JOIN.finditer(text, start, end):
        items.append((start, join.start()))
        start = join.end()
    items.append((start, end))
    return [(item_start, _item_end(text, item_start, item_end)) for item_start, item_end in items]


def _item_end(text: str, start: int, end: int) -> int:
    if text.endswith(("'s", "’s"), start, end):
        end -= 2
    while end > start and text[end - 1] in ".,;:":
        end -= 1
    return end


def not_names() -> frozenset[str]:
    """Lower-case words that are no name on their own: head nouns, months, titles, openers."""
    return _NOT_IN_NAMES | frozenset(_LEADING_WORDS)


def _based(words: Sequence[Word]) -> list[Candidate]:
    """ "Karachi-based Cybernet": the words after "-based" name an organisation."""
    for index, word in enumerate(words[:-1]):
        if word.lower.endswith("-based"):
            rest = [w for w in words[index + 1 :] if w.text[0].isalnum()]
            if rest and len(rest) <= 4 and rest[0].lower not in _NOT_IN_NAMES:
                return [Candidate(rest[0].start, rest[-1].end, ORG, "pattern", 0.7, "en-based")]
    return []


def _ordinal_event(text: str, start: int, end: int) -> list[Candidate]:
    match = _ORDINAL_EVENT.match(text, start, end)
    if match is None:
        return []
    last_word = match.group(1).split()[-1].lower()
    if match.group(3) or _HEADS.get(last_word) is EVENT:
        return [Candidate(match.start(), match.end(), EVENT, "pattern", 0.8, "en-ordinal-event")]
    return []


def _datelines(text: str) -> list[Candidate]:
    """ISLAMABAD, July 13 (Xinhua) -- : the city is a place, the agency an organisation."""
    found = []
    for match in _DATELINE.finditer(text):
        found.append(Candidate(match.start(1), match.end(1), PLACE, "pattern", 0.75, "en-dateline-city"))
        found.append(Candidate(match.start(2), match.end(2), ORG, "pattern", 0.8, "en-dateline-agency"))
    return found


def find_descriptors_en(text: str, spans: Sequence[tuple[int, int]]) -> list[Candidate]:
    """'the inauguration ceremony', 'the joint statement': this document's own event or agreement."""
    if not any(word in text for word in _DESCRIPTOR_WORDS):
        return []
    found = []
    for sentence_start, sentence_end in spans:
        for match in _DESCRIPTOR.finditer(text, sentence_start, sentence_end):
            phrase = match.group(1)
            cls = EVENT if phrase.endswith(_EVENT_WORDS) else AGREEMENT
            found.append(Candidate(match.start(1), match.end(1), cls, "descriptor", 0.6, "en-descriptor"))
    return found


def head_classes() -> dict[str, EntityClass]:
    """Head noun (lower case) → class: what a long form ending in that noun names."""
    return dict(_HEADS)


_NOT_IN_NAMES = frozenset(_HEADS) | frozenset(_MONTHS) | frozenset(_TITLE_WORDS)
