"""English people's names: two to four capitalised name words that a role marks as a person.

A capitalised run ("PTA Chairman Maj Gen", "Chief Operating Officer Sun Xiaohua", "Jean-Luc
Vuillemin") holds a person's name when

- a title or rank comes before the name words, in the run (``Minister Ahsan Iqbal``, ``PEACE
  Chief Operating Officer Sun Xiaohua``, ``Pakistan's CEO …``), across a bracketed "(retd)" or
  in lower case before the run (``chief executive John Smith``);
- a role follows it as an apposition (``Jean-Luc Vuillemin, Executive Vice President of …``);
- a verb of saying follows it (``Haitham Zahran said``) or comes before it (``said Jane Doe``).

Titles and ranks (Maj Gen, Lt Col, Dr, Eng., H.E.) mark a name and are never part of it; a
country or organisation that the lexicon knows at the start of the name words is the person's
affiliation, not their name (``Country Manager Pakistan Shoaib Ashfaq Qureshi``). A name word
starts with a capital and has lower-case letters (no acronyms); particles (bin, ben, al, ul,
van, de …) may join them.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from typing import NamedTuple

from kg.extract.mentions_candidate import Candidate
from kg.model import EntityClass

PERSON = EntityClass.PERSON


class Word(NamedTuple):
    """A word of a capitalised run: offsets, its text (a possessive 's and a final dot dropped)."""

    start: int
    end: int
    text: str
    possessive: bool
    lower: str
    capitalised: bool


_WORD = re.compile(r"[A-Za-z0-9][\w'’.&-]*|[(),;:!?\"“”]|[–—]")
# "al-Rubaie", "el-Sisi": an Arabic surname's article is written in lower case and hyphenated;
# "e-Network" is a capitalised word of "Pan-African e-Network Project"
_CAPITAL = re.compile(r"^(?:[A-Z]|\d+[A-Za-z]|(?:al|el|ad|ar|as|ash|at|az|ul|e)-[A-Z])")
_KEEP_DOT = ("co.", "inc.", "corp.", "ltd.")
# "the People's Bank of China", "the People's Government of Yunnan Province": a possessive inside
# the name, not an owner before it.
_NAMING_POSSESSIVES = frozenset(("people",))
# The last words of countries and bodies named in the plural, whose possessive is a bare apostrophe.
_PLURAL_OWNERS = frozenset(
    (
        "Emirates",
        "Philippines",
        "States",
        "Islands",
        "Netherlands",
        "Bahamas",
        "Maldives",
        "Seychelles",
        "Nations",
    )
)


def words_of(text: str, start: int, end: int) -> list[Word]:
    """The words of ``text[start:end]``."""
    words = []
    for match in _WORD.finditer(text, start, end):
        token = match.group()
        token_end = match.end()
        possessive = False
        if len(token) > 2 and token.endswith(("'s", "’s")) and token[:-2].lower() not in _NAMING_POSSESSIVES:
            token, token_end, possessive = token[:-2], token_end - 2, True
        elif token[:-1] in _PLURAL_OWNERS and token.endswith(("'", "’")):
            # "the United Arab Emirates' Technology Innovation Institute": a plural name's possessive
            # (not "the Ministers' Meeting", which names the meeting)
            token, token_end, possessive = token[:-1], token_end - 1, True
        if token.endswith(".") and token.count(".") == 1 and token.lower() not in _KEEP_DOT:
            token, token_end = token[:-1], token_end - 1
        capitalised = bool(_CAPITAL.match(token)) and token[0].isalnum()
        words.append(Word(match.start(), token_end, token, possessive, token.lower(), capitalised))
    return words


# Words that name a role: before a name they mark it, and they are never part of it.
TITLES = frozenset(
    [
        "president",
        "vice",
        # hyphenated ranks are one word: "Vice-Chancellor Lucy Irungu"
        "vice-president",
        "vice-chancellor",
        "vice-chairman",
        "vice-chairwoman",
        "vice-minister",
        "vice-governor",
        "vice-premier",
        "prime",
        # a member of an academy of sciences ("Academician Yang Yuanxi", 院士杨元喜)
        "academician",
        "minister",
        "premier",
        "secretary",
        "secretary-general",
        "ambassador",
        "chairman",
        "chairwoman",
        "chair",
        "chairperson",
        "ceo",
        "cto",
        "cfo",
        "coo",
        "cio",
        "director",
        "director-general",
        "manager",
        "managing",
        "head",
        "chief",
        "executive",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "governor",
        "mayor",
        "king",
        "queen",
        "prince",
        "princess",
        "emir",
        "sheikh",
        "sultan",
        "senator",
        "dr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "professor",
        "founder",
        "co-founder",
        "officer",
        "envoy",
        "commissioner",
        "counsellor",
        "councillor",
        "adviser",
        "advisor",
        "chancellor",
        "deputy",
        "president-elect",
        "representative",
        "undersecretary",
        "under-secretary",
        "consul",
        "attaché",
        "attache",
        "commander",
        "chairman-elect",
        "attorney-general",
        "speaker",
        "solicitor-general",
        "inspector",
        "inspector-general",
        # "Senate President Pro Tempore Ralph Recto"
        "tempore",
    ]
)
# Military ranks, honorifics and their abbreviations: they mark a name too.
RANKS = frozenset(
    [
        "gen",
        "maj",
        "lt",
        "col",
        "brig",
        "capt",
        "cdr",
        "cmdr",
        "adm",
        "sgt",
        "cpl",
        "gen.",
        "maj.",
        "lt.",
        "col.",
        "brig.",
        "capt.",
        "general",
        "major",
        "lieutenant",
        "colonel",
        "brigadier",
        "captain",
        "admiral",
        "marshal",
        "commodore",
        "air",
        "retd",
        "retd.",
        "rtd",
        "retired",
        "eng",
        "eng.",
        "engr",
        "engr.",
        "h.e.",
        "he",
        "hon",
        "sir",
        "dame",
        "his",
        "her",
        "excellency",
        "rep",
        "sen",
    ]
)
_PARTICLES = frozenset(
    [
        "bin",
        "ben",
        "binti",
        "bint",
        "ibn",
        "al",
        "el",
        "ul",
        "ud",
        "ur",
        "van",
        "von",
        "de",
        "der",
        "den",
        "da",
        "di",
        "du",
        "dos",
        "das",
        "le",
        "la",
    ]
)
_TITLE_FIELDS_BEFORE = re.compile(
    r"\b(?:Minister|Secretary|Director|Commissioner)\s+(?:of|for)\s+[A-Z][^.;:()\n]*,\s+$"
)
# A generation written after a name ("Epimaco Densing III", "Benjamin Abalos Jr."), lower case
GENERATIONS = frozenset(("jr", "jr.", "sr", "sr.", "ii", "iii", "iv"))
# (lower-case letters of Latin-1 and Latin Extended-A and Additional: Pejčinović, Burić, Phạm)
_LOWER = "a-zà-ÿ\u0100-\u017f\u1e00-\u1eff"
_NAME_WORD = re.compile(
    rf"(?:(?:al|el|ad|ar|as|ash|at|az|ul)-)?[A-Z](?:['’][A-Z])?[{_LOWER}'’]*(?:-[A-Z{_LOWER}][{_LOWER}'’]*)*[{_LOWER}]"
    r"|[A-Z]\.?"
)
_SAYING_AFTER = re.compile(
    r"\s+(?:said|says|told|added|noted|stressed|explained|announced|stated|urged|emphasi[sz]ed|"
    r"pointed out|highlighted|underlined|remarked|"
    # what people, not bodies, do in the news: "Zhang Yunming attended the meeting"
    r"attended|witnessed|chaired|presided|inaugurated|delivered a speech|met with|paid a visit)\b"
)
_SAYING_BEFORE = re.compile(
    r"(?:\bsaid|\bsays|\badded|\bnoted|\b[Aa]ccording to"
    # who founded a company and whom an office holder follows are people: "Founded in 2013 by
    # David Velez", "succeeding Hamadoun Toure"
    r"|\b(?:[Cc]o-)?[Ff]ounded\s+(?:in\s+\d{4}\s+)?by|\bsucceed(?:s|ed|ing))\s+$"
)
_ROLE_AFTER = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+|who\s+is\s+(?:the\s+|a\s+)?)?(?:[\w'’.&-]+\s+){0,5}?"
    r"(?:[Vv]ice-|[Dd]eputy-|[Cc]o-)?(?:[Pp]resident|[Cc]hairman|[Cc]hairwoman|[Cc]hair|CEO|COO|CFO|CTO|[Dd]irector|[Mm]inister|"
    r"[Ss]ecretary|[Hh]ead|[Cc]hief|[Aa]mbassador|[Ff]ounder|[Pp]rofessor|[Mm]anager|[Oo]fficer|"
    r"[Ss]pokes(?:person|man|woman)|[Gg]overnor|[Cc]ommissioner|[Aa]nalyst|[Rr]esearcher|[Ff]ellow|"
    r"[Ee]ditor|[Cc]orrespondent|[Pp]artner|[Ee]nvoy|[Cc]hancellor|[Dd]eputy|[Mm]ayor|"
    # occupations an apposition gives a person: "X, a teacher at the workshop, said"
    r"[Rr]epresentative|[Tt]eacher|[Ll]ecturer|[Ii]nstructor|[Ee]ngineer|[Ee]xpert|[Ss]cholar|[Ss]cientist|"
    r"[Ee]conomist|[Oo]fficial|[Aa]dvis[eo]r|[Cc]onsultant|[Cc]ounsell?or|[Cc]oordinator|[Jj]ournalist|"
    r"[Rr]eporter|[Dd]ean|[Pp]rincipal|[Aa]ttorney-[Gg]eneral|[Ss]olicitor-[Gg]eneral|[Ss]enator|[Ss]peaker|"
    r"[Cc]hairperson|[Pp]remier|[Ll]awmaker|[Ll]egislator|[Dd]iplomat|[Ee]xecutive|"
    # "Wang Sheng, charge d'affaires of the Chinese Embassy", "Benedict Russo, a farmer in his late 40s"
    r"[Cc]harg[eé]s?\s+d['’][Aa]ffaires|[Ff]armer|[Ss]tudent|[Ee]ntrepreneur)\b"
)
_ROLE_BEFORE = re.compile(
    r"\b(?:president|chairman|chairwoman|chair|director|minister|ambassador|secretary|spokes(?:person|man|woman)|"
    r"officer|manager|governor|mayor|envoy|commissioner|executive|head|founder|professor|premier|"
    # occupations that the news puts before a name: "named after mountaineer Ali Sadpara"
    r"mountaineer|climber|engineer|scientist|journalist|reporter|writer|author|economist|scholar|researcher|"
    r"analyst|activist|entrepreneur|businessman|businesswoman|explorer|astronaut|athlete|poet|artist|"
    # experts the news quotes: "according to industry expert Roderick Beck"
    r"expert|specialist|consultant|adviser|advisor|strategist|commentator|observer|lawmaker|legislator|"
    r"diplomat|lecturer|investor|banker|"
    # "state prosecutor Joan Kagezi", "Thai billionaire Sarath Ratanavadi"
    r"prosecutor|judge|billionaire|tycoon|magnate)\s+$"
)
# A role, its field or country and a comma right before the name, which a comma and a verb
# follow: "Ethiopia's Ambassador to China, Teshome Toga, said", "Secretary-General of ASEAN,
# Dr Kao Kim Hourn, and", "the Minister of Communications and Digital Technologies, Stella
# Ndabeni-Abrahams, praised".
_ROLE_CLAUSE_BEFORE = re.compile(
    r"\b(?:[Mm]inister|[Aa]mbassador|[Pp]resident|[Cc]hairman|[Cc]hairwoman|[Dd]irector|[Ss]ecretary|"
    r"[Ss]ecretary-[Gg]eneral|[Gg]overnor|[Ee]nvoy|[Cc]ommissioner|[Mm]ayor|[Ss]pokes(?:person|man|woman)|"
    r"CEO|[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|[Cc]ounterpart|(?:[Cc]o-)?[Ff]ounder)"
    # (the title's fields may be listed with commas: "the Minister of Trade, Industry and Competition,")
    r"\b[^.;:()\"“”\n]{0,70},\s+$"
)
_COMMA_VERB_AFTER = re.compile(
    r",\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|said|says|told|spoke|gave|met|signed|made|led)\b"
)
_RETIRED = re.compile(r"\s*\((?:retd|Retd|retired|Retired|rtd|R)\.?\)\s*")
_JOINERS = frozenset(("and", "&", "of", "for", "the"))
_LEADING = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "their",
        "our",
        "we",
        "they",
        "he",
        "she",
        "and",
        "but",
        "if",
        "as",
    ]
)


