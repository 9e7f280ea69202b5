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
from dataclasses import dataclass

from kg.extract.mentions_candidate import Candidate
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
_WORD = re.compile(r"[A-Za-z0-9][\w'’.&-]*|[(),;:!?\"“”]|[–—]")
_CAPITAL = re.compile(r"^(?:[A-Z]|\d+[A-Za-z])")
_FIRST_WORD = re.compile(r"[A-Za-z0-9]")
_NAME_WORD = r"(?:[A-Z][\w'’.&-]*|\d+[A-Za-z][\w-]*)"
# A run of capitalised words, joined by the connectors a name may hold; _chunks splits it.
_RUN = re.compile(rf"{_NAME_WORD}(?:\s+(?:(?:of|for|and|&|de|la|du)\s+(?:the\s+)?)?{_NAME_WORD})*")
_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z][\w'’-]*")
_LOWER_WORD = re.compile(r"\b(?!(?:of|for|and|the|to|in|on|at|a|an|or|de|la|du)\b)[a-z][\w'’-]*")
_TITLE_BEFORE = re.compile(
    r"\b(?:Prime Minister|Vice[- ]President|Vice Premier|President|Premier|Foreign Minister|Minister|"
    r"Secretary-General|Secretary General|Secretary|Ambassador|Chairwoman|Chairman|Chair|CEO|"
    r"Director-General|Director General|Director|Governor|Mayor|King|Queen|Senator|Spokesperson|"
    r"Spokesman|Commissioner|Envoy|Professor|Prof\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)\s+"
    r"((?:[A-Z][\w'’]*(?:-[\w'’]+)+|[A-Z][\w'’]+)(?:\s+(?:[A-Z][\w'’]*(?:-[\w'’]+)*)){0,3})"
)
_APPOSITION = re.compile(
    r"\b([A-Z][\w'’]*(?:-[\w'’]+)*(?:\s+[A-Z][\w'’]*(?:-[\w'’]+)*){1,3}),\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?:[A-Z][\w-]+|former|then|senior|deputy|executive|acting)\s+){0,3}?"
    r"(?:President|Vice President|Chairman|Chairwoman|Chair|CEO|Director|Minister|Secretary|Head|Chief|"
    r"Ambassador|Founder|Professor|Manager|Officer|Spokesperson|Spokesman|Governor|Commissioner|"
    r"Analyst|Researcher|Fellow|Editor|Correspondent|Partner|president|chairman|director|minister|"
    r"head|chief|founder|professor|spokesperson|spokesman)\b"
)
_SAID = re.compile(
    r"\b([A-Z][\w'’]*(?:-[\w'’]+)*(?:\s+[A-Z][\w'’]*(?:-[\w'’]+)*){1,2})\s+"
    r"(?:said|says|told|added|noted|stressed|explained|announced)\b"
)
_DATELINE = re.compile(
    r"^([A-Z][A-Z .'’-]{2,40}?),\s*(?:[A-Z][a-z]{2,9}\.?\s+\d{1,2},?\s*)?\(([^()\n]{2,40})\)\s*[-–—]{1,2}",
    re.MULTILINE,
)
_ORDINAL_EVENT = re.compile(
    r"\b(?:\d{1,3}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\s+"
    r"((?:[A-Z][\w'’&-]*)(?:\s+(?:of|for|and|&|the|on)?\s*[A-Z][\w'’&-]*)*)"
    r"(\s*\([A-Z][A-Za-z0-9&-]{1,10}\))?"
    r"(\s+(?:ministerial meeting|meeting|summit|session|forum|conference|plenary|congress|expo|retreat))?"
)
_DESCRIPTOR = re.compile(
    r"\b(?:the|a|an|its|their|this)\s+("
    r"(?:(?:[a-z][a-z-]+)\s+){0,2}?(?:ceremony|state visit|official visit|working visit)"
    r"|joint statement|joint communiqu[eé]|joint declaration|memorandum of understanding)\b"
)
_EVENT_WORDS = ("ceremony", "visit")


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    end: int
    text: str
    possessive: bool = False

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def capitalised(self) -> bool:
        return bool(_CAPITAL.match(self.text))


def _words(text: str, start: int, end: int) -> list[_Word]:
    words = []
    for match in _WORD.finditer(text, start, end):
        token = match.group()
        token_end = match.end()
        possessive = False
        for suffix in ("'s", "’s"):
            if token.endswith(suffix) and len(token) > 2:
                token, token_end, possessive = token[:-2], token_end - 2, True
        if (
            token.endswith(".")
            and token.count(".") == 1
            and token.lower() not in ("co.", "inc.", "corp.", "ltd.")
        ):
            token, token_end = token[:-1], token_end - 1
        words.append(_Word(match.start(), token_end, token, possessive))
    return words


def _is_headline(sentence: str) -> bool:
    """A sentence in headline style: most of its content words (acronyms aside) are capitalised."""
    capitalised = len(_CAPITALISED_WORD.findall(sentence))
    content = capitalised + len(_LOWER_WORD.findall(sentence))
    return content >= 5 and capitalised / content >= 0.9


def _chunks(words: Sequence[_Word]) -> list[list[_Word]]:
    """Runs of capitalised words joined by connectors.

    A possessive ends a run (Pakistan's | Special Communication Organization), and so does
    "and" after a complete name (… Organization | and | China Telecom).
    """
    chunks: list[list[_Word]] = []
    current: list[_Word] = []
    pending: list[_Word] = []
    for word in words:
        if word.capitalised and word.text[0].isalnum():
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


def _connectors_ok(current: Sequence[_Word], pending: Sequence[_Word]) -> bool:
    joined = " ".join(word.lower for word in pending)
    return joined in ("of", "for", "and", "&", "of the", "for the", "de", "la", "du", "and the")


def _head(chunk: Sequence[_Word]) -> tuple[EntityClass, str] | None:
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


def _trim(chunk: list[_Word], initial: bool) -> list[_Word]:
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


def find_names_en(text: str, spans: Sequence[tuple[int, int]]) -> list[Candidate]:
    """Capitalised names with a head noun, people, datelines and numbered meetings."""
    found: list[Candidate] = []
    for sentence_start, sentence_end in spans:
        first = _FIRST_WORD.search(text, sentence_start, sentence_end)
        if first is None:
            continue
        found += _people(text, sentence_start, sentence_end)
        found += _ordinal_events(text, sentence_start, sentence_end)
        if _is_headline(text[sentence_start:sentence_end]):
            continue
        for match in _RUN.finditer(text, sentence_start, sentence_end):
            words = _words(text, match.start(), match.end())
            for run in _chunks(words):
                initial = run[0].start == first.start()
                chunk = _trim(run, initial)
                if len(chunk) < 2 or chunk[0].lower in _TITLE_WORDS or chunk[0].lower in _MONTHS:
                    continue
                head = _head(chunk)
                if head is None:
                    continue
                names = [word for word in chunk if word.lower not in _HEADS and word.lower not in _CONNECTORS]
                if not names:
                    continue
                confidence = 0.65 if initial and chunk[0].start == run[0].start else 0.8
                end = chunk[-1].end
                found.append(Candidate(chunk[0].start, end, head[0], "pattern", confidence, "en-head"))
    found += _datelines(text)
    return found


def _name_words_ok(name: str) -> bool:
    words = name.split()
    return all(
        word.lower() not in _HEADS and word.lower() not in _TITLE_WORDS and word.lower() not in _MONTHS
        for word in words
    )


def _people(text: str, start: int, end: int) -> list[Candidate]:
    found = []
    for match in _TITLE_BEFORE.finditer(text, start, end):
        name = match.group(1)
        if (" " in name or "-" in name) and _name_words_ok(name):
            found.append(Candidate(match.start(1), match.end(1), PERSON, "pattern", 0.8, "en-title-name"))
    for match in _APPOSITION.finditer(text, start, end):
        name = match.group(1)
        if _name_words_ok(name) and name.split()[0].lower() not in _LEADING_WORDS:
            found.append(Candidate(match.start(1), match.end(1), PERSON, "pattern", 0.75, "en-apposition"))
    for match in _SAID.finditer(text, start, end):
        name = match.group(1)
        if _name_words_ok(name) and name.split()[0].lower() not in _LEADING_WORDS:
            found.append(Candidate(match.start(1), match.end(1), PERSON, "pattern", 0.6, "en-name-said"))
    return found


def _ordinal_events(text: str, start: int, end: int) -> list[Candidate]:
    found = []
    for match in _ORDINAL_EVENT.finditer(text, start, end):
        last_word = match.group(1).split()[-1].lower()
        if match.group(3) or _HEADS.get(last_word) is EVENT:
            found.append(Candidate(match.start(), match.end(), EVENT, "pattern", 0.8, "en-ordinal-event"))
    return found


def _datelines(text: str) -> list[Candidate]:
    """ISLAMABAD, July 13 (Xinhua) -- : the city is a place, the agency an organisation."""
    found = []
    for match in _DATELINE.finditer(text):
        found.append(Candidate(match.start(1), match.end(1), PLACE, "pattern", 0.75, "en-dateline-city"))
        found.append(Candidate(match.start(2), match.end(2), ORG, "pattern", 0.8, "en-dateline-agency"))
    return found


def find_descriptors_en(text: str, spans: Sequence[tuple[int, int]]) -> list[Candidate]:
    """'the inauguration ceremony', 'the joint statement': this document's own event or agreement."""
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