def is_role_word(word: Word) -> bool:
    return word.lower in TITLES or word.lower in RANKS or word.lower.rstrip(".") in RANKS


def retired_mark_end(text: str, end: int) -> int:
    """Where a bracketed "(retd)" after a rank ends, or -1."""
    match = _RETIRED.match(text, end)
    return match.end() if match else -1


def _name_span(
    words: Sequence[Word], affiliations: Container[int], stop_words: Container[str]
) -> tuple[int, int] | None:
    """The span of the name words, if they make a name: 2–4 words, or one joined by particles."""
    index = 0
    while index < len(words) and words[index].start in affiliations:
        index += 1  # a country or organisation before the name: "Manager Pakistan Shoaib …"
    names = words[index:]
    suffix = names[-1] if len(names) > 2 and names[-1].lower in GENERATIONS else None
    if suffix is not None:
        names = names[:-1]  # "Epimaco Densing III", "Benjamin Abalos Jr.": the name and its generation
    if not names or names[0].lower in _PARTICLES or names[-1].lower in _PARTICLES:
        return None
    proper = [word for word in names if word.lower not in _PARTICLES]
    if not 1 <= len(proper) <= 4:
        return None
    for word in names:
        if word.lower in _PARTICLES:
            continue
        if not _NAME_WORD.fullmatch(word.text) or word.lower in stop_words or is_role_word(word):
            return None
    if len(proper) == 1 and "-" not in proper[0].text:
        return None
    if any(word.possessive for word in names[:-1]):
        return None
    return names[0].start, (suffix or names[-1]).end


def people_in_run(
    text: str,
    words: Sequence[Word],
    *,
    after_role: bool,
    affiliations: Container[int],
    countries: Container[int],
    stop_words: Container[str],
) -> list[Candidate]:
    """The person named in a capitalised run, found by a role or a verb of saying around it.

    ``after_role`` says that a role ends right before the run (a rank and "(retd)", a title in
    lower case); ``affiliations`` holds the start offsets of the lexicon's countries and
    organisations (``countries`` those of its countries), ``stop_words`` the lower-case words
    that are no part of a name (head nouns, months).
    """
    words = [word for word in words if word.text[0].isalnum()]
    found: list[Candidate] = []
    segment: list[Word] = []
    # "Minister of Digital Development, Innovation and Aerospace Industry Bagdat Mussin": a title's
    # fields listed with commas go on in this run
    role_seen = (
        bool(words)
        and _TITLE_FIELDS_BEFORE.search(text, max(0, words[0].start - 120), words[0].start) is not None
    )
    for word in words:
        if word.lower in _JOINERS and segment:
            named = _person_in(text, segment, after_role, affiliations, stop_words)
            if not named and role_seen:
                # "Minister for Information and Broadcasting Attaullah Tarar and HEC Chairman …"
                named = _name_after_field(segment, affiliations, countries, stop_words)
            found += named
            role_seen = role_seen or any(is_role_word(w) for w in segment)
            segment, after_role = [], False
        elif word.lower not in _JOINERS:
            segment.append(word)
    if segment:
        named = _person_in(text, segment, after_role, affiliations, stop_words)
        if not named and role_seen:
            named = _name_after_field(segment, affiliations, countries, stop_words)
        found += named
    return [_without_honorific(text, person) for person in found]


# Malaysian honorifics before a name ("Prime Minister Datuk Seri Anwar Ibrahim", "Minister Tan Sri
# Annuar Musa"): written with the name, but the person is named without them too
_HONORIFIC = re.compile(
    r"(?:Tun|Tan Sri|Toh Puan|Puan Sri|Datuk(?: Seri)?|Dato['’]?(?: Sri| Seri)?|Datin(?: Seri)?)\s+"
    r"(?:(?:Dr\.?|Haji|Hajah|Ir\.?)\s+)*"
)


def _without_honorific(text: str, person: Candidate) -> Candidate:
    honorific = _HONORIFIC.match(text, person.start, person.end)
    if honorific is None:
        return person
    name = text[honorific.end() : person.end]
    return person._replace(canonical=name) if " " in name else person


# Words that name a ministry's or an office's field: "Minister of Industry and Information
# Technology Zhang Yunming" — the name starts after the last of them.
_FIELD_WORDS = frozenset(
    [
        "affairs",
        "commerce",
        "industry",
        "information",
        "technology",
        "technologies",
        "telecommunication",
        "telecommunications",
        "communication",
        "communications",
        "development",
        "planning",
        "finance",
        "trade",
        "economy",
        "economic",
        "digital",
        "transport",
        "energy",
        "science",
        "education",
        "health",
        "defence",
        "defense",
        "interior",
        "justice",
        "agriculture",
        "culture",
        "tourism",
        "labour",
        "labor",
        "investment",
        "innovation",
        "aerospace",
        "posts",
        "broadcasting",
        "media",
        "security",
        "reform",
        "resources",
        "environment",
        "infrastructure",
        "society",
        "works",
        "services",
        "relations",
        "cooperation",
        "initiatives",
        "it",
        "ict",
        "telecom",
        "competition",
        "youth",
        "sport",
        "sports",
        "arts",
        "research",
        "fisheries",
        "mines",
        "mining",
        "petroleum",
        "water",
        "housing",
        "transportation",
        "aviation",
        "maritime",
        "statistics",
        "integration",
        "informatics",
        "entrepreneurship",
        "export",
        "growth",
        "multimedia",
        "technological",
        "connectivity",
        # "US Secretary of State Antony Blinken", "Inspector General of Police Andrew Felix Kaweesi"
        "state",
        "police",
        "homeland",
        "treasury",
    ]
)


def _name_after_field(
    segment: Sequence[Word],
    affiliations: Container[int],
    countries: Container[int],
    stop_words: Container[str],
) -> list[Candidate]:
    """ "Vice Minister of Industry and Information Technology Zhang Yunming": after a title of a
    field, the words after the field's last word are the name. "Minister of Economy and Commerce
    of Kyrgyzstan Daniyar Amangeldiev": after the title's country, the words after it."""
    last_field = max((i for i, word in enumerate(segment) if word.lower in _FIELD_WORDS), default=-1)
    if last_field < 0:
        if not segment or segment[0].start not in countries:
            return []
        span = _name_span(segment, affiliations, stop_words)
        if span is None or span[0] == segment[0].start:
            return []
        return [Candidate(span[0], span[1], PERSON, "pattern", 0.75, "en-title-of-country-name")]
    span = _name_span(segment[last_field + 1 :], affiliations, stop_words)
    if span is None:
        return []
    return [Candidate(span[0], span[1], PERSON, "pattern", 0.75, "en-title-of-field-name")]


def _person_in(
    text: str,
    words: Sequence[Word],
    after_role: bool,
    affiliations: Container[int],
    stop_words: Container[str],
) -> list[Candidate]:
    role = max((i for i, word in enumerate(words) if is_role_word(word)), default=-1)
    if role >= 0 or after_role:
        span = _name_span(words[role + 1 :], affiliations, stop_words)
        if span is not None:
            return [Candidate(span[0], span[1], PERSON, "pattern", 0.8, "en-title-name")]
        return []
    if words[0].lower in _LEADING or any(word.lower in _FIELD_WORDS for word in words):
        return []  # (after a title's field, "… Information Technology Zhang Yunming", the name is read there)
    start, end = words[0].start, words[-1].end
    if _ROLE_AFTER.match(text, end):
        rule, confidence = "en-apposition", 0.75
    elif _SAYING_AFTER.match(text, end) or _SAYING_BEFORE.search(text, max(0, start - 30), start):
        rule, confidence = "en-name-said", 0.65
    elif _ROLE_BEFORE.search(text, max(0, start - 16), start):
        rule, confidence = "en-title-name", 0.75
    elif _COMMA_VERB_AFTER.match(text, end) and _ROLE_CLAUSE_BEFORE.search(text, max(0, start - 110), start):
        rule, confidence = "en-role-apposition", 0.7
    else:
        return []
    span = _name_span(words, (), stop_words)
    if span is None or span[0] in affiliations:
        return []
    return [Candidate(span[0], span[1], PERSON, "pattern", confidence, rule)]
