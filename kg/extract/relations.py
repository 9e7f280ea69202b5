"""Relations between the mentions of a document: sentence-level patterns with type constraints.

Each sentence becomes a *skeleton*: its text with every mention replaced by a typed slot
``⟨P3⟩`` (class letter, slot number). Patterns are regular expressions over skeletons, written
with slot groups: ``<s:P>`` is one Project named ``s``, ``<o:CL*>`` a coordinated list of
Countries or Places (中国与巴基斯坦 / "A, B and C"), ``<:O>`` an unnamed Organization. An item
of a group is a run of adjacent slots whose last slot is the head (缅甸木姐 → 木姐,
"Pakistan's Special Communication Organization" → the organization, 邮电部部长谢姆 → the
minister), so qualifiers do not become relation ends; a place after "in" qualifies the item
before it ("Zafarana in Egypt").

Around the patterns:
- references (该项目, 该数据中心, the project, the cable, its …) become slots that point to an
  existing mention of the document: one whose name holds the reference's words first, else the
  most salient one of the right class (named and referred to most often), never an invented one;
  a plural reference (双方, 两国, "both companies", "they") becomes the list of the parties last
  named together, and a compound standing alone (中老两国) a list of its countries;
- a sentence's subject is the head of its first noun phrase after leading clauses; when a
  pattern leaves its subject implicit, the topic is the right kind of name in the sentence, else
  the document's most salient one;
- names that state a relation are decomposed (中巴跨境光缆 connects China and Pakistan,
  中科曙光乌鲁木齐云计算中心 is operated by Sugon and located in Urumqi, 中国—东盟信息港 is a
  partnership of China and ASEAN, 中尼光缆开通仪式 announced the cable);
- adjacent qualifiers give ``locatedIn`` (中国云南瑞丽, "China's Huawei", "Zafarana in Egypt").

For speed, patterns are pre-checked by their trigger words (one automaton pass per sentence)
and their classes, a pattern that opens with a slot is tried only at the tokens, and English
skeletons are matched lowercased without IGNORECASE.

Every relation carries the rule name, a confidence (pattern strength × distance) and its
sentence as evidence. Class letters: C Country, O Organization, I Initiative, P Project,
A Agreement, T Technology, H Person, L Place, E Event.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple, Protocol

from kg.extract.regex_programs import RegexPrograms, load_programs
from kg.lexicon.entry import SMALL_TOWN_POPULATION
from kg.lexicon.folding import has_cjk
from kg.model import Document, EntityClass, Lang, Mention, Predicate, Relation, Sentence, Span

if TYPE_CHECKING:
    import ahocorasick_rs

    from kg.lexicon import Lexicon, LexiconEntry

__all__ = [
    "ALLOWED",
    "Pattern",
    "Slot",
    "compile_template",
    "decompose_names",
    "find_relations",
    "template_source",
]

LETTER: dict[EntityClass, str] = {
    EntityClass.COUNTRY: "C",
    EntityClass.ORGANIZATION: "O",
    EntityClass.INITIATIVE: "I",
    EntityClass.PROJECT: "P",
    EntityClass.AGREEMENT: "A",
    EntityClass.TECHNOLOGY: "T",
    EntityClass.PERSON: "H",
    EntityClass.PLACE: "L",
    EntityClass.EVENT: "E",
}
CLASS_OF = {letter: cls for cls, letter in LETTER.items()}

P = Predicate
# Domain and range of each predicate (class letters), from the evaluation contract; every pair is
# one that the SHACL shapes (kg/ontology/shapes.ttl) accept.
ALLOWED: dict[Predicate, tuple[str, str]] = {
    P.MEMBER_OF: ("CO", "OA"),
    P.PART_OF: ("POIEA", "IOCPE"),
    P.LOCATED_IN: ("LOEP", "LC"),
    P.CONNECTS: ("P", "CL"),
    P.LANDS_AT: ("P", "L"),
    P.OPERATED_BY: ("P", "O"),
    P.BUILT_BY: ("P", "O"),
    P.FUNDED_BY: ("POI", "OC"),
    P.PARTNER: ("PI", "OC"),
    P.SIGNED_WITH: ("ACO", "CO"),
    P.PROPOSED_BY: ("IPAO", "COHL"),
    P.ANNOUNCED_AT: ("IPA", "E"),
    P.COOPERATES_WITH: ("COL", "COL"),
    P.HEAD_OF: ("HC", "OCEL"),
    P.ABOUT: ("IAPOE", "TPAI"),
    P.PARTICIPATED_IN: ("HOC", "E"),
    P.AFFILIATED_WITH: ("H", "OC"),
}


@dataclass(frozen=True, slots=True)
class Slot:
    """A mention as it sits in a sentence: ``span`` is where, ``mention`` what it stands for.

    For a reference (该项目, the cable) the span is the reference's and the mention is the
    earlier mention of the document it resolves to.
    """

    span: Span
    mention: Mention
    reference: bool = False
    letter: str = field(init=False, compare=False, repr=False)  # the class letter of the mention

    def __post_init__(self) -> None:
        object.__setattr__(self, "letter", LETTER[self.mention.cls])


@dataclass(frozen=True, slots=True)
class Pattern:
    """One relation pattern over skeletons.

    ``emits`` lists ``(subject group, predicate, object group)``; a group is a slot group of
    the template, ``topic:X`` (the discourse topic of class X: the latest such mention, in this
    sentence before the match or earlier), ``subject:XY`` (the sentence's subject if it is
    of one of those classes), ``here:XY`` (the nearest name of those classes in this sentence,
    before the match first: never one of an earlier sentence), ``near:XY`` (the same, else the
    topic of class X), ``lead:XY`` (the same, else the first subject of those classes in the
    report's title and lead) or ``all:X`` (every name of class X
    inside the match, whatever stands between them: a delegation's members with their titles).
    The same group on both sides emits every pair of its items.
    """

    rule: str
    template: str
    emits: tuple[tuple[str, Predicate, str], ...]
    confidence: float
    needs: tuple[str, ...] = field(init=False, compare=False, repr=False)
    trigger: re.Pattern[str] | None = field(init=False, compare=False, repr=False)
    trigger_words: tuple[str, ...] = field(init=False, compare=False, repr=False)
    slot_first: bool = field(init=False, compare=False, repr=False)
    lang: Lang = field(init=False, compare=False, repr=False)
    compiled: tuple[re.Pattern[str], dict[str, str]] | None = field(
        default=None, init=False, compare=False, repr=False
    )

    def compile(self, lang: Lang) -> Pattern:
        object.__setattr__(self, "lang", lang)
        trigger, words = _best_trigger(self.template)
        object.__setattr__(self, "trigger", re.compile(trigger) if trigger else None)
        object.__setattr__(self, "trigger_words", words)
        # a match of a template that opens with a slot group starts at a token: only those are tried
        object.__setattr__(self, "slot_first", _SLOT_GROUP.match(self.template) is not None)
        # Each slot group needs one of its classes in the sentence: a cheap filter before the regex.
        # (unnamed groups, and named ones in an optional part, "(?:… with <s2:H>)?", are not required)
        optional = _optional_parts(self.template)
        needs = tuple(
            m["classes"]
            for m in _SLOT_GROUP.finditer(self.template)
            if m["name"] and not any(start <= m.start() < end for start, end in optional)
        )
        object.__setattr__(self, "needs", needs)
        return self

    # The regex is compiled the first time a sentence triggers the pattern: Python's compiler is
    # slow on the wide character classes of Chinese, and a small corpus triggers few patterns.
    def _compiled(self) -> tuple[re.Pattern[str], dict[str, str]]:
        if self.compiled is None:
            object.__setattr__(self, "compiled", compile_template(self.template, self.lang))
        assert self.compiled is not None
        return self.compiled

    @property
    def regex(self) -> re.Pattern[str]:
        return self._compiled()[0]

    @property
    def groups(self) -> dict[str, str]:
        """The classes of each named slot group."""
        return self._compiled()[1]

    def applies_to(self, letters: set[str]) -> bool:
        return all(any(letter in letters for letter in classes) for classes in self.needs)


def _optional_parts(template: str) -> list[tuple[int, int]]:
    """The spans of the template's groups that a match may skip: ``(…)?``, ``(…)*``, ``(…){0,n}``."""
    spans: list[tuple[int, int]] = []
    opened: list[int] = []
    index, in_class = 0, False
    while index < len(template):
        char = template[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            opened.append(index)
        elif char == ")" and opened:
            start = opened.pop()
            if template.startswith(("?", "*", "{0,"), index + 1):
                spans.append((start, index + 1))
        index += 1
    return spans


_LITERAL_CHAR = re.compile(r"[\w\u4e00-\u9fff' -]")


def _necessary_groups(template: str) -> list[str]:
    """The top-level parts that every match must contain, for a cheap pre-check: each
    ``(?:…)`` group and each run of literal words (登陆, "in the presence of"), as groups.

    Their words (连接|联通, "operated by") must appear in a sentence before the full pattern is
    worth trying; groups that hold slots or gaps, or that may be skipped (``?``, ``*``), do not count.
    """
    groups: list[str] = []
    depth, start, index = 0, -1, 0
    run = ""

    def close_run(following: str) -> None:
        nonlocal run
        word = run[:-1] if following[:1] in ("?", "*", "{") else run
        if word.strip():
            groups.append(f"(?:{word})")
        run = ""

    while index < len(template):
        char = template[index]
        if depth == 0 and template.startswith("\\s+", index):
            run += "\\s+"
            index += 3
            continue
        if depth == 0 and _LITERAL_CHAR.fullmatch(char):
            run += char
            index += 1
            continue
        if depth == 0 and run:
            close_run(template[index : index + 2])
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = template.index("]", index + 1) + 1
            continue
        if char == "{":  # a quantifier's bounds are no literal words
            index = template.index("}", index + 1) + 1
            continue
        if char == "<" and depth == 0:
            index = template.index(">", index) + 1
            continue
        if char == "(":
            if depth == 0 and template.startswith("(?:", index):
                start = index
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0 and start >= 0:
                group = template[start : index + 1]
                following = template[index + 1 : index + 3]
                optional = following[:1] in ("?", "*") or following.startswith("{0")
                if not optional and not re.search(r"[<~^]|_\d", group.replace("(?<!", "")):
                    groups.append(group)
                start = -1
        index += 1
    if run:
        close_run("")
    return groups


def _best_trigger(template: str) -> tuple[str | None, tuple[str, ...]]:
    """The most selective necessary group (longest shortest word), and its words."""
    best: tuple[str | None, tuple[str, ...]] = (None, ())
    best_length = -1
    for group in _necessary_groups(template):
        words = _literal_words(group)
        length = min((len(w) for w in words), default=0)
        if best[0] is None or length > best_length:
            best, best_length = (group, words), length
    return best


_LEADING_NOISE = re.compile(r"^(?:\(\?<!(?:[^()]|\([^()]*\))*\)|\((?:[^()]|\([^()]*\))*\)\?(?:\\s[*+])?)+")
_LITERAL_PREFIX = re.compile(r"(?:[\w\u4e00-\u9fff' -]|\\s\+)+")


def _top_level_alternatives(body: str) -> list[str]:
    parts, depth, start, index = [], 0, 0, 0
    while index < len(body):
        char = body[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = body.index("]", index + 1) + 1
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(body[start:index])
            start = index + 1
        index += 1
    parts.append(body[start:])
    return parts


def _literal_words(group: str) -> tuple[str, ...]:
    """Words one of which every match of a trigger group contains, for an automaton pre-check.

    Each alternative contributes its literal prefix (连接, "operated by", "connect" of
    connect(?:s|ed)?); when an alternative has none long enough, the group gives no words.
    """
    words = []
    for option in _top_level_alternatives(group[3:-1]):
        # (?<!vice )president, (?:executive|senior)?\s*vice…: lookbehinds and an optional
        # leading group say nothing about the words that must be there
        alternative = _LEADING_NOISE.sub("", option.removeprefix(r"\b"))
        prefix = _LITERAL_PREFIX.match(alternative)
        if prefix is None:
            return ()
        word = prefix.group().replace(r"\s+", " ")
        following = alternative[prefix.end() : prefix.end() + 1]
        if following in ("?", "*", "{"):
            word = word[:-1]  # the last character is optional
        if len(word.strip()) < (1 if re.search(r"[\u4e00-\u9fff]", word) else 3):
            return ()
        words.append(word.casefold())
    return tuple(words)


_SLOT_GROUP = re.compile(r"<(?P<name>\w*):(?P<classes>[COIPATHLE]+)(?P<many>\*)?>")


# what stands between a Chinese place and a place it holds: 缅甸首都内比都, 马尔代夫东部岛屿胡鲁马累,
# 泰国东部春武里府
_ZH_QUALIFIER_TITLE = (
    "(?:首都|首府|省会|(?:[东西南北中]{1,2}部|沿海|边境|南方|北方)?"
    "(?:港口城市|城市|岛屿|小岛|地区|小镇|重镇|港口)|[东西南北中]{1,2}部)"
)
_ZH_QUALIFIER_RE = re.compile(_ZH_QUALIFIER_TITLE)
# ("the Philippines' Converge": a plural name's possessive is a bare apostrophe)
_QUALIFIER_JOINS = frozenset({"", "'s ", "’s ", "' ", "’ ", "首都", "首府", "省会"})
_POSSESSIVES = frozenset({"'s ", "’s ", "' ", "’ "})
# what stands between a country and a body of it: 斯里兰卡电信运营商Dialog Axiata, 中国领先的…制造商亨通集团
# (never a list: 中国联通及其全资子公司…)
_ZH_ORG_DESCRIPTOR = (
    # (a 和 inside the description joins two products, not two names: 中国领先的光纤和电力电缆制造商亨通集团)
    r"(?:(?:的)?(?![和与及])(?:(?![、其])[\u4e00-\u9fff]){0,12}?"
    # (英国主要电信运营商之一EE公司: one of them is still of that country)
    r"(?:运营商|服务提供商|提供商|制造商|供应商|服务商|电信公司|公司|企业|集团|银行|媒体|通讯社)(?:之一)?"
    # (挪威系的Telenor缅甸公司: a body of that country's lineage)
    r"|(?:系|籍)的?)"
)
_ZH_ORG_DESCRIPTOR_RE = re.compile(_ZH_ORG_DESCRIPTOR)
# a country right before a name that opens with its quotes qualifies it: 日本《日经亚洲评论》
_ZH_NAME_OPENERS = frozenset({"", "《", "“", "「"})
# A body's role noun between two bodies: in 斯里兰卡电信运营商Dialog Axiata the first name is a
# description (a Sri Lankan telecom operator) qualifying the second, not a list item of its own
_ZH_ROLE_NOUN = r"(?:运营商|服务提供商|提供商|服务商|制造商|供应商)"
# A person's title between the body they serve and their name: 老挝邮电部部长谢姆, 外交部副部长…
_ZH_PERSON_TITLE = r"(?:(?![和与及、或])[\u4e00-\u9fff·]){0,8}?"
_ZH_TITLE_JOIN = re.compile(r"(?:(?![和与及、或])[\u4e00-\u9fff·]){1,8}")
# The words of an English title before a person's name in a list ("by Cambodian Deputy Prime Minister
# X and Chinese Ambassador Y"): the country or body before the title qualifies the person
_EN_TITLE_WORD = (
    r"(?:vice|deputy|assistant|acting|interim|former|senior|executive|managing|first|prime|minister|premier|"
    r"president|secretary|general|secretary-general|director|director-general|chairman|chairwoman|chairperson|"
    r"chair|ceo|cto|cfo|coo|chief|operating|officer|ambassador|envoy|consul|consul-general|counsellor|governor|"
    r"mayor|king|queen|foreign|state|commissioner|head|founder|spokesperson|spokesman|spokeswoman|professor|"
    r"permanent|representative|undersecretary|under-secretary|manager|leader|chancellor|vice-president|"
    r"vice-premier|vice-chairman|dr\.?|mr\.?|ms\.?|mrs\.?|h\.e\.)"
)
# ("Chinese Ambassador to Serbia Chen Bo": the country the envoy is sent to qualifies the title too)
# ("founder and executive chairman": two titles of one person)
_EN_TITLE_AND = rf"(?:and\s+(?={_EN_TITLE_WORD}\s))?"
_EN_TITLE_JOIN = re.compile(
    rf"(?:['’]s)?\s+(?:{_EN_TITLE_WORD}\s+{_EN_TITLE_AND}){{1,5}}(?:(?:to|of|for|at)\s+(?:the\s+)?)?|\s",
    re.IGNORECASE,
)
_EN_TITLE_TO = re.compile(
    rf"(?:['’]s)?\s+(?:{_EN_TITLE_WORD}\s+){{1,5}}(?:to|of|for|at)\s+(?:the\s+)?", re.IGNORECASE
)
# "Zafarana in Egypt": the place after "in" qualifies the item before it
_IN_JOIN = re.compile(r"\s+in\s+", re.IGNORECASE)
# "Chinese technology firm Huawei", "U.K. giant BT Group", "Kenya's mobile service provider Safaricom":
# a country and the kind of body it has describe the name after them, as 中国通信设备企业中兴 does
_EN_BODY_NOUN = (
    r"(?:operator|company|firm|carrier|group|provider|giant|vendor|manufacturer|maker|bank|lender|insurer|"
    r"telecom|telco|agency|builder|supplier|contractor|developer|conglomerate|regulator|broadcaster|startup)"
)
_EN_ORG_DESCRIPTOR = (
    rf"(?:['’]s)?\s+(?:(?!(?:and|or|with|to|of|the|in|on|by)\s)[a-z-]+\s+){{0,2}}?{_EN_BODY_NOUN}\s+"
)
_EN_ORG_DESCRIPTOR_RE = re.compile(_EN_ORG_DESCRIPTOR, re.IGNORECASE)


# "AI applications and language models": a field named with the kind of thing it gives
_EN_FIELD_NOUN = (
    r"(?:\s+(?:applications?|services|technolog(?:y|ies)|solutions|capabilities|systems|networks?))?"
)
# "south-east Nigeria", "mainland China": a part of the place named, for a list item
_EN_DIRECTION = r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|central\s+|mainland\s+)?"


def _slot(classes: str) -> str:
    return rf"⟨[{classes}]\d+⟩"


_PARENTHETICAL_RE = r"(?:\s*[（(][^（()）⟨]*(?:⟨[A-Z]\d+⟩[^（()）⟨]*)*[)）])?"


# "operated by state-owned Tonga Cable Ltd": who owns a body is no part of its name
_EN_OWNERSHIP = r"(?:(?:state|government|privately|publicly|military)[- ](?:owned|run|backed|controlled)\s+)?"


def _item(classes: str, lang: Lang, *, listed: bool = False) -> str:
    """One item of a group: qualifiers, then the head slot of one of ``classes``.

    The leading ``⟨`` is written once, outside the qualifier loop, so that the regex engine
    can look for it as a literal prefix instead of trying the item at every position.
    """
    if lang is Lang.ZH:
        # Chinese writes qualifiers right before the head: 中国云南瑞丽, 缅甸首都内比都,
        # 丝绸之路经济带…试验区; a person's title sits between the body and the name (老挝邮电部部长谢姆)
        chain = (
            rf"(?:[A-Z]\d+⟩{_ZH_QUALIFIER_TITLE}?⟨|C\d+⟩{_ZH_ORG_DESCRIPTOR}(?=⟨O)⟨"
            rf"|O\d+⟩{_ZH_ROLE_NOUN}(?=⟨O)⟨)*"
        )
        if "H" not in classes:
            return rf"⟨{chain}[{classes}]\d+⟩{_PARENTHETICAL_RE}"
        # only a person's name follows a title, and only a body, a country or a place precedes it
        others = classes.replace("H", "")
        head = rf"(?:[COL]\d+⟩{_ZH_PERSON_TITLE}⟨)?H\d+⟩" + (rf"|[{others}]\d+⟩" if others else "")
        return rf"⟨{chain}(?:{head}){_PARENTHETICAL_RE}"
    # ("Australia's Vocus Group", "Nokia's Alcatel Submarine Networks unit")
    possessives = r"⟨(?:[CLO]\d+⟩['’]s?\s+⟨)*"
    if "O" in classes:
        possessives = rf"⟨(?:[CLO]\d+⟩['’]s?\s+⟨|C\d+⟩{_EN_ORG_DESCRIPTOR}(?=⟨O)⟨)*"
    head_noun = _EN_FIELD_NOUN if "T" in classes else ""
    place_after = r"(?:\s+in\s+⟨[CL]\d+⟩)?"
    # ("the Lower Indian Ocean Network II (LION2)": a numeral the name left out)
    head = rf"[{classes}]\d+⟩{head_noun}(?:\s+(?:ii|iii|iv)\b)?"
    if "H" in classes and listed:
        # (in a list each person brings a title: "by Cambodian Deputy Prime Minister X and …")
        titled = (
            rf"(?:(?:⟨[COL]\d+⟩(?:['’]s)?\s+)?(?:{_EN_TITLE_WORD}\s+{_EN_TITLE_AND}){{1,5}}"
            rf"(?:(?:to|of|for|at)\s+(?:the\s+)?⟨[COL]\d+⟩\s+)?)?"
        )
        return rf"(?:the\s+)?{titled}{_EN_DIRECTION}{possessives}{head}{place_after}{_PARENTHETICAL_RE}"
    return rf"(?:the\s+)?{_EN_OWNERSHIP}{_EN_DIRECTION}{possessives}{head}{place_after}{_PARENTHETICAL_RE}"


def _separator(lang: Lang) -> str:
    if lang is Lang.ZH:
        # A Chinese list may hold items that are not names (自治区发改委、网信办、公安厅等部门和乌鲁木齐市)
        # and items with a tail (喀喇昆仑公路升级改造二期(…)、瓜达尔港东湾快速路): both are stepped over.
        return (
            # (an adverb before 与 makes it "with", not "and": 中国已与马来西亚…签署 lists no 中国)
            r"(?:(?![\u4e00-\u9fff]{0,5}?(?:已|还|也|将|曾|正|均|都|先后|分别|已经)(?:与|同|和))"
            r"[\u4e00-\u9fff]{1,6}?" + _PARENTHETICAL_RE + r")?"
            # (同 joins people as 和 does: 习近平同托卡耶夫、扎帕罗夫出席; titles in their marks are
            # listed as names are: 《联合宣言》和《白皮书》)
            r"[》”」』]?\s*(?:等[\u4e00-\u9fff]{0,3}?)?(?:、|和|与|同|及|以及|或|/)\s*[《“「『]?"
            r"(?:[^、，,。；;⟨⟩]{1,8}?(?:等[\u4e00-\u9fff]{0,3}?)?(?:、|和|及|以及))*"
            r"(?:[\u4e00-\u9fff]{1,6}?(?=⟨))?"
        )
    return r"(?:\s*,\s*(?:and\s+|or\s+|as\s+well\s+as\s+)?|\s+(?:and|or|&|as\s+well\s+as)\s+)"


def _list_tail(lang: Lang) -> str:
    # 由中国电信、中国联通等运营商共同投资: the words closing a Chinese list belong to it
    return (
        r"(?:等?[\w\u4e00-\u9fff]{0,6}?(?=共同|联合|合作|一起|携手|分别|均|都))?" if lang is Lang.ZH else ""
    )


# "includes A, B and C, and D is the contractor": a name followed by its verb opens a clause, no list item
# (a plural verb has the whole list as its subject: "the landings at A and B were completed")
_NOT_A_CLAUSE = {Lang.EN: r"(?!\s+(?:is|was|has)\b)", Lang.ZH: ""}


def compile_template(template: str, lang: Lang) -> tuple[re.Pattern[str], dict[str, str]]:
    """Turn a slot template into a regex; return it with each named group's classes."""
    source, groups = template_source(template, lang)
    return _template_programs().compile(source), groups


@lru_cache(maxsize=1)
def _template_programs() -> RegexPrograms:
    """The compiled programs of every table's templates, from the disk cache when it has them."""
    return load_programs(
        "relation-templates", (template_source(p.template, p.lang)[0] for p in _patterns_for(Lang.MIXED))
    )


def template_source(template: str, lang: Lang) -> tuple[str, dict[str, str]]:
    """The regex source of a slot template, and each named group's classes."""
    groups: dict[str, str] = {}

    def expand(match: re.Match[str]) -> str:
        name, classes, many = match["name"], match["classes"], match["many"]
        item = _item(classes, lang, listed=bool(many))
        body = (
            rf"{item}(?:{_separator(lang)}{item}{_NOT_A_CLAUSE[lang]})*{_list_tail(lang)}" if many else item
        )
        if not name:
            return f"(?:{body})"
        groups[name] = classes
        return f"(?P<{name}>{body})"

    # English patterns are matched case-sensitively on the lowercased skeleton (``folded``): far
    # faster than IGNORECASE, and the regex engine can skip to a pattern's first literal
    return _SLOT_GROUP.sub(expand, template), groups


_TOKEN = re.compile(r"⟨([A-Z])(\d+)⟩")
_PARENTHETICAL = re.compile(r"[（(][^（()）]*[)）]")


def _joined(between: str, slot: Slot) -> bool:
    """Whether a slot continues the item before it (a qualifier chain) rather than starting one."""
    return (
        between in _QUALIFIER_JOINS
        or (slot.letter in "CL" and _ZH_QUALIFIER_RE.fullmatch(between) is not None)
        or (slot.letter == "O" and _ZH_ORG_DESCRIPTOR_RE.fullmatch(between) is not None)
        or (slot.letter == "O" and _EN_ORG_DESCRIPTOR_RE.fullmatch(between) is not None)
        or (
            slot.letter == "H"
            and (
                _ZH_TITLE_JOIN.fullmatch(between) is not None or _EN_TITLE_JOIN.fullmatch(between) is not None
            )
        )
        # "Ambassador to ⟨Serbia⟩ Chen Bo": the country after the title is part of the title
        or (slot.letter in "COL" and _EN_TITLE_TO.fullmatch(between) is not None)
        or _IN_JOIN.fullmatch(between) is not None
    )


def _items(group_text: str, slots: Sequence[Slot], classes: str) -> list[Slot]:
    """The head slot of each item of a group, dropping qualifiers and parentheticals.

    The head is the item's last slot (中国云南瑞丽 → 瑞丽, "China's Huawei" → Huawei, 邮电部部长谢姆
    → 谢姆), except that a place after "in" qualifies the slot before it ("Zafarana in Egypt"),
    and so does a country closing an English list after a place and a bare comma ("in Genoa, Italy").
    """
    text = _PARENTHETICAL.sub(" ", group_text)
    heads: list[tuple[Slot, str]] = []  # each item's head and the text that joined it to the previous one
    previous_end = -1
    run: list[Slot] = []
    joined_by = ""
    for match in _TOKEN.finditer(text):
        slot = slots[int(match.group(2))]
        between = text[previous_end : match.start()] if previous_end >= 0 else ""
        previous_end = match.end()
        # (the one-character parties of a compound are items each: 中阿共同发表…, not 阿 of 中)
        compound = (
            between == ""
            and slot.mention.source == "compound"
            and run
            and run[-1].mention.source == "compound"
        )
        if run and not compound and _joined(between, slot):
            # (Ooredoo缅甸: a country right after a body names the body's branch there; the body stays
            # the head, as a place after "in" leaves it)
            branch = (
                between == "" and run[-1].letter == "O" and slot.letter == "C" and has_cjk(slot.mention.text)
            )
            if _IN_JOIN.fullmatch(between) is None and not branch:
                run.append(slot)
            continue
        if run:
            heads.append((run[-1], joined_by))
        run, joined_by = [slot], between
    if run:
        heads.append((run[-1], joined_by))
    if len(heads) >= 2 and heads[-1][1] == ", " and heads[-1][0].letter == "C" and heads[-2][0].letter == "L":
        heads.pop()
    # "A, B and C, D, a unit of E, said": an English list ends with its "and" item
    for index, (_, joined) in enumerate(heads):
        if _AND_JOIN.fullmatch(joined):
            rest = heads[index + 1 :]
            cut = next((i for i, (_, between) in enumerate(rest) if between == ", "), len(rest))
            heads = heads[: index + 1 + cut]
            break
    return [slot for slot, _ in heads if slot.letter in classes]


_AND_JOIN = re.compile(r"\s*,?\s*and\s+(?:the\s+)?", re.IGNORECASE)


# ----------------------------------------------------------------------------- references

_ZH_REF_NOUNS = {
    "项目": "P",
    "工程": "P",
    "光缆": "P",
    "海缆": "P",
    "线路": "P",
    "系统": "P",
    "网络": "P",
    "中心": "P",
    "园区": "P",
    "走廊": "I",
    "倡议": "I",
    "战略": "I",
    "计划": "I",
    "协议": "A",
    "协定": "A",
    "声明": "A",
    "备忘录": "A",
    "议定书": "A",
    "宣言": "A",
    "条约": "A",
    "公约": "A",
    "基金": "O",
    "公司": "O",
    "集团": "O",
    "企业": "O",
    "组织": "O",
    "大学": "O",
    "学院": "O",
    "会议": "E",
    "仪式": "E",
    "活动": "E",
    "峰会": "E",
    "论坛": "E",
    "开幕式": "E",
    "闭幕式": "E",
    "博览会": "E",
    "大会": "E",
    "研讨会": "E",
    "展会": "E",
    "基地": "P",
    # 该口岸, 该工坊: a border port and a workshop the document named (中越友谊关—友谊智慧口岸, 鲁班工坊)
    "口岸": "P",
    "工坊": "P",
    # 该卫星, 该星座, 该码头, 这一机制: a satellite, constellation, wharf or mechanism the document named
    "卫星": "P",
    "星座": "P",
    "码头": "P",
    "机制": "I",
    # 合作年期间, 本次合作年: a year of cooperation the document named (中国—东盟数字经济合作年)
    "合作年": "I",
    "交流年": "I",
    "创新年": "I",
}
_ZH_NOUN_ALT = "|".join(sorted(_ZH_REF_NOUNS, key=len, reverse=True))
_ZH_MODIFIER = r"(?:(?![的和与及、该这此本])[\u4e00-\u9fff])"
_ZH_REFERENCE = re.compile(
    # 该项目, 该数据中心, 本届论坛: a determiner, a few words, the head noun
    rf"(?P<det>该|这一|这个|此次|本次|本届|此|本|上述|整个|这条|该条|这次|这场|这届|那次|那场|那届)(?P<mods>{_ZH_MODIFIER}{{0,4}}?)(?P<noun>{_ZH_NOUN_ALT})"
    # 其 opening a clause (其云计算子公司阿里云表示): the previous subject, as "Its" is, read before a
    # short form could take 其子公司 as one; 其他, 其中, 其余, 其实 are other words
    r"|(?:(?<=^)|(?<=[，。；：,]))(?P<pronoun>其)(?![他它中余实次后间])"
    rf"|(?:(?<=^)|(?<=[，。；：,]))(?P<bare>项目|线路|仪式|会议|光缆|工程|中心|论坛|峰会|博览会|大会)(?![\u4e00-\u9fff]{{0,1}}[的])"
    # 数据中心 opening a clause: the short form of a name the document gave (老挝国家数据中心)
    rf"|(?:(?<=^)|(?<=[，。；：,]))(?P<short>{_ZH_MODIFIER}{{1,4}}?(?:{_ZH_NOUN_ALT}))(?![\u4e00-\u9fff]{{0,1}}[的])"
    # 在仪式上说, 在会上表示: the event of the document, named by its kind alone
    r"|(?:(?<=[在于])|(?<=^)|(?<=[，。；：,]))(?P<at>开幕式|闭幕式|仪式|会议|论坛|峰会|博览会|大会|交流会|研讨会|座谈会|推介会|"
    r"洽谈会|发布会|会|典礼|活动|合作年|交流年|创新年)(?=上|期间|中)"
    r"|(?P<home>我区|我省|我市|本区|本省|本市|全区|全省|全市)"
    # 分别代表中方和东盟方签署议定书: the agreement signed is the one the document named
    r"|(?:(?<=签署)|(?<=签订)|(?<=签署了)|(?<=签订了))(?P<signed>议定书|协议|协定|备忘录|宣言|条约|公约)(?=[，。；,]|$)"
    # 双方, 两国: the parties a sentence named together just before
    r"|(?P<plural>双方|两国政府|两国|两家公司|两家企业)"
)
# (在交流会上, 在研讨会上: a meeting named by its kind is the document's meeting)
_ZH_AT_NOUNS = {
    "会": "会议",
    "典礼": "仪式",
    "交流会": "会议",
    "研讨会": "会议",
    "座谈会": "会议",
    "推介会": "会议",
    "洽谈会": "会议",
    "发布会": "会议",
}
# "this occasion": the meeting a report is about (本次论坛由…主办)
_ZH_THIS_OCCASION = frozenset({"本次", "本届", "此次", "这次", "这届"})
_ZH_HEAD = re.compile(rf"(?:{_ZH_NOUN_ALT})$")
_EN_REF_NOUNS = {
    "project": "P",
    "cable": "P",
    "cable system": "P",
    "system": "P",
    "link": "P",
    "line": "P",
    "network": "P",
    "pipeline": "P",
    "corridor": "IP",
    "initiative": "I",
    "strategy": "I",
    "programme": "I",
    "program": "I",
    "agreement": "A",
    "deal": "A",
    "memorandum": "A",
    "mou": "A",
    "declaration": "A",
    "protocol": "A",
    "pact": "A",
    "treaty": "A",
    "accord": "A",
    "convention": "A",
    "fund": "O",
    "ministry": "O",
    "company": "O",
    "firm": "O",
    "operator": "O",
    "ceremony": "E",
    "meeting": "E",
    "summit": "E",
    "forum": "E",
    "conference": "E",
    "visit": "E",
    "event": "E",
    "expo": "E",
    "exhibition": "E",
    "symposium": "E",
    "seminar": "E",
    "dialogue": "E",
    "consortium": "O",
    "university": "O",
    "college": "O",
    "facility": "P",
    "data centre": "P",
    "data center": "P",
    "datacentre": "P",
    "datacenter": "P",
    "centre": "P",
    "center": "P",
    "hub": "P",
    "station": "P",
    "park": "P",
    "campus": "P",
    "test bed": "P",
    "testbed": "P",
    "satellite": "P",
    "constellation": "P",
    "workshop": "P",
    "mechanism": "IO",
    "city": "L",
    "country": "C",
}
_EN_NOUN_ALT = "|".join(sorted(_EN_REF_NOUNS, key=len, reverse=True))
# words a description does not run across ("the job of building the inland link" describes a link)
_EN_FUNCTION_WORDS = r"the|a|an|of|to|for|and|or|in|on|at|by|with|from|as|that|which|its|their"
_EN_REFERENCE_SOURCE = (
    rf"\b(?P<det>the|this|that|their|its)\s+(?P<mods>(?:(?!(?:{_EN_NOUN_ALT}|{_EN_FUNCTION_WORDS})\b)"
    rf"(?:\d[\d,.]*(?:[-–]?[a-z]+)?(?:-[a-z]+)?|\$\d[\d,.]*|[a-z][a-z-]*)\s+){{0,5}}?)"
    rf"(?P<noun>{_EN_NOUN_ALT})\b(?!-)"
    rf"|(?<=, )(?P<apposition>a|an)\s+(?P<noun2>project|cable|system|link)\b"
    r"|\b(?P<pronoun>its|it)\b"
    r"|\b(?P<plural>(?:both|the\s+two)\s+(?:countries|nations|sides|parties|companies|firms|governments|operators)|they)\b"
)
# matched on the lowercased sentence (far faster than IGNORECASE); the rare text whose
# lowercase changes length is matched as it is
_EN_REFERENCE_LOWER = re.compile(_EN_REFERENCE_SOURCE)
# "no inland link", "an undersea route": a described thing introduced without a name
# (matched on the lowercased sentence)
_EN_UNNAMED = re.compile(
    rf"\b(?:an?|no|another)\s+(?P<phrase>(?:[a-z][a-z-]*\s+){{1,3}}?(?:{_EN_NOUN_ALT}))\b(?!-)"
)
_EN_REFERENCE = re.compile(_EN_REFERENCE_SOURCE, re.IGNORECASE)
# the pronoun branch alone, with the reference regex's groups (that never take part)
_EN_PRONOUN_ONLY = re.compile(
    r"(?P<det>(?!))?(?P<mods>(?!))?(?P<noun>(?!))?(?P<apposition>(?!))?(?P<noun2>(?!))?(?P<plural>(?!))?"
    r"\b(?P<pronoun>its|it)\b"
)
_PRONOUNS = frozenset({"it", "It", "its", "Its"})
_COMPANY_NOUNS = frozenset({"company", "firm", "operator", "公司", "企业", "集团"})
_GOVERNMENT_NOUNS = frozenset({"ministry"})
# Nouns that refer only to a thing whose name holds them ("the consortium" → the 2Africa consortium;
# "the landing station" is never the cable that lands there)
_NAMED_ONLY = frozenset({"consortium", "station", "university", "college", "大学", "学院"})
# nouns that head a name before its "of" ("Meru University of Science and Technology" is a university)
_HEAD_BEFORE_OF = frozenset({"university", "college"})
# Who a plural reference can stand for: countries, organizations, or either.
_PLURAL_CLASSES = {
    "两国": "C",
    "两国政府": "C",
    "两家公司": "O",
    "两家企业": "O",
    "双方": "CO",
    "countries": "C",
    "nations": "C",
    "governments": "C",
    "companies": "O",
    "firms": "O",
    "operators": "O",
    "sides": "CO",
    "parties": "CO",
    "they": "CO",
}
_EN_REFERENCE_DET_CASE = re.compile(r"[Tt]he|[Tt]his|[Tt]hat|[Tt]heir|[Ii]ts")
# "the 820-km underground cable": a description of the project it refers to, kept as its name.
_DESCRIBED_HEADS = frozenset({"cable", "cable system", "link", "line", "network", "pipeline", "system"})
_NOT_DESCRIPTIVE = frozenset(
    {"first", "second", "third", "new", "whole", "entire", "same", "existing", "planned", "proposed"}
    | {"latter", "former", "two", "three", "main", "first-ever"}
)


# "it"/"its" stand for a thing or a body, never a person, a place or a field; when the previous
# subject is a country ("China and Pakistan inaugurated the link. It was approved…"), the thing
# that sentence named is the better antecedent.
_PRONOUN_CLASSES = frozenset(
    {
        EntityClass.ORGANIZATION,
        EntityClass.PROJECT,
        EntityClass.AGREEMENT,
        EntityClass.INITIATIVE,
        EntityClass.EVENT,
    }
)
_THING_CLASSES = frozenset({EntityClass.PROJECT, EntityClass.AGREEMENT, EntityClass.INITIATIVE})


@dataclass
class Discourse:
    """What the document has said so far: the mentions per class, in order, how often each thing
    was named or referred to, and the groups of parties named together (中国电信与尼泊尔电信)."""

    seen: dict[str, list[Mention]] = field(default_factory=dict)
    counts: dict[tuple[str, str], int] = field(default_factory=dict)
    salience: dict[tuple[str, str], int] = field(default_factory=dict)
    groups: list[tuple[int, tuple[Mention, ...]]] = field(default_factory=list)
    titled: dict[str, Mention] = field(default_factory=dict)  # "prime minister" → the person so titled
    # things introduced unnamed ("there was no inland link", "an inland link"): "the inland link"
    # later is that thing, not the document's project
    unnamed: set[str] = field(default_factory=set)
    # "the SJC2 consortium" named as a body of its own: the work whose consortium it is
    consortium_works: dict[tuple[int, int], Mention] = field(default_factory=dict)
    # "a memorandum of understanding on the Belt and Road Initiative": the work its name ends with
    ending_works: dict[tuple[int, int], Mention] = field(default_factory=dict)
    # the things that were a sentence's subject: "the ministry" after "Pakistan's Ministry of IT
    # signed an MoU with China's MIIT" is the signer, when both were named as often
    subjects: set[tuple[str, str]] = field(default_factory=set)
    # the subjects of the title's and the lead's sentences, in order: what the report is about
    lead_subjects: tuple[Slot, ...] = ()
    # Indexes over ``seen``, so that a reference in a long report does not scan every name before
    # it: per class, the names' end offsets (the names before an offset are a prefix of ``seen``
    # while the ends never decrease; a class whose ends do is scanned as before), and per class
    # and reference noun, the positions in ``seen`` of the names it heads, extended as names come.
    _ends: dict[str, list[int]] = field(default_factory=dict)
    _unordered: set[str] = field(default_factory=set)
    _headed: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    _headed_upto: dict[tuple[str, str], int] = field(default_factory=dict)

    def add(self, mention: Mention) -> None:
        letter = LETTER[mention.cls]
        seen = self.seen.setdefault(letter, [])
        ends = self._ends.setdefault(letter, [])
        if ends and mention.span.end < ends[-1]:
            self._unordered.add(letter)
        ends.append(mention.span.end)
        key = self._key(mention)
        # ("China's Ministry of Industry and Information Technology (MIIT)": a name and its short form
        # in brackets right after it are one naming, not two)
        previous = seen[-1] if seen else None
        restated = (
            previous is not None
            and self._key(previous) == key
            and 0 <= mention.span.start - previous.span.end <= 2
        )
        seen.append(mention)
        self.counts[key] = self.counts.get(key, 0) + 1
        if not restated:
            self.salience[key] = self.salience.get(key, 0) + 1

    def refer(self, mention: Mention) -> None:
        """A reference resolved to ``mention`` makes it more salient."""
        key = self._key(mention)
        self.salience[key] = self.salience.get(key, 0) + 1

    def latest(
        self, letter: str, before: int, noun: str | None = None, *, named_only: bool = False
    ) -> Mention | None:
        """What a reference of class ``letter`` at ``before`` stands for.

        A name ending in the reference's noun first (该光缆 → the latest …光缆); else the most
        salient thing of that class (named and referred to most often), the latest among equals:
        "the system" of an article about a cable and its extensions is the cable.
        """
        seen = self.seen.get(letter, [])
        if letter in self._unordered:
            candidates = [m for m in seen if m.span.end <= before]
        else:
            candidates = seen[: bisect_right(self._ends.get(letter, []), before)]
        if not candidates:
            return None
        if noun:
            folded = noun.casefold()
            named = self._latest_headed(letter, folded, candidates)
            if named is not None and not (
                folded in _GENERIC_HEADS
                and not named_only
                and named is not candidates[-1]
                and self.salience_of(named) < max(self.salience_of(m) for m in candidates)
            ):
                return named
        if named_only:
            return None
        if noun and noun.casefold() in _GOVERNMENT_NOUNS:
            # "the ministry" is a government body the article named, never the company it talks about
            candidates = [m for m in candidates if _is_government(m)]
            if not candidates:
                return None
        if noun and noun.casefold() in _COMPANY_NOUNS:
            # "the company" is not the ministry or the regulator the article also names
            bodies = {
                self._key(m) for m in candidates if _GOVERNMENT_HEAD.search(m.canonical or m.text) is not None
            }
            candidates = [m for m in candidates if self._key(m) not in bodies] or candidates
        if not noun:
            return max(reversed(candidates), key=self.salience_of)
        return max(reversed(candidates), key=self._standing)

    def _latest_headed(self, letter: str, noun: str, candidates: list[Mention]) -> Mention | None:
        """The last of ``candidates`` (the names of class ``letter`` before a reference) whose name
        ends in ``noun``."""
        if letter in self._unordered:
            return next((m for m in reversed(candidates) if _names_headed_by(m, noun)), None)
        seen = self.seen[letter]
        key = (letter, noun)
        positions = self._headed.setdefault(key, [])
        positions += [
            index
            for index in range(self._headed_upto.get(key, 0), len(seen))
            if _names_headed_by(seen[index], noun)
        ]
        self._headed_upto[key] = len(seen)
        count = bisect_right(positions, len(candidates) - 1)
        return seen[positions[count - 1]] if count else None

    def _standing(self, mention: Mention) -> tuple[int, bool]:
        """How likely a reference noun ("the ministry") stands for ``mention``: named or referred to
        more often, then having been a subject; among equals the latest wins (``max`` keeps the
        first it meets). A topic looked up without a noun keeps salience alone."""
        return (self.salience_of(mention), self._key(mention) in self.subjects)

    def reported(self, letter: str, before: int, noun: str) -> Mention | None:
        """What "this" meeting stands for (本次论坛, 本届大会): the one of that kind the report is
        about, named most often and, among equals, first; not the latest one named in passing."""
        folded = noun.casefold()
        named = [m for m in self.seen.get(letter, ()) if m.span.end <= before and _names_headed_by(m, folded)]
        if not named:
            return None
        return max(named, key=lambda m: (self.salience_of(m), -m.span.start))

    @staticmethod
    def _key(mention: Mention) -> tuple[str, str]:
        return (LETTER[mention.cls], mention.key or mention.canonical or mention.text)

    def salience_of(self, mention: Mention) -> int:
        """How often the thing ``mention`` names was named or referred to so far."""
        return self.salience.get(self._key(mention), 0)

    def count(self, mention: Mention) -> int:
        return self.counts.get(self._key(mention), 0)

    def main(self, letter: str) -> Mention | None:
        mentions = self.seen.get(letter, ())
        if not mentions:
            return None
        return max(mentions, key=lambda m: self.counts[self._key(m)])

    def group(self, letters: str, before: int) -> tuple[Mention, ...]:
        """The latest group of parties named together before ``before`` whose classes fit."""
        for end, members in reversed(self.groups):
            if end <= before and all(LETTER[m.cls] in letters for m in members):
                return members
        return ()


# Heads every work has: "the system" names a cable called "… Cable System" only when that cable was
# named last or is the most salient work; one listed in passing is not what the article is about
_GENERIC_HEADS = frozenset({"system", "network", "link", "line"})


def _names_headed_by(mention: Mention, noun: str) -> bool:
    return _headed_by(mention.text, noun) or (
        mention.canonical is not None and _headed_by(mention.canonical, noun)
    )


@lru_cache(maxsize=1 << 16)
def _headed_by(name: str, noun: str) -> bool:
    """A "Coral Sea Cable" is a cable, "Eastern Africa Submarine Cable System" is a system: the
    noun of a reference ("the cable", 该光缆) names the thing a name ends with. Cached: each
    reference asks it of every name before it, and a long report has thousands of both."""
    folded = name.casefold().rstrip(" )）")
    return folded.endswith(noun) or (noun in _HEAD_BEFORE_OF and f"{noun} of " in folded)


# 与/和/、 between Chinese names, commas and "and" between English ones
_COORDINATION = re.compile(r"\s*(?:与|和|同|及|以及|跟|、|,\s*(?:and\s+)?|and\s+|&\s*)", re.IGNORECASE)


def _coordinated_groups(text: str, mentions: Sequence[Mention]) -> list[tuple[int, tuple[Mention, ...]]]:
    """Runs of countries and organizations joined by 与/和/、/"and", or written as one compound
    (中尼 in 中尼光缆), with the offset where each run ends, in document order."""
    parties = (EntityClass.COUNTRY, EntityClass.ORGANIZATION)
    groups: list[tuple[int, tuple[Mention, ...]]] = []
    for compound in (True, False):
        run: list[Mention] = []
        for mention in mentions:
            if (mention.source == "compound") != compound:
                continue
            if run and mention.cls in parties:
                between = text[run[-1].span.end : mention.span.start]
                if (between == "") if compound else (_COORDINATION.fullmatch(between) is not None):
                    run.append(mention)
                    continue
            if len(run) >= 2:
                groups.append((run[-1].span.end, tuple(run)))
            run = [mention] if mention.cls in parties else []
        if len(run) >= 2:
            groups.append((run[-1].span.end, tuple(run)))
    return sorted(groups, key=lambda group: group[0])


def _description(match: re.Match[str], offset: int, referent: Mention, text: str) -> Mention | None:
    """A project descriptor for a descriptive English reference ("the underground cable"), or None."""
    noun = match["noun"].casefold()
    if referent.cls is not EntityClass.PROJECT or noun not in _DESCRIBED_HEADS:
        return None
    start = match.start("mods")
    for word in _WORD.finditer(match["mods"]):
        if any(ch.isdigit() for ch in word.group()) or word.group().casefold() in _NOT_DESCRIPTIVE:
            start = match.start("mods") + word.end()
        else:
            break
    while start < match.end("noun") and text[start].isspace():
        start += 1
    if start >= match.start("noun"):
        return None
    return Mention(
        doc_id=referent.doc_id,
        span=Span(offset + start, offset + match.end("noun")),
        text=text[start : match.end("noun")],
        cls=EntityClass.PROJECT,
        lang=Lang.EN,
        key=referent.key,
        canonical=referent.canonical or referent.text,
        source="descriptor",
        confidence=0.6,
    )


def _plural_slots(span: Span, phrase: str, taken: Sequence[Span], discourse: Discourse) -> list[Slot]:
    """双方, "the two countries": one slot per party of the latest group named together.

    A plural right after a name (中巴两国, "China and Pakistan, both countries") restates it and
    is skipped; the group must have as many members as the phrase says when it says two.
    """
    if any(t.end == span.start for t in taken):
        return []
    noun = phrase.rsplit(maxsplit=1)[-1].casefold() if " " in phrase else phrase
    members = discourse.group(_PLURAL_CLASSES[noun], span.start)
    # two for 双方 and "both", any number for "they"
    if len(members) < 2 or (len(members) != 2 and noun != "they"):
        return []
    for member in members:
        discourse.refer(member)
    return [Slot(span, member, reference=True) for member in members]


def _latest_of(
    discourse: Discourse, letters: str, before: int, noun: str, named_only: bool
) -> Mention | None:
    """What a reference noun of one of several classes stands for ("the corridor": an initiative
    or a project): the latest named after the noun, else the referent of the first class."""
    if len(letters) == 1:
        return discourse.latest(letters, before, noun, named_only=named_only)
    named = [discourse.latest(letter, before, noun, named_only=True) for letter in letters]
    found = [m for m in named if m is not None]
    if found:
        return max(found, key=lambda m: m.span.start)
    fallback = (discourse.latest(letter, before, noun, named_only=named_only) for letter in letters)
    return next((m for m in fallback if m is not None), None)


def _references(
    regex: re.Pattern[str], haystack: str, lang: Lang, names: Sequence[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """The references of a sentence (leftmost, not overlapping). A reference never crosses a name
    (``names``: offsets into ``haystack``): when the longest reading at a place does, "its" there
    is still a pronoun ("Its builder Huawei said the hub …"), and the search goes on after the name."""
    position = 0
    while (match := regex.search(haystack, position)) is not None:
        crossed = [end for start, end in names if match.start() < end and start < match.end()]
        if not crossed:
            yield match
            position = max(match.end(), match.start() + 1)
            continue
        if lang is not Lang.ZH:
            pronoun = _EN_PRONOUN_ONLY.match(haystack, match.start())
            if pronoun is not None and not any(pronoun.start() < end for end in crossed):
                yield pronoun
        position = max(min(crossed), match.start() + 1)


# The titles a person is named with, and by which a later sentence refers to them ("Pakistan's
# Prime Minister Imran Khan … briefed the prime minister")
_PERSON_TITLE = (
    r"prime\s+minister|premier|president|chairman|chairwoman|chief\s+executive|ceo|secretary[- ]general|"
    r"director[- ]general|governor|mayor|ambassador|foreign\s+minister|minister|spokes(?:man|woman|person)|"
    r"king|emir"
)
_TITLE_BEFORE_NAME = re.compile(rf"(?<![\w-])(?P<title>{_PERSON_TITLE})\b[^⟨⟩,;.]{{0,30}}$", re.IGNORECASE)
_TITLE_REFERENCE = re.compile(
    rf"\bthe\s+(?P<title>{_PERSON_TITLE})\b(?!\s+(?:of|for|and)\b)(?!-)", re.IGNORECASE
)
_DEPUTY_BEFORE = re.compile(r"(?:vice|deputy|assistant|associate|former)[\s-]+$", re.IGNORECASE)


def _title_key(title: str) -> str:
    return " ".join(title.casefold().replace("-", " ").split())


def _remember_titles(sentence: SentenceView, discourse: Discourse) -> None:
    """Record the title each person of an English sentence is named with ("Prime Minister Imran
    Khan", "SCO Director General Major General …"), for "the prime minister" later on."""
    for index, slot in enumerate(sentence.slots):
        if slot.letter != "H" or slot.reference:
            continue
        start = sentence.slot_end(index - 1) if index else 0
        found = _TITLE_BEFORE_NAME.search(sentence.skeleton, start, sentence.positions[index])
        if found is not None and not _DEPUTY_BEFORE.search(sentence.skeleton, start, found.start()):
            discourse.titled[_title_key(found["title"])] = slot.mention


def _title_references(text: str, offset: int, taken: Sequence[Span], discourse: Discourse) -> list[Slot]:
    """ "the prime minister", "the ambassador": the person last named with that title."""
    slots = []
    for match in _TITLE_REFERENCE.finditer(text):
        person = discourse.titled.get(_title_key(match["title"]))
        span = Span(offset + match.start(), offset + match.end())
        if person is None or any(span.overlaps(t) or t.start == span.end + 1 for t in taken):
            continue
        discourse.refer(person)
        slots.append(Slot(span, person, reference=True))
    return slots


_REPORTED_BY = re.compile(
    r"\b(?:said|says|added|noted|stated|explained|announced|told\s+\w+)\s+(?:that\s+)?$"
)


# a capitalised word that names something, not a demonym ("Chinese", "Southeast Asian") nor a
# compound adjective ("Huawei-built")
_CAPITALISED = re.compile(r"\b[A-Z](?![\w]*(?:an|ese|ish|ic|i)\b)[\w]*\b(?!-)")


def _names_fit(modifiers: str, referent: Mention) -> bool:
    """Whether the proper names among a work's reference's modifiers are in its referent's name:
    "the Kumul network" is not the Coral Sea Cable the article is about."""
    if referent.cls is not EntityClass.PROJECT:
        return True
    names = f"{referent.text} {referent.canonical or ''}".casefold()
    return all(word.group().casefold() in names for word in _CAPITALISED.finditer(modifiers))


def _named_in_modifiers(discourse: Discourse, letters: str, before: int, modifiers: str) -> Mention | None:
    """The latest thing of one of ``letters`` whose name holds the proper names among a
    reference's modifiers ("the Kumul network" → the Kumul Domestic Cable), or None."""
    if _CAPITALISED.search(modifiers) is None:
        return None
    fitting = [
        mention
        for letter in letters
        for mention in discourse.seen.get(letter, ())
        if mention.span.end <= before and _names_fit(modifiers, mention)
    ]
    return max(fitting, key=lambda mention: mention.span.start) if fitting else None


# "the West Africa Cable System (WACS), the 14,530km cable running from …": a description in
# apposition, right after a name and its comma, is that name's
_FRONTED_PHRASE = re.compile(
    r"\s*(?:With|In|After|Before|For|Under|Through|By|Like|Unlike|Besides|Including|Following|Since|As|"
    r"Once|Upon|Via|Alongside|Beyond|Despite|During|Thanks to|Apart from|Along with|Together with)\b[^,]*$"
)
_APPOSITION_GAP = re.compile(r"(?:\s*\([^()⟨⟩]{1,24}\)|\))?,\s*$")


def _appositive_of(
    things: Sequence[Slot], text: str, offset: int, start: int, letters: str
) -> Mention | None:
    """The name of a class in ``letters`` that a reference starting at ``start`` (in ``text``, the
    sentence at ``offset``) stands in apposition to, or None."""
    named = [slot for slot in things if slot.span.end - offset <= start and not slot.reference]
    if not named:
        return None
    last = max(named, key=lambda slot: slot.span.end)
    if last.letter not in letters:
        return None
    gap = text[last.span.end - offset : start]
    if _FRONTED_PHRASE.match(text, 0, last.span.start - offset):
        return None  # "With the Pearls extension, the system will …": the phrase ends at the comma
    return last.mention if _APPOSITION_GAP.fullmatch(gap) else None


def _reference_slots(
    text: str,
    offset: int,
    things: Sequence[Slot],
    discourse: Discourse,
    *,
    lang: Lang,
    antecedent: Mention | None,
    descriptions: list[Mention],
) -> list[Slot]:
    """Slots for the references of one sentence (outside its mentions, ``things``), resolved to
    earlier mentions."""
    taken = [slot.span for slot in things]
    slots: list[Slot] = []
    regex, haystack = _ZH_REFERENCE, text
    if lang is not Lang.ZH:
        lowered = text.lower()
        regex, haystack = (
            (_EN_REFERENCE_LOWER, lowered) if len(lowered) == len(text) else (_EN_REFERENCE, text)
        )
    names = [(span.start - offset, span.end - offset) for span in taken]
    if lang is not Lang.ZH and discourse.titled:
        slots.extend(_title_references(text, offset, taken, discourse))
        taken = [*taken, *(slot.span for slot in slots)]
    for match in _references(regex, haystack, lang, names):
        span = Span(offset + match.start(), offset + match.end())
        if any(span.overlaps(t) for t in taken):
            continue
        if match["plural"]:
            slots.extend(_plural_slots(span, match["plural"], taken, discourse))
            continue
        referent: Mention | None
        if lang is Lang.ZH:
            if match["pronoun"]:
                referent = antecedent
                if referent is None or referent.cls not in _PRONOUN_CLASSES:
                    continue
            elif match["home"]:
                referent = discourse.main("L")
            elif match["short"]:
                short = match["short"]
                head = _ZH_HEAD.search(short)
                letter = _ZH_REF_NOUNS[head.group()] if head else "P"
                referent = discourse.latest(letter, span.start, short, named_only=True)
            else:
                noun = (
                    match["noun"]
                    or match["bare"]
                    or match["signed"]
                    or _ZH_AT_NOUNS.get(match["at"], match["at"])
                )
                named = match["mods"] and discourse.latest(
                    _ZH_REF_NOUNS[noun], span.start, match["mods"] + noun, named_only=True
                )
                if not named and match["det"] in _ZH_THIS_OCCASION and _ZH_REF_NOUNS[noun] == "E":
                    named = discourse.reported("E", span.start, noun)
                referent = named or discourse.latest(
                    _ZH_REF_NOUNS[noun], span.start, noun, named_only=noun in _NAMED_ONLY
                )
        elif match["pronoun"]:
            if text[match.start() : match.end()] not in _PRONOUNS:
                continue  # "IT" is information technology
            referent = antecedent
            speaker = _REPORTED_BY.search(text, 0, match.start())
            if speaker is not None:
                # "The company said it owns …": it is who speaks, named before the verb
                named = [
                    slot.mention
                    for slot in (*things, *slots)
                    if slot.span.end <= offset + speaker.start() and slot.mention.cls in _PRONOUN_CLASSES
                ]
                referent = min(named, key=lambda m: m.span.start) if named else referent
            if referent is None or referent.cls not in _PRONOUN_CLASSES:
                continue
        else:
            if match["det"] and not _EN_REFERENCE_DET_CASE.fullmatch(
                text[match.start("det") : match.end("det")]
            ):
                continue
            noun = (match["noun"] or match["noun2"]).casefold()
            mods = " ".join(match["mods"].split()).casefold() if match["mods"] else ""
            if mods and f"{mods} {noun}" in discourse.unnamed:
                continue
            referent = _appositive_of(things, text, offset, match.start(), _EN_REF_NOUNS[noun]) or _latest_of(
                discourse, _EN_REF_NOUNS[noun], span.start, noun, noun in _NAMED_ONLY
            )
            if (
                referent is not None
                and match["mods"]
                and not _names_fit(text[match.start("mods") : match.end("mods")], referent)
            ):
                # "the Kumul network" is not the Coral Sea Cable: it is the Kumul Domestic Cable
                referent = _named_in_modifiers(
                    discourse, _EN_REF_NOUNS[noun], span.start, text[match.start("mods") : match.end("mods")]
                )
                if referent is None:
                    continue
            if referent is None and match["det"] and match["det"].casefold() in ("its", "their"):
                # "its consortium" with no consortium named: "its" still stands for the antecedent
                if antecedent is not None and antecedent.cls in _PRONOUN_CLASSES:
                    span = Span(span.start, span.start + len(match["det"]))
                    discourse.refer(antecedent)
                    slots.append(Slot(span, antecedent, reference=True))
                continue
            described = _description(match, offset, referent, text) if referent and match["noun"] else None
            if described is not None:
                descriptions.append(described)
        if referent is not None:
            discourse.refer(referent)
            slots.append(Slot(span, referent, reference=True))
    return slots


# ----------------------------------------------------------------------------- skeletons

_EN_LEAD = re.compile(
    # datelines: "ISLAMABAD, July 13 (Xinhua) --", "PHNOM PENH (Reuters) -"
    r"^(?:(?:[A-Z][A-Z .'’-]+|⟨L\d+⟩),[^–—]{0,40}?(?:--|—|–)\s*"
    r"|(?:[A-Z][A-Z .'’-]+|⟨L\d+⟩)\s*\((?:[A-Za-z .]{1,30}|⟨O\d+⟩)\)\s*(?:--|-|—|–)\s*"
    r"|(?:If|When|While|Although|Though|As|After|Before|Since|Speaking|Addressing|According|In|On|At|"
    r"During|Under|With|For|First)\b[^,]{0,120},\s*)+"
)
_ZH_LEAD = re.compile(
    r"^(?:[^，。]{0,20}?\d{1,2}月\d{1,2}日电\s*|据[^，。]{0,20}?[，,]"
    r"|[^，。]{0,30}?(?:表示|指出|认为|称|说|介绍|透露|强调|宣布)[，：:,]"
    r"|(?:为了?|根据|按照|在|同时|此外|目前|今年|作为|随着|未来[^，。]{0,4})[^，。]{0,40}?[，,])+"
)
# 位于南宁五象新区的中国—东盟信息港南宁核心基地: what the noun phrase's qualifiers lead to is its head
_ZH_NP_JOIN = re.compile(r"(?:的|之|首都|首府|省会)?")
_ZH_NP_OPENER = re.compile(r"(?:位于|地处|坐落于|来自)$")


# A clause that opens with a 与/同 phrase (同时，与自治区发改委、网信办…建立机制) has no subject of its own.
_ZH_NO_SUBJECT = re.compile(r"(?:^|[，,])\s*(?:同时|此外|并|还|也)?\s*(?:与|同|跟)[^，,。]*$")


_EN_POSSESSOR = re.compile(r"['’]s?\s+")


def _subject(
    slots: Sequence[Slot], skeleton: str, positions: Sequence[int], lang: Lang, previous: Mention | None
) -> Slot | None:
    """The sentence's grammatical subject: the head of its first noun phrase after leading
    clauses and a dateline.

    The head of a Chinese noun phrase is its last name (中国云南瑞丽 → 瑞丽, 位于南宁的信息港基地 →
    the base). A Chinese sentence that opens with a 与/同 phrase has no subject of its own
    (它承前省略): the previous sentence's subject is carried over.
    """
    if not slots:
        return None
    lead = (_ZH_LEAD if lang is Lang.ZH else _EN_LEAD).match(skeleton)
    skip_to = lead.end() if lead else 0
    for index, (slot, position) in enumerate(zip(slots, positions, strict=True)):
        if position < skip_to:
            continue
        before = skeleton[skip_to:position]
        if lang is Lang.ZH and previous is not None and _ZH_NO_SUBJECT.search(before):
            return Slot(previous.span, previous, reference=True)
        if lang is not Lang.ZH:
            # "Cambodia's Smart Axiata said …": the possessor qualifies the head after it
            owned = index + 1 < len(slots) and _EN_POSSESSOR.fullmatch(
                skeleton[position + len(f"⟨{slot.letter}{index}⟩") : positions[index + 1]]
            )
            return slots[index + 1] if owned and slot.letter in "CL" else slot
        opened = _ZH_NP_OPENER.search(before) is not None
        head = index
        while head + 1 < len(slots):
            between = skeleton[positions[head] + len(f"⟨{slots[head].letter}{head}⟩") : positions[head + 1]]
            described = (
                slots[head].letter == "C"
                and slots[head + 1].letter == "O"
                and _ZH_ORG_DESCRIPTOR_RE.fullmatch(between) is not None
            )  # 中国领先的…制造商亨通集团: the body is the head
            if slots[head + 1].span == slots[head].span or not (
                described or (_ZH_NP_JOIN.fullmatch(between) and (opened or between in {"的", ""}))
            ):
                break
            head += 1
        return slots[head]
    return slots[0]


@dataclass(frozen=True, slots=True)
class SentenceView:
    """One sentence ready for patterns: its slots (mentions and resolved references) and skeleton."""

    sentence: Sentence
    lang: Lang
    slots: tuple[Slot, ...]
    skeleton: str
    positions: tuple[int, ...]  # where each slot's token starts in the skeleton
    subject: Slot | None
    folded: str = ""  # the skeleton with its English words lowercased, for the patterns

    def slot_end(self, index: int) -> int:
        """Where slot ``index``'s token ends in the skeleton."""
        return self.positions[index] + len(f"⟨{self.slots[index].letter}{index}⟩")

    def skeleton_offset(self, doc_offset: int) -> int:
        """Where a document offset outside the slots falls in the skeleton."""
        position = doc_offset - self.sentence.span.start
        for index in range(len(self.slots) - 1, -1, -1):
            span = self.slots[index].span
            if span.end <= doc_offset:
                return self.slot_end(index) + doc_offset - span.end
        return position


def _skeleton(text: str, offset: int, slots: Sequence[Slot], lang: Lang) -> tuple[str, str, tuple[int, ...]]:
    """The sentence with each slot replaced by its token (the parties of one plural reference,
    双方 → 中国电信、尼泊尔电信, become a list), the same with its English words lowercased, and
    where each token starts."""
    parts: list[str] = []
    positions: list[int] = []
    cursor = offset
    length = 0
    previous: Span | None = None
    for index, slot in enumerate(slots):
        if slot.span == previous or (
            slot.mention.source == "compound" and index and slots[index - 1].span.end == slot.span.start
        ):
            # the parties of one plural reference (双方), or of one compound (中老): a list
            gap = "、" if lang is Lang.ZH else " and "
        else:
            gap = text[cursor - offset : slot.span.start - offset]
        parts.append(gap)
        length += len(gap)
        token = f"⟨{slot.letter}{index}⟩"
        positions.append(length)
        parts.append(token)
        length += len(token)
        cursor = slot.span.end
        previous = slot.span
    parts.append(text[cursor - offset :])
    skeleton = "".join(parts)
    if lang is Lang.ZH:
        return skeleton, skeleton, tuple(positions)
    folded = [
        part if index % 2 or len(part.lower()) != len(part) else part.lower()
        for index, part in enumerate(parts)
    ]
    return skeleton, "".join(folded), tuple(positions)


# ----------------------------------------------------------------------------- emission


def _allowed(predicate: Predicate, subject: Mention, obj: Mention) -> bool:
    domain, range_ = ALLOWED[predicate]
    if LETTER[subject.cls] not in domain or LETTER[obj.cls] not in range_:
        return False
    if predicate is P.HEAD_OF and subject.cls is EntityClass.COUNTRY:
        return obj.cls in (EntityClass.ORGANIZATION, EntityClass.EVENT)
    if predicate is P.SIGNED_WITH and subject.cls is not EntityClass.AGREEMENT:
        return obj.cls is not EntityClass.AGREEMENT
    return True


def _identity(mention: Mention) -> tuple[EntityClass, str]:
    return (mention.cls, mention.key or (mention.canonical or mention.text).casefold())


def _same(a: Mention, b: Mention) -> bool:
    if a.key and b.key:
        return a.key == b.key
    return (a.canonical or a.text).casefold() == (b.canonical or b.text).casefold() and a.cls is b.cls


def _distance_factor(a: Span, b: Span) -> float:
    gap = max(0, max(a.start, b.start) - min(a.end, b.end))
    return max(0.6, 1.0 - gap / 400)


_LANDS_AT, _CONNECTS = P.LANDS_AT, P.CONNECTS
_COUNTRY, _AGREEMENT = EntityClass.COUNTRY, EntityClass.AGREEMENT
_SYMMETRIC = frozenset(predicate for predicate in Predicate if predicate.symmetric)


class _Emitter:
    """Collects relations, keeping the most confident one per (subject, predicate, object)."""

    def __init__(self) -> None:
        self.best: dict[tuple[object, ...], Relation] = {}

    def emit(
        self,
        subject: Mention,
        predicate: Predicate,
        obj: Mention,
        *,
        evidence: Span,
        rule: str,
        confidence: float,
    ) -> None:
        if predicate is _LANDS_AT and obj.cls is _COUNTRY:
            # a cable lands at a city or a station; a country on its landing list is on its route
            predicate = _CONNECTS
        if _same(subject, obj) or not _allowed(predicate, subject, obj):
            return
        if predicate in _SYMMETRIC and subject.cls is not _AGREEMENT:
            ordered = sorted((subject, obj), key=lambda m: (m.key or m.text, m.span.start))
            subject, obj = ordered[0], ordered[1]
        # (plain offsets, not Span objects: a dataclass hash is computed in Python)
        key = (
            subject.key or subject.text,
            subject.span.start,
            subject.span.end,
            predicate,
            obj.key or obj.text,
            obj.span.start,
            obj.span.end,
        )
        relation = Relation(subject, predicate, obj, evidence, rule, round(confidence, 3))
        known = self.best.get(key)
        if known is None or known.confidence < relation.confidence:
            self.best[key] = relation

    def relations(self) -> tuple[Relation, ...]:
        heads = {
            (_identity(r.subject), _identity(r.object))
            for r in self.best.values()
            if r.predicate is P.HEAD_OF
        }
        kept = [
            r
            for r in self.best.values()
            if not (r.predicate is P.AFFILIATED_WITH and (_identity(r.subject), _identity(r.object)) in heads)
        ]
        return tuple(
            sorted(
                kept, key=lambda r: (r.evidence.start, r.subject.span.start, r.object.span.start, r.predicate)
            )
        )


_CLAUSE_BREAK = re.compile(r"[,;，；：:]")
# "cables that … connected the US to mainland China": an unnamed plural is what the clause is about
UNNAMED_PLURAL = re.compile(
    r"\b(?:cables|projects|systems|networks|links|lines|corridors|pipelines|routes)\b|(?:多条|多个|一批|一些)",
    re.IGNORECASE,
)


# a work the sentence speaks of without naming it (its names and references are tokens by now)
_UNNAMED_WORK = re.compile(
    r"(?:首条|一条|第一条|新建|另一条|多条)[\u4e00-\u9fff]{0,6}?(?:光缆|海缆|线路|电缆|干线|公路|铁路|高速公路|管道)"
    # ("a domestic ⟨submarine cable⟩ network": a field named among the words; not a description of
    # the named work: "designed as a super highway connecting …", "X, a cable …")
    r"|(?<!\Was )(?<!^as )(?<!⟩, )\b(?:an?|another|one)\s+(?:(?:[a-z-]+|⟨T\d+⟩)\s+){0,3}?"
    r"(?:cable|link|line|network|system|route|expressway|highway|"
    r"motorway|road|railway|railroad|pipeline|corridor)s?\b",
    re.IGNORECASE,
)


_EVENT_AS_TITLE = re.compile(
    r"(?:的)?(?:轮值)?(?:主席|秘书长|主任|会长|理事长)|\s+(?:chair(?:man|woman|person)?|president|secretary-general)\b",
    re.IGNORECASE,
)


def _topic(letters: str, match: re.Match[str], sentence: SentenceView, discourse: Discourse) -> list[Slot]:
    """The thing a sentence talks about when a pattern leaves its subject implicit.

    A name of the right class in the sentence before the match first, then one after it in the
    same clause; else, unless the clause is about an unnamed plural ("cables that connected …"),
    the document's most salient one (or its main one, when that was named twice as often); else
    one after the match in a later clause.
    """
    skeleton = sentence.skeleton
    before: Slot | None = None
    after: list[tuple[bool, Slot]] = []  # (in a later clause, slot)
    for index, (slot, position) in enumerate(zip(sentence.slots, sentence.positions, strict=True)):
        if slot.letter not in letters:
            continue
        if slot.letter == "E" and _EVENT_AS_TITLE.match(skeleton, sentence.slot_end(index)):
            continue  # 东盟数字部长会议主席…致辞: the meeting names the speaker's office, not where he speaks
        if position < match.start():
            before = slot
        elif position >= match.end():
            # ('Foreign Minister Hasan Mahmud told reporters that China would …', 'Minister Annuar
            # Musa said the MoU was signed by him and China's Deputy Minister …' (M 244, M 245): what
            # follows a speaker's verb is what he says, a clause of its own)
            later = _CLAUSE_BREAK.search(skeleton, match.end(), position) or _SPEAKS.search(
                skeleton, match.end(), position
            )
            after.append((later is not None, slot))
    if before is not None:
        return [before]
    same_clause = [slot for later, slot in after if not later]
    if same_clause:
        return same_clause[:1]
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(skeleton, 0, match.start())), default=0)
    if UNNAMED_PLURAL.search(skeleton, clause_start, match.start()):
        return []
    if "P" in letters and _UNNAMED_WORK.search(skeleton, 0, match.start()):
        return []  # 中俄之间的首条陆地光缆…从哈尔滨…: the sentence is about a work it does not name
    # a country this sentence names in another clause is not the implicit one of this clause, even
    # when the report last named it ('Foreign Minister Hasan Mahmud told reporters that China would …'
    # M 244, 'Minister Annuar Musa said the MoU was signed by him and China's Deputy Minister …' M 245)
    elsewhere = []
    if "C" in letters:
        elsewhere = [slot.mention for later, slot in after if later and not slot.reference]
    for letter in letters:
        latest = discourse.latest(letter, sentence.sentence.span.start)
        if latest is None:
            continue
        main = discourse.main(letter)
        if main is not None and discourse.count(main) >= 2 * discourse.count(latest):
            latest = main
        if any(_same(latest, other) for other in elsewhere):
            return []
        return [Slot(latest.span, latest, reference=True)]
    if after or letters[0] != "P":
        return [slot for _, slot in after[:1]]
    # a lead that describes the document's work before naming it ("the repair of Tonga's link to
    # Fiji …", the cable named twice further on)
    main = discourse.main("P")
    if main is not None and main.span.start >= sentence.sentence.span.end and discourse.count(main) >= 2:
        return [Slot(main.span, main, reference=True)]
    return []


def _nearer_agent(subject: Slot, letters: str, match: re.Match[str], sentence: SentenceView) -> bool:
    """Whether another name that could do the deed stands in the verb's own clause, between the
    sentence's subject and the verb: in 阿方欢迎中方提出…, 中方 proposes, not 阿方."""
    for slot, position in zip(sentence.slots, sentence.positions, strict=True):
        if position >= match.start():
            break
        if (
            slot.letter not in letters
            or slot.span.start <= subject.span.start
            or _same(slot.mention, subject.mention)
        ):
            continue
        if _CLAUSE_BREAK.search(sentence.skeleton, position, match.start()) is None:
            return True
    return False


# a name right after 与/同/"with" is who the deed is done with, not who does it
_CO_AGENT_BEFORE = re.compile(r"(?:与|同|和|跟|\bwith\s+(?:the\s+)?)$", re.IGNORECASE)


def _nearest_agent(letters: str, match: re.Match[str], sentence: SentenceView) -> Slot | None:
    clause_start = max(
        (m.end() for m in _CLAUSE_BREAK.finditer(sentence.skeleton, 0, match.start())), default=0
    )
    nearest = None
    for slot, position in zip(sentence.slots, sentence.positions, strict=True):
        if position >= match.start():
            break
        if (
            position >= clause_start
            and slot.letter in letters
            and not _CO_AGENT_BEFORE.search(sentence.skeleton, 0, position)
            # (华为向|秘鲁政府提出…: whom a proposal is made to does not make it)
            and sentence.skeleton[position - 1 : position] not in _TO_WHOM
        ):
            nearest = slot
    return nearest


_TO_WHOM = frozenset("向给")


def _named_here(letters: str, match: re.Match[str], sentence: SentenceView) -> list[Slot]:
    before = [
        slot
        for slot, position in zip(sentence.slots, sentence.positions, strict=True)
        if slot.letter in letters and position < match.start()
    ]
    if before:
        return before[-1:]
    after = (
        slot
        for slot, position in zip(sentence.slots, sentence.positions, strict=True)
        if slot.letter in letters and position >= match.end()
    )
    return [slot for slot in after][:1]


def _government_of(place: Mention, discourse: Discourse) -> Mention | None:
    """The body the document names as the government of ``place``, if any."""
    names = {place.text, place.canonical or place.text}
    for body in discourse.seen.get("O", ()):
        text = body.text
        for name in names:
            rest = text[len(name) :] if text.startswith(name) else None
            if rest is not None and _GOVERNMENT_REST.fullmatch(rest):
                return body
            if text.lower().endswith(name.lower()) and _GOVERNMENT_OF.fullmatch(
                text[: len(text) - len(name)]
            ):
                return body
    return None


_GOVERNMENT_REST = re.compile(
    r"(?:省|市|州|自治区)?(?:人民)?政府|\s+(?:provincial\s+|state\s+|city\s+|municipal\s+)?government",
    re.IGNORECASE,
)
_GOVERNMENT_OF = re.compile(
    r"(?:the\s+)?(?:provincial\s+|state\s+|city\s+|municipal\s+)?government\s+of\s+(?:the\s+)?", re.IGNORECASE
)


# a speaker's words: 他希望, 中方表示, "he said"
_SPEAKS = re.compile(r"表示|希望|指出|认为|强调|呼吁|\b(?:said|says|told|hopes?|urged|called\s+for)\b")


def _group_slots(
    name: str,
    match: re.Match[str],
    pattern: Pattern,
    sentence: SentenceView,
    discourse: Discourse,
) -> list[Slot]:
    if name.startswith("topic:"):
        return _topic(name.partition(":")[2], match, sentence, discourse)
    if name.startswith("here:"):
        # the thing this sentence names: the nearest one before the match, else the first after it
        return _named_here(name.partition(":")[2], match, sentence)
    if name.startswith("near:"):
        # the thing this sentence names, else the topic of the first class: 其中数字经济、绿色经济等
        # 5个领域为新增领域 lists the fields of the agreement the document is about
        letters = name.partition(":")[2]
        return _named_here(letters, match, sentence) or _topic(letters[0], match, sentence, discourse)
    if name.startswith("lead:"):
        # the thing this sentence names, else what the report is about (the subject of its title or
        # lead): 聚焦新一代移动通信、云计算等重点领域 in a report on a forum lists the forum's fields; a
        # speaker's wish (他希望六国深化数字经济等领域合作) is about the cooperation he speaks of
        letters = name.partition(":")[2]
        here = _named_here(letters, match, sentence)
        if here or _SPEAKS.search(sentence.skeleton, 0, match.start()):
            return here
        return [slot for slot in discourse.lead_subjects if slot.letter in letters][:1]
    if name.startswith("all:"):
        # every name of these classes inside the match: the members of a delegation, with their titles
        letters = name.partition(":")[2]
        return [
            slot
            for slot, position in zip(sentence.slots, sentence.positions, strict=True)
            if slot.letter in letters and match.start() <= position < match.end()
        ]
    if name.startswith("agent:"):
        # who does the deed: the nearest fitting name in the verb's own clause (阿方欢迎中方提出…,
        # "Tanzania welcomed it after Kenya announced …"), else the sentence's subject
        letters = name.partition(":")[2]
        nearest = _nearest_agent(letters, match, sentence)
        if nearest is not None:
            return [nearest]
        name = f"subject:{letters}"
    if name.startswith("work:"):
        # a work itself, or the work whose consortium a body is ("the SJC2 consortium comprises …")
        consortium = _CONSORTIUM_WORD.search(match.group(0)) is not None
        return _works_behind(
            _group_slots(name.partition(":")[2], match, pattern, sentence, discourse),
            discourse.consortium_works,
            keep=lambda slot: consortium or _CONSORTIUM_WORD.search(slot.mention.text) is not None,
        )
    if name.startswith("tail:"):
        # the work a name ends with, which a relative clause after the name is about ("a memorandum
        # on the Belt and Road Initiative, which Xi proposed …"), or the work itself
        return _works_behind(
            _group_slots(name.partition(":")[2], match, pattern, sentence, discourse),
            discourse.ending_works,
            keep=lambda slot: True,
        )
    if name.startswith("government:"):
        # the government of a province or a city the document names (福建省省长 → 福建省人民政府),
        # else the place itself (巴伊亚州州长 heads Bahia; annotators mark the place in 17 of the 19
        # such titles whose government the report does not name)
        governments = []
        for slot in _group_slots(name.partition(":")[2], match, pattern, sentence, discourse):
            government = _government_of(slot.mention, discourse)
            governments.append(slot if government is None else Slot(slot.span, government, reference=True))
        return governments
    if name.startswith("subject:"):
        subject = sentence.subject
        letters = name.partition(":")[2]
        if (
            subject is not None
            and subject.letter in letters
            and not _nearer_agent(subject, letters, match, sentence)
        ):
            return [subject]
        return []
    text = match.group(name)
    if text is None:
        return []
    return _items(text, sentence.slots, pattern.groups[name])


def _works_behind(
    slots: Sequence[Slot], works_by_span: dict[tuple[int, int], Mention], *, keep: Callable[[Slot], bool]
) -> list[Slot]:
    """The works among ``slots`` that ``keep`` accepts, and for any other name the work that
    ``works_by_span`` says it stands for (a consortium for its cable, a memorandum for the
    initiative its name ends with)."""
    found = []
    for slot in slots:
        if slot.letter in "PI":
            if keep(slot):
                found.append(slot)
        elif (work := works_by_span.get((slot.span.start, slot.span.end))) is not None:
            found.append(Slot(slot.span, work, reference=True))
    return found


def _matches(pattern: Pattern, sentence: SentenceView) -> Iterator[re.Match[str]]:
    """The pattern's matches in the sentence, as ``finditer`` finds them (leftmost, not
    overlapping); a template that opens with a slot is only tried at the tokens."""
    folded = sentence.folded or sentence.skeleton
    if not pattern.slot_first:
        yield from pattern.regex.finditer(folded)
        return
    last_end = -1
    for position in sentence.positions:
        if position < last_end:
            continue
        match = pattern.regex.match(folded, position)
        if match is not None:
            last_end = match.end()
            yield match


_ROUTE_PREDICATES = frozenset({P.CONNECTS})


def _country_qualifiers(sentence: SentenceView, place: Slot) -> list[Slot]:
    """The country written right before a place as its qualifier: 喀麦隆克里比, "Egypt's Zafarana"
    (an address after it, "Marseille, France", says where the place is, not where the route goes)."""
    try:
        index = sentence.slots.index(place)
    except ValueError:
        return []
    if index == 0 or sentence.slots[index - 1].letter != "C":
        return []
    between = sentence.skeleton[sentence.slot_end(index - 1) : sentence.positions[index]]
    return [sentence.slots[index - 1]] if between in _QUALIFIER_JOINS else []


def _apply(pattern: Pattern, sentence: SentenceView, discourse: Discourse, emitter: _Emitter) -> None:
    if (
        not pattern.trigger_words
        and pattern.trigger is not None
        and pattern.trigger.search(sentence.folded or sentence.skeleton) is None
    ):
        return  # (a pattern with trigger words was pre-checked by the automaton)
    for match in _matches(pattern, sentence):
        cache: dict[str, list[Slot]] = {}
        for subject_group, predicate, object_group in pattern.emits:
            for group in (subject_group, object_group):
                if group not in cache:
                    cache[group] = _group_slots(group, match, pattern, sentence, discourse)
            subjects, objects = cache[subject_group], cache[object_group]
            if subject_group == object_group and len(subjects) > 2:
                continue  # the members of a long list (a consortium) are not each other's partners
            for i, subject in enumerate(subjects):
                for j, obj in enumerate(objects):
                    if subject_group == object_group and j <= i:
                        continue
                    confidence = pattern.confidence * _distance_factor(subject.span, obj.span)
                    if subject.reference or obj.reference:
                        confidence *= 0.9
                    emitter.emit(
                        subject.mention,
                        predicate,
                        obj.mention,
                        evidence=sentence.sentence.span,
                        rule=pattern.rule,
                        confidence=confidence,
                    )
                    if predicate in _ROUTE_PREDICATES and obj.letter == "L":
                        # 连接喀麦隆克里比: the country of a place on the route is on it too
                        for country in _country_qualifiers(sentence, obj):
                            emitter.emit(
                                subject.mention,
                                P.CONNECTS,
                                country.mention,
                                evidence=sentence.sentence.span,
                                rule=pattern.rule,
                                confidence=confidence * 0.9,
                            )


# ----------------------------------------------------------------------------- adjacency and names


_SIGNING_EVENT = re.compile(r"签约|签字|签署|signing", re.IGNORECASE)
_SIGNED_AT_PLACE = re.compile(
    r"在⟨L(\d+)⟩[^⟨⟩，,。]{0,6}?(?:签署|签订|签约)|\bsigned\b[^;,.]{0,40}?\bin\s+⟨L(\d+)⟩", re.IGNORECASE
)
# an agreement named for the works it orders ("the construction and maintenance agreement", 建设合同)
_WORKS_AGREEMENT = re.compile(
    r"(?:construction|maintenance|supply|installation|landing|operation|build|建设|建造|施工|供货|维护|运维|登陆)"
    r".{0,30}?(?:agreement|contract|合同|协议)",
    re.IGNORECASE,
)


def _agreement_settings(sentence: SentenceView, discourse: Discourse, emitter: _Emitter) -> None:
    """Where and for what an agreement of the sentence was signed: at the signing ceremony the
    sentence names (签约仪式, "the signing ceremony"), in the place it was signed in, and for the
    work the document is about when its name says it orders works ("the construction and
    maintenance agreement")."""
    agreements = [slot for slot in sentence.slots if slot.letter == "A"]
    ceremonies = [
        slot for slot in sentence.slots if slot.letter == "E" and _SIGNING_EVENT.search(slot.mention.text)
    ]
    evidence = sentence.sentence.span
    if not agreements:
        # 出席签字仪式的副部长表示: a signing ceremony named after its agreement is where that was signed
        latest = discourse.latest("A", evidence.start) if ceremonies else None
        for ceremony in ceremonies:
            if latest is not None and not ceremony.reference:
                emitter.emit(
                    latest,
                    P.ANNOUNCED_AT,
                    ceremony.mention,
                    evidence=evidence,
                    rule="signing-ceremony-topic",
                    confidence=0.6,
                )
        return
    signed_in = _SIGNED_AT_PLACE.search(sentence.skeleton)
    place = sentence.slots[int(signed_in.group(1) or signed_in.group(2))] if signed_in else None
    for ceremony in ceremonies:
        for agreement in agreements:
            emitter.emit(
                agreement.mention,
                P.ANNOUNCED_AT,
                ceremony.mention,
                evidence=evidence,
                rule="signing-ceremony",
                confidence=0.7,
            )
        if place is not None:
            emitter.emit(
                ceremony.mention,
                P.LOCATED_IN,
                place.mention,
                evidence=evidence,
                rule="signing-ceremony-place",
                confidence=0.65,
            )
    for agreement in agreements:
        if agreement.reference or not _WORKS_AGREEMENT.search(agreement.mention.text):
            continue
        if any(slot.letter == "P" and agreement.span.contains(slot.span) for slot in sentence.slots):
            continue
        work = discourse.latest("P", sentence.sentence.span.start)
        if work is not None:
            emitter.emit(
                agreement.mention,
                P.ABOUT,
                work,
                evidence=evidence,
                rule="works-agreement",
                confidence=0.6,
            )


# who signs an agreement or witnesses its signing: 签署议定书, 见证下, "signed the agreement", "witnessed"
_SIGNS_OR_WITNESSES = re.compile(r"签署|签订|签约|见证|\bsigned\b|\bwitnessed\b|\bsigning\b", re.IGNORECASE)
_CEREMONY_REACH = 300  # characters between a signing sentence and the ceremony it announces or follows


def _signers_at_ceremony(view: DocumentView, emitter: _Emitter) -> None:
    """The people who sign or witness an agreement take part in the document's one signing
    ceremony, though a later sentence names it: 李强…见证下，王文涛…签署议定书。签署仪式在…期间举行。"""
    ceremonies = {
        _identity(slot.mention): slot.mention
        for sentence in view.sentences
        for slot in sentence.slots
        if slot.letter == "E" and _SIGNING_EVENT.search(slot.mention.text)
    }
    if len(ceremonies) != 1:
        return
    ceremony = next(iter(ceremonies.values()))
    for sentence in view.sentences:
        span = sentence.sentence.span
        if (
            not any(slot.letter == "A" for slot in sentence.slots)
            or any(slot.letter == "E" for slot in sentence.slots)
            or _SIGNS_OR_WITNESSES.search(sentence.skeleton) is None
            or abs(ceremony.span.start - span.start) > _CEREMONY_REACH
        ):
            continue
        for slot in sentence.slots:
            if slot.letter == "H":
                emitter.emit(
                    slot.mention,
                    P.PARTICIPATED_IN,
                    ceremony,
                    evidence=span,
                    rule="signer-at-ceremony",
                    confidence=0.6,
                )


# the lead of a report on a meeting: the meeting is held, opens or closes (…论坛19日在北京召开, "The
# forum was held in Chongqing on Monday"), not one to be held (将于明年举行, "will be held")
_EVENT_HELD = re.compile(
    r"⟨E(\d+)⟩(?:(?!将|拟|计划|明年|下月)[^。；⟨⟩]|⟨[LC]\d+⟩){0,30}?(?:举行|召开|举办|开幕|闭幕|启幕|拉开帷幕|落下帷幕|落幕)"
    r"|⟨E(\d+)⟩(?:[^.;⟨⟩]|⟨[LC]\d+⟩){0,80}?\b(?:was|were|is|are|has\s+been)\s+(?:held|opened|convened|hosted|staged|inaugurated)\b"
    r"|⟨E(\d+)⟩(?:[^.;⟨⟩]|⟨[LC]\d+⟩){0,80}?\b(?:opened|kicked\s+off|took\s+place|concluded|closed|got\s+under\s*way)\b",
    re.IGNORECASE,
)
_LEAD_CHARACTERS = 400  # the title and the lead paragraph of a news report
# who speaks in a report on a meeting: 金壮龙表示, 银川市委书记姜志刚在致辞中表示, "Qiu Xiaoqi, the
# government's special representative, said", "said Daniel Filmus" (one who 介绍, briefs, gives the
# reporter figures of his own work, often away from the meeting: 中国移动董事长杨杰介绍…)
_SPEAKER = re.compile(
    r"⟨H(\d+)⟩[^，,。；：:⟨⟩“”\"]{0,10}?(?:表示|说|指出|强调|认为|呼吁|建议)"
    r"|⟨H(\d+)⟩(?:,[^;]{0,120}?,)?\s+(?:said|says|told|noted|stressed|added|emphasi[sz]ed|highlighted|"
    r"urged|called\s+for|pointed\s+out)\b"
    r"|\b(?:said|says|added|noted)\s+⟨H(\d+)⟩(?=\s*[,.]|$)"
)


def _reported_meeting(view: DocumentView) -> Mention | None:
    """The meeting a report is about: one its lead says is held, opened or closed, else None."""
    for sentence in view.sentences:
        if sentence.sentence.span.start >= _LEAD_CHARACTERS:
            break
        held = _EVENT_HELD.search(sentence.skeleton)
        if held is not None:
            index = int(next(group for group in held.groups() if group is not None))
            return sentence.slots[index].mention
    return None


def _speakers_at_meeting(view: DocumentView, emitter: _Emitter) -> None:
    """Whoever a report on a meeting quotes spoke at it: the news of a forum is what its speakers
    said there (金壮龙表示…, "…, said Daniel Filmus")."""
    meeting = _reported_meeting(view)
    if meeting is None:
        return
    for sentence in view.sentences:
        for found in _SPEAKER.finditer(sentence.skeleton):
            index = int(next(group for group in found.groups() if group is not None))
            emitter.emit(
                sentence.slots[index].mention,
                P.PARTICIPATED_IN,
                meeting,
                evidence=sentence.sentence.span,
                rule="speaker-at-reported-meeting",
                confidence=0.55,
            )


# A head of state or government named by a bare title ("inaugurated by President Faure Gnassingbé",
# "Prime Minister Sheikh Hasina", 总理安瓦尔表示): the report leaves the country to the story. A
# title after a country ("Chinese President", "Pakistan's Prime Minister", 智利总统) is another
# rule's, and a deputy's or a former head's is no head's.
_BARE_HEAD_TITLE = {
    Lang.EN: re.compile(
        r"(?:^|(?<=[\s(\"“]))(?<!⟩ )(?<!⟩'s )(?<!⟩’s )(?<!Vice )(?<!Deputy )(?<!former )(?<!Former )"
        r"(?:President|Prime\s+Minister)\s+(?:[A-Z][\w.]*\s+){0,2}?⟨H(\d+)⟩"
    ),
    Lang.ZH: re.compile(r"(?:^|(?<=[，。；：、“\s]))(?:总统|总理|首相)⟨H(\d+)⟩"),
}
# a country that qualifies another's title in the same sentence ("his Chinese counterpart", "meet
# Chinese President Xi Jinping", 中国国家主席) is not the bare title's
_QUALIFIES_TITLE = re.compile(
    r"^(?:['’]s?)?\s*(?:president|prime\s+minister|premier|counterpart|leader|国家主席|主席|总统|总理|领导人)",
    re.IGNORECASE,
)


def _story_country(view: DocumentView, sentence: SentenceView, unless: frozenset[str]) -> Mention | None:
    """The country a report names more often than any other, leaving out the ones this sentence
    gives to another's title and those of ``unless``."""
    counts: Counter[tuple[EntityClass, str]] = Counter()
    first: dict[tuple[EntityClass, str], Mention] = {}
    for other in view.sentences:
        for slot in other.slots:
            if slot.letter == "C" and not slot.reference and slot.mention.key not in unless:
                counts[_identity(slot.mention)] += 1
                first.setdefault(_identity(slot.mention), slot.mention)
    for index, slot in enumerate(sentence.slots):
        if slot.letter == "C" and _QUALIFIES_TITLE.search(sentence.skeleton[sentence.slot_end(index) :]):
            counts.pop(_identity(slot.mention), None)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return first[ranked[0][0]]


_HEAD_OFFICE = re.compile(r"^(?:president|prime\s+minister|premier)$", re.IGNORECASE)
_RECORDED_HEADS: weakref.WeakKeyDictionary[Lexicon, frozenset[str]] = weakref.WeakKeyDictionary()


def _countries_with_recorded_heads(lexicon: Lexicon | None) -> frozenset[str]:
    """The countries whose presidents or prime ministers the lexicon records, once per lexicon."""
    if lexicon is None:
        return frozenset()
    recorded = _RECORDED_HEADS.get(lexicon)
    if recorded is None:
        recorded = frozenset(
            office.of
            for entry in lexicon
            for office in entry.offices
            if office.relation == "headOf"
            and office.of.startswith("country/")
            and _HEAD_OFFICE.match(office.title)
        )
        _RECORDED_HEADS[lexicon] = recorded
    return recorded


def _bare_title_heads(view: DocumentView, emitter: _Emitter, lexicon: Lexicon | None) -> None:
    """A person named by a bare head's title heads the country the report is about; one the
    lexicon knows is left to the offices it records (known-office), and so is a country whose
    heads it records: a president or a prime minister it does not know is another country's
    ("Prime Minister Manasseh Sogavare" of a report on the Solomons that names China more, R 341;
    总理阿胡梅-祖努 of Togo, M 251)."""
    recorded = _countries_with_recorded_heads(lexicon)
    for sentence in view.sentences:
        title = _BARE_HEAD_TITLE.get(sentence.lang)
        if title is None:
            continue
        for found in title.finditer(sentence.skeleton):
            person = sentence.slots[int(found.group(1))]
            if person.reference or _entry_of(person.mention, lexicon) is not None:
                continue
            country = _story_country(view, sentence, recorded)
            if country is not None:
                emitter.emit(
                    person.mention,
                    P.HEAD_OF,
                    country,
                    evidence=sentence.sentence.span,
                    rule="bare-title-head",
                    confidence=0.6,
                )


# a country's region named by a direction and the country's own name: "south China", "northern China"
_DIRECTION_REGION = re.compile(r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+", re.IGNORECASE)


def _country_named_in_region(region: Mention, lexicon: Lexicon | None) -> Mention | None:
    """The country a region of it names after its direction ("north China's Tianjin" says Tianjin is
    in China: the press writes the direction as a description, not as a region of its own)."""
    entry = _entry_of(region, lexicon)
    opened = _DIRECTION_REGION.match(region.text)
    if entry is None or entry.country is None or opened is None or lexicon is None:
        return None
    country = lexicon.get(entry.country)
    rest = region.text[opened.end() :]
    if country is None or not any(name == rest for _, name in country.names()):
        return None
    start = region.span.start + opened.end()
    return Mention(
        region.doc_id,
        Span(start, region.span.end),
        rest,
        EntityClass.COUNTRY,
        region.lang,
        key=country.id,
        source="lexicon",
    )


def _entry_of(mention: Mention, lexicon: Lexicon | None) -> LexiconEntry | None:
    """The lexicon entry a mention was recognised as, if any."""
    return lexicon.get(mention.key) if lexicon is not None and mention.key else None


def _international(mention: Mention, lexicon: Lexicon | None) -> bool:
    """Whether the lexicon knows the body as an intergovernmental one, without a country of its
    own: ASEAN, the UN, BRICS. A country right before it (中国东盟携手, a headline's pair) is a
    party beside it, never its seat; before a company the lexicon places nowhere (Chunghwa
    Telecom, VEON) it may be. Such a body's name says whose organ it is (联合国大会, "UN Office
    on Drugs and Crime")."""
    entry = _entry_of(mention, lexicon)
    return entry is not None and entry.kind == "intergovernmental"


def _adjacency(sentence: SentenceView, emitter: _Emitter, lexicon: Lexicon | None) -> None:
    """Qualifiers next to a name: 中国云南瑞丽, 缅甸首都内比都, "China's Huawei", "Rawalpindi, Pakistan"."""
    skeleton, slots, positions = sentence.skeleton, sentence.slots, sentence.positions
    for index in range(len(slots) - 1):
        first, second = slots[index], slots[index + 1]
        between = skeleton[sentence.slot_end(index) : positions[index + 1]]
        evidence = sentence.sentence.span
        if first.letter in "CL" and second.letter in "LOPE":
            if (
                sentence.lang is not Lang.EN
                and not _international(second.mention, lexicon)
                and (
                    between in _ZH_NAME_OPENERS
                    or (second.letter == "L" and _ZH_QUALIFIER_RE.fullmatch(between) is not None)
                    or (
                        first.letter == "C"
                        and second.letter == "O"
                        and _ZH_ORG_DESCRIPTOR_RE.fullmatch(between)
                    )
                )
            ):
                emitter.emit(
                    second.mention,
                    P.LOCATED_IN,
                    first.mention,
                    evidence=evidence,
                    rule="qualifier-place",
                    confidence=0.8,
                )
                if second.letter == "O" and between:
                    _distribute_qualifier(sentence, index, emitter)
            elif (
                sentence.lang is not Lang.EN
                and between == "的"
                and second.letter in "PE"
                and not _LINEAR_WORK.search(second.mention.text)
                # (not the last of a list: 中国与巴基斯坦的合作项目 is not in Pakistan)
                and not (
                    index > 0
                    and _ZH_LIST_JOIN.fullmatch(skeleton[sentence.slot_end(index - 1) : positions[index]])
                )
            ):
                # 拉合尔的阿尔法科技园, 南宁的论坛: a facility or an event of a place is in it
                emitter.emit(
                    second.mention,
                    P.LOCATED_IN,
                    first.mention,
                    evidence=evidence,
                    rule="qualifier-place-de",
                    confidence=0.65,
                )
            elif (
                between in _POSSESSIVES or (second.letter == "L" and _POSSESSIVE_DIRECTION.fullmatch(between))
            ) and not _OFFICE_AFTER.match(skeleton, sentence.slot_end(index + 1)):
                # "China's Huawei" is in China; "China's Ministry of Industry" is part of it; "south
                # China's Hainan Province" is in China
                government = second.letter == "O" and first.letter == "C" and _is_government(second.mention)
                emitter.emit(
                    second.mention,
                    P.PART_OF if government else P.LOCATED_IN,
                    _country_named_in_region(first.mention, lexicon) or first.mention,
                    evidence=evidence,
                    rule="possessive-government" if government else "possessive-place",
                    confidence=0.75,
                )
                third = slots[index + 2] if government and index + 2 < len(slots) else None
                if (
                    third is not None
                    and third.letter == "O"
                    and _EN_AND.fullmatch(skeleton[sentence.slot_end(index + 1) : positions[index + 2]])
                    and _is_government(third.mention)
                ):
                    # "Azerbaijan's Ministry of Digital Development and Transport and Ministry of
                    # Science and Education": the owner of a list of ministries owns each of them
                    emitter.emit(
                        third.mention,
                        P.PART_OF,
                        first.mention,
                        evidence=evidence,
                        rule="possessive-government-list",
                        confidence=0.7,
                    )
            elif _PLACE_TITLE.fullmatch(between):
                emitter.emit(
                    second.mention,
                    P.LOCATED_IN,
                    first.mention,
                    evidence=evidence,
                    rule="qualifier-place-title",
                    confidence=0.75,
                )
        if sentence.lang is Lang.EN:
            if second.letter in "CL":
                _english_place_qualifiers(sentence, index, between, emitter, lexicon)
            _possessive_rank(sentence, index, between, emitter)
        if (
            first.letter == "L"
            and second.letter == "C"
            and between == ", "
            # "Rawalpindi, Pakistan." but not "in Islamabad, Chinese Ambassador …" nor a list
            and _ADDRESS_END.match(skeleton, sentence.slot_end(index + 1))
            and not (index > 0 and skeleton[: positions[index]].endswith(", "))
        ):
            emitter.emit(
                first.mention,
                P.LOCATED_IN,
                second.mention,
                evidence=evidence,
                rule="place-comma-country",
                confidence=0.7,
            )
        if (
            first.letter == "O"
            and second.letter == "C"
            and sentence.lang is Lang.EN
            and not first.reference
            and _EN_BODY_OF_COUNTRY.fullmatch(between)
            and _BODY_OF_COUNTRY_END.match(skeleton, sentence.slot_end(index + 1))
        ):
            # "China Telecom Global Limited (CTG) of China, Singtel of Singapore and …": a body "of" a
            # country it does not carry in its name is of that country (a ministry is part of its government)
            government = _is_government(first.mention)
            emitter.emit(
                first.mention,
                P.PART_OF if government else P.LOCATED_IN,
                second.mention,
                evidence=evidence,
                rule="body-of-country",
                confidence=0.7,
            )
        if (
            first.letter in "PAI"
            and second.letter == "E"
            and between.strip() in _WORK_CEREMONY_JOINS
            and not second.reference
            and _CEREMONY.search(second.mention.text)
        ):
            # 中美直达国际海缆（TPE）奠基仪式, "the PEACE cable landing ceremony": the ceremony named
            # right after a work is the work's
            emitter.emit(
                first.mention,
                P.ANNOUNCED_AT,
                second.mention,
                evidence=evidence,
                rule="work-before-ceremony",
                confidence=0.75,
            )
        if first.letter == "T" and second.letter == "P" and between == "":
            emitter.emit(
                second.mention,
                P.ABOUT,
                first.mention,
                evidence=evidence,
                rule="qualifier-technology",
                confidence=0.7,
            )
        if (
            sentence.lang is not Lang.EN
            and first.letter in "CL"
            and second.letter == "L"
            and between in _QUALIFIER_JOINS
        ):
            _distribute_qualifier(sentence, index, emitter)
        _part_beside_whole(sentence, first, second, between, emitter)


# A unit of a body named beside it ("the Digital Economy Association of the Chamber of Commerce",
# "Huawei's Western Balkans headquarters", 华为的南太平洋分部) and a segment of a work ("the Hong
# Kong segment of SEA-H2X", 2Africa的东段)
_UNIT_HEAD = re.compile(
    r"(?:秘书处|委员会|理事会|办公室|分公司|子公司|分部|分会|分行|分院|代表处|办事处|总部|研究院|专业委员会|协会|"
    r"secretariat|commission|committee|council|office|bureau|branch|chapter|department|division|"
    r"headquarters|association|subsidiary|working\s+group|task\s+force)$",
    re.IGNORECASE,
)
_SEGMENT_HEAD = re.compile(
    r"(?:段|支线|分支|segment|section|branch|leg|spur|extension)$",
    re.IGNORECASE,
)
# a facility of a project: "the project's Command and Control Centre", 项目的指挥中心
_FACILITY_HEAD = re.compile(r"(?:中心|枢纽|基地|centre|center|hub|facility|base)$", re.IGNORECASE)
_EN_OF_WHOLE = re.compile(r"\s+of\s+(?:the\s+)?")
_ZH_OF_WHOLE = frozenset({"", "的", "旗下", "旗下的", "下属", "下属的"})


def _part_beside_whole(
    sentence: SentenceView, first: Slot, second: Slot, between: str, emitter: _Emitter
) -> None:
    def is_part(part: Slot, whole: Slot) -> bool:
        if whole.letter == "P" and part.letter in "OP" and _FACILITY_HEAD.search(part.mention.text):
            return True
        if part.letter != whole.letter or part.letter not in "OP":
            return False
        return (_UNIT_HEAD if part.letter == "O" else _SEGMENT_HEAD).search(part.mention.text) is not None

    part, whole = None, None
    if sentence.lang is Lang.EN:
        if _EN_OF_WHOLE.fullmatch(between) and is_part(first, second):
            part, whole = first, second
        elif between in _POSSESSIVES and is_part(second, first):
            part, whole = second, first
    elif between in _ZH_OF_WHOLE and is_part(second, first):
        part, whole = second, first
    if part is None or whole is None or _same(part.mention, whole.mention):
        return
    emitter.emit(
        part.mention,
        P.PART_OF,
        whole.mention,
        evidence=sentence.sentence.span,
        rule="part-beside-whole",
        confidence=0.7,
    )


# "in the Saudi capital Riyadh", "China's southwestern city of Chongqing": a place title between a
# country (or a region) and a place it holds
_EN_PLACE_TITLE = re.compile(
    r"(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:capital|city|port|town|province|region|state|county|district|island|village)"
    r"(?:\s+city)?(?:\s+of)?\s+",
    re.IGNORECASE,
)
# ("Machakos University in eastern Kenya", "the Taiyuan Satellite Launch Center in the northern Chinese
# province of Shanxi": a point of the compass before the place still places the name there)
_EN_COMPASS = r"(?:(?:north|south|east|west|central)[a-z-]*\s+)"
_EN_IN_PLACE = re.compile(rf"\s+(?:in|at)\s+(?:the\s+)?{_EN_COMPASS}?", re.IGNORECASE)
# "in China's southwestern Sichuan province": a country's possessive before a province it holds
_EN_COUNTRY_HOLDS = re.compile(rf"['’]s\s+{_EN_COMPASS}?")
_EN_TITLED_PLACE = re.compile(
    r"\b(?:province|city|municipality|region|state|county|district|prefecture)$", re.IGNORECASE
)
_EN_ADDRESS_OPENER = re.compile(r"\b(?:in|at|near|from)\s+(?:the\s+)?$", re.IGNORECASE)
_EN_LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:and\b|or\b|⟨[CL]\d+⟩)|(?:and|or)\b)", re.IGNORECASE)
# "Hunza's first IT park": an ordinal or a superlative between the place and what it holds
_EN_POSSESSIVE_RANK = re.compile(
    r"['’]s\s+(?:(?:first|new|largest|biggest|only|latest|main|second|third|flagship|national|leading|"
    # "Nigeria's state-owned Galaxy Backbone", "Thailand's 45-billion-U.S.-dollar Eastern Economic Corridor"
    r"state-owned|state-run|government-owned|government-run|military-run|"
    r"\d[\d.,]*-(?:[a-z.]+-)*(?:dollar|yuan|euro|baht|rupee|ringgit)|\$?\d[\d.,]*\s*(?:billion|million|bn)(?:-dollar)?)\s+){1,2}",
    re.IGNORECASE,
)


_EN_IN_ADDRESS = re.compile(r",\s+in\s+(?:the\s+)?", re.IGNORECASE)


def _possessed_place(sentence: SentenceView, index: int) -> int:
    """The place a country's possessive leads to: "Bangladesh's Patuakhali district" → Patuakhali."""
    if (
        index + 1 < len(sentence.slots)
        and sentence.slots[index + 1].letter == "L"
        and sentence.skeleton[sentence.slot_end(index) : sentence.positions[index + 1]] in _POSSESSIVES
    ):
        return index + 1
    return index


def _place_head(sentence: SentenceView, index: int) -> int:
    """The place that a chain of place titles starting at slot ``index`` ends with: "the Saudi
    capital Riyadh" → Riyadh, "China's southwestern Sichuan province" → Sichuan province."""
    while index + 1 < len(sentence.slots) and sentence.slots[index + 1].letter == "L":
        between = sentence.skeleton[sentence.slot_end(index) : sentence.positions[index + 1]]
        held = sentence.slots[index + 1].mention.text
        if not _EN_PLACE_TITLE.fullmatch(between) and not (
            _EN_COUNTRY_HOLDS.fullmatch(between) and _EN_TITLED_PLACE.search(held)
        ):
            break
        index += 1
    return index


_AND_ONLY = re.compile(r"\s+and\s+", re.IGNORECASE)


def _unit_abroad(body: Mention, place: Mention, lexicon: Lexicon | None) -> bool:
    """Whether "body in place" names the body's unit in a country other than its own: "general
    manager of Huawei in Serbia" (R 345), "satisfied with Huawei in Ghana" (S 362). The lexicon
    homes the body in another country; its unit there, not the body, is in the place."""
    entry = _entry_of(body, lexicon)
    return (
        place.cls is EntityClass.COUNTRY
        and entry is not None
        and entry.country is not None
        and entry.country != place.key
    )


def _english_place_qualifiers(
    sentence: SentenceView, index: int, between: str, emitter: _Emitter, lexicon: Lexicon | None
) -> None:
    """Where an English sentence places a name: "Zafarana in Egypt", "a data centre in the Saudi
    capital Riyadh", "a station at the K2 Base Camp", "Riyadh" of "the Saudi capital Riyadh",
    "in Nasirabad, Hunza", "Hunza's first IT park"."""
    first, second = sentence.slots[index], sentence.slots[index + 1]
    evidence = sentence.sentence.span
    linear = first.letter == "P" and _LINEAR_WORK.search(first.mention.text) is not None
    place_in = _EN_IN_PLACE.fullmatch(between)
    if (
        place_in
        and first.letter in "LOPE"
        and not linear
        and (first.letter in "PE" or "at" not in between.lower())
        and not (first.letter == "O" and _unit_abroad(first.mention, second.mention, lexicon))
    ):
        # "Zafarana in Egypt", "Nepal Telecom in Kathmandu", "the SCO KIU Incubation Center in Gilgit"
        target = sentence.slots[_place_head(sentence, index + 1)]
        emitter.emit(
            first.mention,
            P.LOCATED_IN,
            target.mention,
            evidence=evidence,
            rule="place-in-place" if first.letter in "LO" else "work-in-place",
            confidence=0.7,
        )
        if first.letter == "L" and target.letter == "C" and index > 0:
            # "Hainan and Hong Kong in China": two places joined by "and" are both in the country
            before = sentence.slots[index - 1]
            joined = sentence.skeleton[sentence.slot_end(index - 1) : sentence.positions[index]]
            if before.letter == "L" and _AND_ONLY.fullmatch(joined):
                emitter.emit(
                    before.mention,
                    P.LOCATED_IN,
                    target.mention,
                    evidence=evidence,
                    rule="places-in-place",
                    confidence=0.6,
                )
    if first.letter in "CL" and second.letter == "L" and _EN_PLACE_TITLE.fullmatch(between):
        emitter.emit(
            second.mention, P.LOCATED_IN, first.mention, evidence=evidence, rule="place-title", confidence=0.8
        )
    if (
        first.letter == "L"
        and second.letter in "CL"
        and _EN_IN_ADDRESS.fullmatch(between)
        and not _EN_LIST_GOES_ON.match(sentence.skeleton, sentence.slot_end(index + 1))
    ):
        # "Kuakata, in Bangladesh's Patuakhali district": the address after the comma holds the place
        target = sentence.slots[_possessed_place(sentence, index + 1)]
        emitter.emit(
            first.mention,
            P.LOCATED_IN,
            target.mention,
            evidence=evidence,
            rule="place-comma-in-place",
            confidence=0.65,
        )
    if (
        first.letter == "L"
        and second.letter == "L"
        and between == ", "
        and _EN_ADDRESS_OPENER.search(sentence.skeleton, 0, sentence.positions[index])
        and not _EN_LIST_GOES_ON.match(sentence.skeleton, sentence.slot_end(index + 1))
    ):
        emitter.emit(
            first.mention,
            P.LOCATED_IN,
            second.mention,
            evidence=evidence,
            rule="place-comma-place",
            confidence=0.65,
        )


def _possessive_rank(sentence: SentenceView, index: int, between: str, emitter: _Emitter) -> None:
    """ "Hunza's first information technology park" is in Hunza (a cable is not "in" a country)."""
    first, second = sentence.slots[index], sentence.slots[index + 1]
    if (
        first.letter in "CL"
        and second.letter in "OPE"
        and _EN_POSSESSIVE_RANK.fullmatch(between)
        and not (second.letter == "P" and _LINEAR_WORK.search(second.mention.text))
    ):
        emitter.emit(
            second.mention,
            P.LOCATED_IN,
            first.mention,
            evidence=sentence.sentence.span,
            rule="possessive-place-rank",
            confidence=0.7,
        )


def _distribute_qualifier(sentence: SentenceView, index: int, emitter: _Emitter) -> None:
    """缅甸木姐、曼德拉、内比都和仰光, 马尔代夫电信运营商Ooredoo、Dhiraagu: the qualifier holds for
    every item of the list it opens that is of the class of the first."""
    qualifier = sentence.slots[index]
    letter = sentence.slots[index + 1].letter
    cursor = index + 1
    while cursor + 1 < len(sentence.slots):
        between = sentence.skeleton[sentence.slot_end(cursor) : sentence.positions[cursor + 1]]
        following = sentence.slots[cursor + 1]
        if not _ZH_LIST_JOIN.fullmatch(between) or following.letter != letter:
            return
        if cursor + 2 < len(sentence.slots):
            after = sentence.skeleton[sentence.slot_end(cursor + 1) : sentence.positions[cursor + 2]]
            if after == "" or (letter == "O" and _ZH_ORG_DESCRIPTOR_RE.fullmatch(after)):
                return  # the next item has its own qualifier: 和中国广西南宁, 和斯里兰卡电信运营商…
        emitter.emit(
            following.mention,
            P.LOCATED_IN,
            qualifier.mention,
            evidence=sentence.sentence.span,
            rule="qualifier-place-list",
            confidence=0.7,
        )
        cursor += 1


# Works that run between places (a cable, a road, a corridor): the places in their names are ends.
_LINEAR_WORK = re.compile(
    # (a border port joins the two countries it stands between: 中越友谊关—友谊智慧口岸)
    r"光缆|海缆|陆缆|电缆|光纤|跨境|公路|铁路|高速|管道|通道|走廊|航线|干线|口岸|互联互通|cable|highway|railway|road|link|"
    r"pipeline|corridor|fib(?:er|re)|cross-border|connecting|interconnect|border\s+(?:crossing|port|gate)",
    re.IGNORECASE,
)
_WORD = re.compile(r"\S+")
# 缅甸首都内比都, 印度洋沿岸口岸城市威双: a place, a title, the place it holds
_PLACE_TITLE = re.compile(
    r"(?:的)?(?:首都|首府|省会|境内|北部|南部|东部|西部|沿岸|沿海)?[\u4e00-\u9fff]{0,6}?(?:首都|首府|省会|城市|港口|口岸|重镇)"
)
_WORK_CEREMONY_JOINS = frozenset({"", ")", "）", "”", "'s", "’s"})
_EN_BODY_OF_COUNTRY = re.compile(r"\)?\s+of\s+(?:the\s+)?", re.IGNORECASE)
_BODY_OF_COUNTRY_END = re.compile(r"\s*(?:[.;,)]|and\b|$)", re.IGNORECASE)
# (a wire dateline closes the address too: "CAIRO, Egypt (AP) --", "RIYADH, Saudi Arabia -")
_ADDRESS_END = re.compile(r"\s*(?:[.;)]|\((?=[^()]*\)\s*(?:--|[-–—]))|--|[-–—]\s|,(?!\s*(?:and\b|or\b|⟨))|$)")
# "Thailand's eastern Chon Buri province": a place of a country named with its direction
_POSSESSIVE_DIRECTION = re.compile(rf"['’]s?\s+{_EN_DIRECTION}", re.IGNORECASE)
_OFFICE_AFTER = re.compile(r"\s+(?:chairmanship|presidency|chair|leadership|secretariat)\b", re.IGNORECASE)
# a list join, stepping over items that are not names: 木姐、曼德拉、内比都和仰光
_ZH_LIST_JOIN = re.compile(r"\s*(?:、|和|与|及|以及)\s*(?:[^、，,。；;⟨⟩]{1,8}?\s*(?:、|和|与|及|以及)\s*)*")
_RANGE_ZH = re.compile(r"(?:至|到|－|—|-)")
_GOVERNMENT_HEAD = re.compile(
    r"(?:部|委|委员会|局|厅|办|署|办公室|军队|武装部队|ministry|department|commission|agency|authority|"
    r"administration|council|army|armed\s+forces|navy|air\s+force)$",
    re.IGNORECASE,
)
# "the Royal School of Administration": a school of a field named like a body is no part of a government
_SCHOOL_OF = re.compile(
    r"\b(?:school|college|institute|university|academy)\s+of\s+(?:[a-z]+\s+)?\w+$", re.IGNORECASE
)


_RANGE_MARKS = frozenset("至到—-－~～")
_RANGE_MARKS_OR_SPACE = _RANGE_MARKS | {" "}
_GOVERNMENT_NAME = re.compile(
    r"^(?:the\s+)?(?:ministry|department|commission|agency|authority|council|office|bureau)\b|(?:ministry|department)$",
    re.IGNORECASE,
)


def _is_government(mention: Mention) -> bool:
    """A ministry, an agency, a commission (by its name)."""
    name = mention.canonical or mention.text
    if _SCHOOL_OF.search(name):
        return False
    return _GOVERNMENT_HEAD.search(name) is not None or _GOVERNMENT_NAME.search(name) is not None


_WORK_CLASSES = frozenset(
    {EntityClass.PROJECT, EntityClass.AGREEMENT, EntityClass.INITIATIVE, EntityClass.EVENT}
)


# What is left of a project's name after a shorter project's name that is the same thing
# (中巴跨境光缆项目, "the 2Africa cable system"), not a part of it (…南宁核心基地, "2Africa Pearls").
_SAME_WORK_REST = re.compile(
    r"[\s“”\"《》()（）]*(?:[(（][A-Za-z0-9&-]{1,12}[)）])?"
    r"(?:项目|工程|光缆|海缆|线路|系统|网络|卫星|号卫星|project|cable|cable\s+system|system|network|link|line|"
    r"satellite|\s)*",
    re.IGNORECASE,
)


# what may stand before a programme's name in the name of one of its sites: the place and how it is
# put (在…建设的, 共和国, quotes), nothing that is a work of its own
_SERIES_SITE = re.compile(
    r"(?:在)?[^\s“”\"《》]{1,12}?(?:共和国)?(?:建设的|设立的|建成的|的)?[\s“\"《]*"
    r"|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}\s+"
)
_GENERIC_WORK_HEAD = re.compile(
    r"(?:项目|工程|计划|project|programme|program|scheme)[\s”\"》]*$", re.IGNORECASE
)
_SUCCESSOR_REST = re.compile(r"[\s-]*(?:\d{1,2}|I{1,3}|IV|V|VI{1,3}|[二三四五六]号?)", re.IGNORECASE)
_NAME_QUOTES = '《》“”"「」『』 '


_YEAR_REST = re.compile(r"[\s\d年]*")


def _same_name(inner: Mention, outer: Mention) -> bool:
    """A shorter form of the outer name itself (中国—缅甸国际陆地光缆 in …项目), not a name inside it
    (中老光缆 in 中老光缆万象节点: what follows it names a part)."""
    if (inner.key is not None and inner.key == outer.key) or inner.text == outer.text.strip(_NAME_QUOTES):
        return True
    if inner.cls is not outer.cls or inner.span.start != outer.span.start:
        return False
    rest = outer.text[inner.span.end - outer.span.start :]
    if outer.cls is EntityClass.EVENT:
        # "China-ASEAN Expo 2024" is the expo; 世界互联网大会数字丝路发展论坛 is a forum of the conference
        return _YEAR_REST.fullmatch(rest) is not None
    if outer.cls is EntityClass.ORGANIZATION:
        # 华为 in 华为技术有限公司 is the company itself; 华为 in 华为海洋网络有限公司 its parent
        return _SAME_BODY_REST.fullmatch(rest) is not None
    return outer.cls is not EntityClass.PROJECT or _SAME_WORK_REST.fullmatch(rest) is not None


_LEXICON_NAMES: weakref.WeakKeyDictionary[Lexicon, dict[str, tuple[_LexiconName, ...]]] = (
    weakref.WeakKeyDictionary()
)
_LEXICON_NAMES_KEPT = 100_000  # names remembered per lexicon


class _LexiconName(NamedTuple):
    """A lexicon name inside a longer name: where (relative offsets), what, and whether it comes
    from the gazetteer (a common word in another reading)."""

    start: int
    end: int
    cls: EntityClass
    entry_id: str
    gazetteer: bool


def _lexicon_names(lexicon: Lexicon, text: str) -> tuple[_LexiconName, ...]:
    """The lexicon names strictly inside ``text``, remembered per lexicon: a name recurs across
    documents, and what it holds depends on nothing else."""
    known = _LEXICON_NAMES.setdefault(lexicon, {})
    found = known.get(text)
    if found is None:
        names = []
        for hit in lexicon.scan(text):
            if hit.end - hit.start >= len(text) or hit.end - hit.start < 2 or not hit.entry_ids:
                continue
            entry = lexicon.entry(hit.entry_ids[0])
            names.append(
                _LexiconName(
                    hit.start, hit.end, entry.cls, entry.id, getattr(entry, "origin", "seed") == "geonames"
                )
            )
        found = tuple(names)
        if len(known) < _LEXICON_NAMES_KEPT:
            known[text] = found
    return found


def _latin_letter(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _splits_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` cuts a Latin word ("Kenya" in "Jomo Kenyatta International
    Airport" names no country)."""
    return (start > 0 and _latin_letter(text[start - 1]) and _latin_letter(text[start])) or (
        end < len(text) and _latin_letter(text[end]) and _latin_letter(text[end - 1])
    )


def _inner_names(
    mention: Mention,
    doc_mentions: Sequence[Mention],
    *,
    surfaces: ahocorasick_rs.AhoCorasick | None,
    surface_names: Sequence[str],
    known_names: dict[str, Mention],
    lexicon: Lexicon | None,
    doc: Document,
) -> list[Mention]:
    """The names inside a name: compound mentions, other names of the document, lexicon names.

    Longer inner names win over the shorter ones they contain (《丝绸之路经济带国家大数据综合试验区
    实施方案》 names the pilot zone, not the Silk Road Economic Belt). A gazetteer place (a
    common word in another reading) counts only at the start of a name or right after a name.
    """
    candidates = [
        m
        for m in doc_mentions
        if m is not mention and mention.span.contains(m.span) and len(m.span) < len(mention.span)
    ]
    matches = surfaces.find_matches_as_indexes(mention.text, overlapping=True) if surfaces else ()
    for index, found, _ in matches:
        surface = surface_names[index]
        known = known_names[surface]
        if len(surface) < len(mention.text) and not _splits_word(mention.text, found, found + len(surface)):
            start = mention.span.start + found
            candidates.append(
                Mention(
                    doc_id=doc.id,
                    span=Span(start, start + len(surface)),
                    text=surface,
                    cls=known.cls,
                    lang=mention.lang,
                    key=known.key,
                    canonical=known.canonical,
                    source=known.source,
                    confidence=known.confidence * 0.9,
                )
            )
    gazetteer: set[tuple[int, int]] = set()  # offsets of gazetteer places the document does not name
    named = {(m.span.start, m.span.end) for m in candidates}
    if lexicon is not None:
        for start, end, cls, entry_id, from_gazetteer in _lexicon_names(lexicon, mention.text):
            if _splits_word(mention.text, start, end):
                continue
            span = Span(mention.span.start + start, mention.span.start + end)
            if from_gazetteer and (span.start, span.end) not in named:
                gazetteer.add((span.start, span.end))
            candidates.append(
                Mention(
                    doc_id=doc.id,
                    span=span,
                    text=mention.text[start:end],
                    cls=cls,
                    lang=mention.lang,
                    key=entry_id,
                    source="lexicon",
                    confidence=0.9,
                )
            )
    # Names of works (projects, agreements, initiatives, events) and atomic names (countries,
    # places, organizations, fields) are chosen separately, so that 大数据 is still read inside
    # …国家大数据综合试验区 when that zone is itself a name; a shorter form of the name itself
    # (中国—缅甸国际陆地光缆 in …项目) is not an inner name.
    inner: list[Mention] = []
    ordered = sorted(candidates, key=lambda m: (-len(m.span), m.span.start))
    for works in (True, False):
        taken = bytearray(len(mention.span))  # characters of the name already read as an inner name
        for candidate in ordered:
            if (candidate.cls in _WORK_CLASSES) != works or _same_name(candidate, mention):
                continue
            start, end = candidate.span.start - mention.span.start, candidate.span.end - mention.span.start
            if 1 not in taken[start:end]:
                taken[start:end] = b"\x01" * (end - start)
                inner.append(candidate)
    inner.sort(key=lambda m: (m.span.start, -len(m.span)))
    # a gazetteer place right after a name, or after a name and a range mark (卡拉奇至拉合尔) or a
    # space ("Huawei Cloud Riyadh Region")
    ends = {m.span.end for m in inner}
    ends |= {m.span.end + 1 for m in inner if doc.text[m.span.end : m.span.end + 1] in _RANGE_MARKS_OR_SPACE}
    countries = {m.key for m in inner if m.cls is EntityClass.COUNTRY and m.key is not None}
    return [
        m
        for m in inner
        if not _small_town_before_head(m, mention, lexicon)
        and not _another_countrys_body(m, countries, lexicon)
        and (
            (m.span.start, m.span.end) not in gazetteer
            or (m.span.start == mention.span.start and _opens_name_as_place(m, mention, lexicon))
            or (m.span.start in ends and not _is_head_noun(m.text))
        )
    ]


_GOVERNMENT_BODY_NAME = re.compile(
    r"(?:部|局|委|署|厅|办|委员会)$|^(?:Ministry|Department|Office|Commission|Agency|Administration)\b"
)


def _another_countrys_body(inner: Mention, countries: set[str], lexicon: Lexicon | None) -> bool:
    """外交部 in 老挝外交部, "Ministry of Commerce" in "Ministry of Commerce of Pakistan": a
    government body the lexicon knows as another country's (China's) is the generic part of the
    name of this country's body, no name inside it."""
    if (
        lexicon is None
        or inner.cls is not EntityClass.ORGANIZATION
        or inner.key is None
        or not countries
        or not _GOVERNMENT_BODY_NAME.search(inner.text)
    ):
        return False
    country = lexicon.entry(inner.key).country
    return country is not None and country not in countries


# An English town opening the name of a work is where the work is ("Kashgar International
# Satellite Station"); opening any other name, it is its place only before a word that says so
# ("Gwadar Port", "Karachi-Gwadar") or when a large city: town names are everyday words too
# (Mobile World Congress, Summit, University).
_LARGE_TOWN = 1_000_000
_PLACE_NAME_NEXT = re.compile(
    r"[-–—]|\s+(?:port|harbou?r|airport|station|landing|cable|data|city|province|district|region|"
    r"county|prefecture|beach|bay|valley|free|special|economic|industrial|safe|smart)\b",
    re.IGNORECASE,
)


def _is_head_noun(name: str) -> bool:
    """Summit in "14th BRICS Summit", University in "Tsinghua University": the head of the name,
    though towns are called so too."""
    from kg.extract.names_en import head_classes

    return name.lower() in head_classes()


# A small town right before the head noun of a work or a body is a word of the name, not where
# it is: "Luban Workshop" and 卢班工坊 are named after the carpenter Lu Ban, not the Polish town
# Lubań (G 122, I 162, I 166). Heads that make the town a place ("Gwadar Port") and adjectives
# that open a longer name ("Putrajaya International Convention Centre") do not count.
_WORK_OR_BODY_HEAD_ZH = re.compile(r"工坊|大学|学院|学校|峰会|论坛|公司|集团|协会|研究院")
_HEAD_WORD_EN = re.compile(r"\s+([A-Za-z]+)\b")
_OPENING_ADJECTIVES = frozenset({"international", "global"})


def _small_town_before_head(place: Mention, name: Mention, lexicon: Lexicon | None) -> bool:
    entry = lexicon.get(place.key) if lexicon is not None and place.key is not None else None
    if entry is None or place.cls is not EntityClass.PLACE:
        return False
    if entry.population is None or entry.population >= SMALL_TOWN_POPULATION:
        return False
    after = place.span.end - name.span.start
    if has_cjk(place.text):
        return _WORK_OR_BODY_HEAD_ZH.match(name.text, after) is not None
    if _PLACE_NAME_NEXT.match(name.text, after) is not None:
        return False
    word = _HEAD_WORD_EN.match(name.text, after)
    if word is None or word[1].lower() in _OPENING_ADJECTIVES:
        return False
    from kg.extract.names_en import head_classes

    return head_classes().get(word[1].lower()) in _WORK_CLASSES | {EntityClass.ORGANIZATION}


def _opens_name_as_place(place: Mention, name: Mention, lexicon: Lexicon | None) -> bool:
    if _SERIAL_AFTER_NAME.fullmatch(name.text, len(place.text)):
        return False  # a spacecraft named after a town (Taifa-1, Malindi-1) is not there
    if has_cjk(place.text) or name.cls is EntityClass.PROJECT or lexicon is None or place.key is None:
        return True
    if (lexicon.entry(place.key).population or 0) >= _LARGE_TOWN:
        return True
    return _PLACE_NAME_NEXT.match(name.text, len(place.text)) is not None


_SERIAL_AFTER_NAME = re.compile(r"-\d{1,3}[A-Z]?")


class _Emit(Protocol):
    def __call__(
        self, subject: Mention, predicate: Predicate, obj: Mention, *, rule: str, confidence: float
    ) -> None: ...


_PARTY_CLASSES = frozenset({EntityClass.COUNTRY, EntityClass.ORGANIZATION})
# a field whose name ends like the name of a kind of work (data centre, submarine cable, 数据中心)
_KIND_OF_WORK = re.compile(
    r"(?:cables?|cent(?:re|er)s?|hubs?|stations?|parks?|networks?|systems?|光缆|海缆|中心|园区|网络|基地|系统)$",
    re.IGNORECASE,
)
_CEREMONY = re.compile(
    r"仪式|典礼|揭牌|开通|启动|签约|签字|发布会|开工|竣工|ceremony|launch|inauguration|signing|unveiling",
    re.IGNORECASE,
)


_KIND_OF_TEXT = re.compile(
    r"(?:联合|共同|部长|主席)?(?:声明|宣言|公报|协议|协定|备忘录|议定书|条约|公约|框架|计划|规划|倡议|战略|纲要)"
    r"|(?:joint\s+)?(?:statement|declaration|communiqu[eé]|agreement|memorandum(?:\s+of\s+understanding)?|protocol|"
    r"treaty|framework|plan|initiative|strategy)",
    re.IGNORECASE,
)
_BRANCH_HEAD = re.compile(
    r"(?:分中心|分部|分院|分基地|\bbranch(?:\s+(?:centre|center|office))?)$", re.IGNORECASE
)
_SATELLITE_NAME = re.compile(r"[一二三四五六七八九十\d]+号|卫星|\bsat(?:ellite)?\b|sat-?\d", re.IGNORECASE)
_AID = re.compile(r"援(?:助|建)?")


def _donor(mention: Mention, atoms: Sequence[Mention]) -> Mention | None:
    """The country or body a name says gives the work as aid: 中国援老挝…项目 → China."""
    for atom in atoms:
        if atom.cls in _PARTY_CLASSES and _AID.match(mention.text, atom.span.end - mention.span.start):
            return atom
    return None


def _owner_then_site(mention: Mention, parties: Sequence[Mention]) -> bool:
    """A name that opens with one company and goes on, with nothing between, to the countries where
    its work stands (比亚迪巴西乘用车工厂, "Huawei Saudi cloud data centre"): one owner and a site."""
    owner = parties[0]
    between = mention.text[owner.span.end - mention.span.start : parties[1].span.start - mention.span.start]
    return (
        owner.cls is EntityClass.ORGANIZATION
        and owner.span.start == mention.span.start
        and all(party.cls is EntityClass.COUNTRY for party in parties[1:])
        and len(between) <= 1
        and not between.strip()
    )


def _project_name_relations(
    mention: Mention, inner: Sequence[Mention], emit: _Emit, *, known_linear: bool = False
) -> None:
    """What a project's name states: its ends, its parties, its place, its operator, its field,
    the larger project it belongs to. ``known_linear``: the lexicon names it a cable or a road
    by another name ("Lower Indian Ocean Network" is the LION cable)."""
    works = [m for m in inner if m.cls in _WORK_CLASSES]
    # the names inside an inner work belong to it: 中国—东盟信息港南宁核心基地 is in Nanning, and
    # China and ASEAN are the parties of the harbour it is part of
    atoms = [
        m for m in inner if m.cls not in _WORK_CLASSES and not any(w.span.contains(m.span) for w in works)
    ]
    donor = _donor(mention, atoms)
    if donor is not None:
        # 中国援老挝邮电技术学院项目: China pays for it, Laos is where it is (not two partners)
        emit(mention, P.FUNDED_BY, donor, rule="name-states-donor", confidence=0.75)
        atoms = [m for m in atoms if m is not donor]
    whole = works[0] if works and works[0].span.start == mention.span.start else None
    if whole is not None and whole.cls is EntityClass.PROJECT:
        rest = mention.text[whole.span.end - mention.span.start :]
        # (a numbered successor, "Southeast Asia-Japan Cable 2", is a system of its own, not a phase)
        if not _SAME_WORK_REST.fullmatch(rest) and not _SUCCESSOR_REST.fullmatch(rest):
            emit(mention, P.PART_OF, whole, rule="name-states-whole", confidence=0.75)
    tail = mention.text[works[-1].span.end - mention.span.start :] if works else "x"
    series = works[-1] if not tail.strip(_NAME_QUOTES) else None
    if (
        whole is None
        and series is not None
        and series.cls in (EntityClass.PROJECT, EntityClass.INITIATIVE)
        # ("Islamabad Safe City Project": a kind of project named after a place, not a site of another)
        and not _GENERIC_WORK_HEAD.search(series.text)
        and _SERIES_SITE.fullmatch(mention.text[: series.span.start - mention.span.start])
        and any(m.cls in (EntityClass.COUNTRY, EntityClass.PLACE) for m in atoms)
    ):
        # 马里共和国“鲁班工坊”, 在吉布提建设的鲁班工坊, "Kenya Luban Workshop": the one of a programme
        # that stands in a place is part of the programme
        emit(mention, P.PART_OF, series, rule="name-states-series-site", confidence=0.7)
    countries = [m for m in atoms if m.cls is EntityClass.COUNTRY]
    places = [m for m in atoms if m.cls is EntityClass.PLACE]
    # a name made of places alone is the shared head of a list elided (中吉、中塔光缆), or a cable
    # named by its ends ("Aden-Djibouti and Ethiopia-Djibouti"): a link too
    covered = sum(len(m.span) for m in atoms if m.cls in (EntityClass.COUNTRY, EntityClass.PLACE))
    joins = sum(1 for c in mention.text if c in _RANGE_MARKS_OR_SPACE)
    linear = (
        known_linear or _LINEAR_WORK.search(mention.text) is not None or covered + joins == len(mention.span)
    )
    # the places of a cable's or a road's name are its ends, when it names two or more
    # ("Asia Direct Cable" does not connect Asia)
    named_places = [*countries, *places] if linear else []
    ends = named_places if len(named_places) >= 2 else []
    offset = mention.span.start
    for a, b in pairwise(atoms):
        if (
            a.cls in (EntityClass.PLACE, EntityClass.COUNTRY)
            and b.cls in (EntityClass.PLACE, EntityClass.COUNTRY)
            and _RANGE_ZH.fullmatch(mention.text[a.span.end - offset : b.span.start - offset].strip())
        ):
            ends.extend(x for x in (a, b) if x not in ends)
    for end in ends:
        emit(mention, P.CONNECTS, end, rule="name-states-ends", confidence=0.9)
    # a centre or a harbour named after two or more parties (中国—东盟信息港, 中阿北斗中心) is theirs,
    # and so is a link between a country and a body (中国—东盟信息高速公路)
    parties = [m for m in atoms if m.cls in _PARTY_CLASSES]
    if linear and not any(m.cls is EntityClass.ORGANIZATION for m in parties):
        parties = []
    if len(parties) >= 2 and _owner_then_site(mention, parties):
        parties = []  # 比亚迪巴西乘用车工厂: BYD's plant in Brazil, not a work of two partners
    if len(parties) >= 2:
        for party in parties:
            emit(mention, P.PARTNER, party, rule="name-states-parties", confidence=0.6)
        atoms = [m for m in atoms if m.cls not in _PARTY_CLASSES]
        countries = []
    # a cable named after one region is not "in" it, nor a satellite named after its country (老挝一号)
    satellite = _SATELLITE_NAME.search(mention.text) is not None
    if not ends and not linear and not satellite:
        for place in [*countries, *[m for m in atoms if m.cls is EntityClass.PLACE]][:1]:
            emit(mention, P.LOCATED_IN, place, rule="name-states-place", confidence=0.75)
    named_countries = [m for m in inner if m.cls is EntityClass.COUNTRY]
    if (
        satellite
        and len(named_countries) == 1
        and not mention.text[: named_countries[0].span.start - mention.span.start].strip(_NAME_QUOTES)
    ):
        # a satellite named after one country is that country's (阿尔及利亚一号通信卫星, 委内瑞拉通信卫星一号,
        # 尼日利亚通信卫星1R, "Pakistan Remote Sensing Satellite-1"), whoever builds or launches it
        emit(mention, P.PARTNER, named_countries[0], rule="name-states-owner", confidence=0.7)
    at_start = atoms[0] if atoms and atoms[0].span.start == mention.span.start else None
    if (
        at_start is not None
        and at_start.cls is EntityClass.ORGANIZATION
        and _BRANCH_HEAD.search(mention.text)
        and _FACILITY_HEAD.search(at_start.text)
    ):
        # 中国—上海合作组织大数据合作中心（新疆）分中心: a branch of a centre is part of it
        emit(mention, P.PART_OF, at_start, rule="name-states-branch", confidence=0.7)
    elif at_start is not None and at_start.cls is EntityClass.ORGANIZATION:
        emit(mention, P.OPERATED_BY, at_start, rule="name-states-operator", confidence=0.75)
    elif mention.source != "lexicon":
        for org in atoms:
            if org.cls is EntityClass.ORGANIZATION:
                emit(mention, P.OPERATED_BY, org, rule="name-states-operator", confidence=0.6)
                break
    for tech in inner:
        # 数据中心 in …数据中心, "Data Center" in "SCO Data Center Gilgit": the kind of thing, not its field
        if (
            tech.cls is EntityClass.TECHNOLOGY
            and tech.span.end < mention.span.end
            and _KIND_OF_WORK.search(tech.text) is None
        ):
            emit(mention, P.ABOUT, tech, rule="name-states-field", confidence=0.7)


# What may open an event's name before the body or the series it belongs to: a year, an edition
# (第47届, 2024年, "the 11th", "2024")
_EDITION = re.compile(
    r"(?:\s|the\b|annual\b|\d{4}年?|第[\d一二三四五六七八九十百零〇]+(?:届|次)|\d+(?:st|nd|rd|th)\b|"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b)*",
    re.IGNORECASE,
)


_MEETING_OF = re.compile(
    r"(?:summit|meeting|council|conference|session|assembly)\s+of\s+(?:the\s+)?", re.IGNORECASE
)
_SUMMIT_HEAD = re.compile(
    r"(?:领导人会议|峰会|部长会议|summit|leaders['’]?\s+meeting|ministerial\s+meeting)$", re.IGNORECASE
)


def _body_of_meeting(mention: Mention, inner: Sequence[Mention]) -> Mention | None:
    """The body a meeting's name says it is held by: "Summit of the Forum on China-Africa
    Cooperation", and a summit named after a body and a country (第22次中国—东盟领导人会议,
    "the 22nd ASEAN-China Summit") is the body's."""
    bodies = [m for m in inner if m.cls is EntityClass.ORGANIZATION]
    for body in bodies:
        before = mention.text[: body.span.start - mention.span.start]
        if _MEETING_OF.search(before) and body.span.end == mention.span.end:
            return body
    countries = [m for m in inner if m.cls is EntityClass.COUNTRY]
    if len(bodies) == 1 and len(countries) == 1 and _SUMMIT_HEAD.search(mention.text):
        return bodies[0]
    return None


def _event_name_relations(mention: Mention, inner: Sequence[Mention], emit: _Emit) -> None:
    """上海合作组织…会议 and 第47届东盟峰会 are part of the body that opens their names, 世界互联网大会
    数字丝路发展论坛 and 第十一届金砖国家通信部长会议 of the larger event or the series that does;
    中尼光缆开通仪式 is where the cable was inaugurated."""
    opening = [
        m for m in inner if _EDITION.fullmatch(mention.text[: m.span.start - mention.span.start]) is not None
    ]
    for first in opening:
        if first.cls is EntityClass.ORGANIZATION:
            emit(mention, P.PART_OF, first, rule="name-states-body", confidence=0.8)
            break
        if first.cls is EntityClass.EVENT and not _same_name(first, mention):
            rest = mention.text[first.span.end - mention.span.start :]
            if not _CEREMONY.search(rest):
                emit(mention, P.PART_OF, first, rule="name-states-series", confidence=0.7)
            break
    if not opening or opening[0].cls is not EntityClass.ORGANIZATION:
        body = _body_of_meeting(mention, inner)
        if body is not None:
            emit(mention, P.PART_OF, body, rule="name-states-body", confidence=0.7)
    if _CEREMONY.search(mention.text):
        for work in inner:
            if work.cls in (EntityClass.PROJECT, EntityClass.AGREEMENT, EntityClass.INITIATIVE):
                emit(work, P.ANNOUNCED_AT, mention, rule="name-states-ceremony", confidence=0.75)
                break


# the head of a plan's name: what a body or a country draws up for itself
_PLAN_HEAD = re.compile(
    r"(?:战略|规划|计划|倡议|愿景|政策|议程|纲要|strategy|plan|vision|policy|initiative|agenda|programme|program)"
    r"(?:\s*(?:phase\s+)?\w{0,4})?$",
    re.IGNORECASE,
)


# What joins the parties that open a paper's name: 中国商务部和意大利经济发展部, 中国-东盟, 中老 (a
# compound, nothing between), "Malaysia-China", "China and Singapore"
_PARTY_JOIN = re.compile(r"\s*(?:和|与|同|及|、|[-–—－/+＋]|,|and)?\s*(?:the\s+)?", re.IGNORECASE)


def _initiative_name_relations(mention: Mention, inner: Sequence[Mention], emit: _Emit) -> None:
    """上合组织至2025年发展战略, "Cambodia Digital Economy Policy": a plan named after one country or
    body alone is theirs (中国—东盟… names two parties, no proposer)."""
    parties = [m for m in inner if m.cls in _PARTY_CLASSES]
    if len(parties) != 1:
        return
    party = parties[0]
    offset = mention.span.start
    for other in inner:
        if other.cls is not EntityClass.PLACE:
            continue
        first, second = (party, other) if party.span.start < other.span.start else (other, party)
        if _PARTY_JOIN.fullmatch(mention.text[first.span.end - offset : second.span.start - offset]):
            return  # a region joined to it names the other side (中非…计划, 中国—中亚…倡议): no proposer
    rest = mention.text[party.span.end - mention.span.start :].strip(_NAME_QUOTES)
    before = mention.text[: party.span.start - mention.span.start].strip(_NAME_QUOTES)
    if _PLAN_HEAD.search(rest) is not None and _EDITION.fullmatch(before) is not None:
        emit(mention, P.PROPOSED_BY, party, rule="name-states-proposer", confidence=0.65)


# where the parties of an English paper's name stand after its kind: "Memorandum of Understanding
# between China's Ministry of Commerce and …", "Joint Statement of the People's Republic of China and …"
_PARTIES_AFTER = re.compile(
    r"^(?:the\s+)?(?:joint\s+)?(?:statement|declaration|communiqu[eé]|agreement|memorandum(?:\s+of\s+understanding)?|"
    r"mou|protocol|treaty|letter\s+of\s+intent)[\w\s-]*?\s(?:between|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# what follows the parties that open a paper's name: what it is on (关于…的谅解备忘录, "MoU on …")
# or more of its name, never its end
_AFTER_PARTIES = re.compile(r"\s*(?:关于|on\b|\w)", re.IGNORECASE)
_PAPER_SUBJECT = re.compile(r"关于|\bon\b", re.IGNORECASE)
_BODY_TAIL = re.compile(
    r"(?:部|委|委员会|局|厅|署|办公室|银行|政府|ministry|department|commission|agency|authority|bank)\s*$",
    re.IGNORECASE,
)


def _agreement_name_parties(mention: Mention, inner: Sequence[Mention], emit: _Emit) -> None:
    """Two or more parties that open a paper's name, or follow its kind, signed it:
    《中华人民共和国商务部和意大利共和国经济发展部关于电子商务合作的谅解备忘录》, 中国-东盟…联合声明,
    "Memorandum of Understanding between China's Ministry of Commerce and Singapore's Ministry of
    Trade and Industry". A region among them (中非, 中国—中亚) makes the name no list of signers."""
    works = [m for m in inner if m.cls in _WORK_CLASSES]
    atoms = [
        m for m in inner if m.cls not in _WORK_CLASSES and not any(w.span.contains(m.span) for w in works)
    ]
    outer = [m for m in atoms if not any(o is not m and o.span.contains(m.span) for o in atoms)]
    if len(outer) < 2:
        return
    offset = mention.span.start
    opening = mention.text[: outer[0].span.start - offset]
    after_kind = _PARTIES_AFTER.search(opening) is not None
    if not after_kind and not _EDITION.fullmatch(opening.strip(_NAME_QUOTES)):
        return
    parties = [outer[0]]
    for before, after in pairwise(outer):
        join = mention.text[before.span.end - offset : after.span.start - offset]
        if (
            join in _QUALIFIER_JOINS
            and before.cls in (EntityClass.COUNTRY, EntityClass.PLACE)
            and after.cls is EntityClass.ORGANIZATION
        ):
            parties[-1] = after  # a country naming the body after it (中国商务部, "China's Ministry of …")
        elif _PARTY_JOIN.fullmatch(join):
            parties.append(after)
        else:
            break
    rest = mention.text[parties[-1].span.end - offset :]
    if (
        len(parties) < 2
        or any(p.cls not in _PARTY_CLASSES for p in parties)
        # (a zone named after its parties, "China–ASEAN Free Trade Area", is no paper)
        or not (after_kind or (_AFTER_PARTIES.match(rest) and _KIND_OF_TEXT.search(rest)))
    ):
        return
    subject = _PAPER_SUBJECT.search(rest)
    if subject is not None and _BODY_TAIL.search(rest[: subject.start()]):
        # the last party names a body the text does not name (意大利共和国经济发展部关于…): it did not sign
        parties.pop()
    for party in parties:
        emit(mention, P.SIGNED_WITH, party, rule="name-states-signers", confidence=0.7)


# What is left of a body's name after another body's name when both name one company: legal forms
# and generic words (华为 / 华为技术有限公司, "ZTE" / "ZTE Corporation")
_SAME_BODY_REST = re.compile(
    r"(?:[\s,.()（）]|技术|科技|集团|股份|有限|责任|公司|控股|通信|通讯|电信|网络|电子|信息|"
    r"technolog(?:y|ies)|group|holdings?|co\b|ltd\b|limited|inc\b|corp(?:oration)?\b|company|plc\b|llc\b|"
    r"communications?|telecommunications?)*",
    re.IGNORECASE,
)


# What names a part of the body whose name it follows: a secretariat, a committee, an office, a
# branch, a national company in brackets (中国联通（巴西）公司). A company named after its group
# ("China Mobile International") is left to what the text says of it.
# "Assembly of the African Union", "Secretariat of the Pacific Community": an organ of the body
# its name ends with
_ORGAN_OF = re.compile(
    r"(?:the\s+)?(?:(?:general|executive|permanent)\s+)?(?:assembly|commission|council|secretariat|parliament|court|"
    r"bureau|conference)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PART_OF_BODY = re.compile(
    r"(?:秘书处|秘书局|委员会|理事会|办公室|办公厅|分公司|分部|分会|分行|分院|代表处|专业协会|专委会|工作组|分中心|"
    r"secretariat|commission|committee|council|office|bureau|branch|chapter)$"
    r"|^\s*[(（][^()（）]+[)）]\s*(?:有限)?公司$",
    re.IGNORECASE,
)


# A ministry's department: 商务部电子商务和信息化司 (I 168), 外交部亚洲司 (K 210), 工信部国际合作司 (M 247)
_MINISTRY_DEPARTMENT = re.compile(r"(?<!公)司$")
_MINISTRY = re.compile(r"(?:部|军队|武装部队|army|armed\s+forces|navy|air\s+force)$", re.IGNORECASE)
_AGENCY = re.compile(r"(?:局|署|agency)$", re.IGNORECASE)
# a body set up for a field: a centre, an institute, a laboratory, an alliance
_FIELD_BODY = re.compile(
    r"(?:中心|研究院|研究所|实验室|联盟|centre|center|institute|laboratory|lab|alliance)$", re.IGNORECASE
)
# a country's mission abroad: 中国驻老挝使馆, 驻卡拉奇总领事馆
_MISSION = re.compile(r"驻.{1,12}(?:大使馆|使馆|总领事馆|领事馆|代表处|办事处|代表团)$")


_UNIT_OF = re.compile(
    r"\b(?:association|committee|commission|council|secretariat|department|bureau|office|branch|division|"
    r"chapter|working\s+group|subcommittee|institute|academy)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_IN_PLACE_END = re.compile(r"\S\s+in\s+(?:the\s+)?$", re.IGNORECASE)


def _english_unit_and_place(mention: Mention, inner: Sequence[Mention], emit: _Emit) -> None:
    """ "the Digital Economy Professional Association of the Chinese Chamber of Commerce in
    Cambodia" is part of the Chamber, and the Chamber (or a body named so alone) is in Cambodia."""
    ending = [m for m in inner if m.span.end == mention.span.end]
    place = next((m for m in ending if m.cls in (EntityClass.COUNTRY, EntityClass.PLACE)), None)
    parent = next(
        (
            m
            for m in ending
            if m.cls is EntityClass.ORGANIZATION
            and _UNIT_OF.search(mention.text[: m.span.start - mention.span.start])
        ),
        None,
    )
    holder = mention
    if parent is not None:
        emit(mention, P.PART_OF, parent, rule="name-states-parent", confidence=0.7)
        holder = parent
    if place is not None and holder.span.start < place.span.start:
        before = mention.text[holder.span.start - mention.span.start : place.span.start - mention.span.start]
        if _IN_PLACE_END.search(before):
            emit(holder, P.LOCATED_IN, place, rule="name-states-place", confidence=0.7)


# a public body or a school named for where it is: "Bank of Thailand", "Central Bank of the UAE",
# "National Polytechnic Institute of Cambodia", "Hong Kong Monetary Authority", 天津市教育委员会,
# 天津中德应用技术大学 (a company named after a country, 中国电信, says nothing about where it is)
_PUBLIC_BODIES = (
    "bank|authority|institute|university|college|academy|school|commission|government|administration|"
    "regulator|exchange"
)
_PUBLIC_BODY_OF = re.compile(
    rf"\b(?:{_PUBLIC_BODIES}|council|museum|library|hospital|corporation)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
_PUBLIC_BODY_HEAD = re.compile(
    rf"(?:\b(?:{_PUBLIC_BODIES})(?:\s+of\s+[\w\s-]+)?|人民政府|政府|委员会|教育局|大学|学院|研究所|研究院|银行|交易所)$",
    re.IGNORECASE,
)
# opening a public body's name, a country states where it is only when it is no arm of the
# government (a ministry is part of its country: name-states-country) and no bank named after a
# region (亚洲开发银行 is not in Asia)
_REGION_NAME = re.compile(
    r"^(?:亚洲|非洲|欧洲|美洲|拉美|中东|东南亚|中亚|南亚|西亚|北非|东非|西非|亚太|欧亚|阿拉伯|"
    r"(?:the\s+)?(?:asia|africa|europe|america|latin|middle\s+east|south|east|west|north|central|pacific|caribbean|"
    r"arab|eurasia|asian|african|european))",
    re.IGNORECASE,
)
_NATIONAL_ARM = re.compile(r"(?:部|委|委员会|局|厅|办|署|办公室|ministry|department)$", re.IGNORECASE)
# Opening names that do not seat the body: a college named after its town or country carries the
# name as a brand (天津铁道职业技术学院 teaches abroad, 老挝邮电技术学院), and a country's adjective
# ("the Nigerian Investment Promotion Commission", "Ethiopian Space Science and Technology
# Institute") makes the body national, which readers do not take for a statement of its seat.
_COLLEGE = re.compile(r"(?:学院|\bcollege)$", re.IGNORECASE)
_DEMONYM = re.compile(r"[a-z](?:ian|ean|ese|ish)$")


# a place's government is that place's, not a body seated there: 福建省人民政府 (C 51, O 286),
# 昆明市人民政府 (K), 深圳市人民政府 (S), 南宁市人民政府 (U), 尼日利亚联邦政府 (M), "the Punjab
# government" (E) are not annotated as located in their place (G 131 and Q 328 are the exceptions)
_EN_AND = re.compile(r"\s+and\s+(?:the\s+)?")
# a ministry or a department named "… of" its country
_MINISTRY_OF = re.compile(r"\b(?:ministry|department)\b.*\bof\s+(?:the\s+)?$", re.IGNORECASE)
_GOVERNMENT_OF_PLACE = re.compile(r"(?:政府|\bgovernment)$|^(?:the\s+)?government\s+of\b", re.IGNORECASE)


def _public_body_place(mention: Mention, inner: Sequence[Mention], emit: _Emit) -> None:
    """A public body, a bank or a school is in the country or the place its name is of ("Bank of
    Thailand") or opens with ("Hong Kong Monetary Authority", 天津市教育委员会)."""
    places = [m for m in inner if m.cls in (EntityClass.COUNTRY, EntityClass.PLACE)]
    if not places or _GOVERNMENT_OF_PLACE.search(mention.text):
        return
    last, first = places[-1], places[0]
    if last.span.end == mention.span.end and _PUBLIC_BODY_OF.search(
        mention.text[: last.span.start - mention.span.start]
    ):
        emit(mention, P.LOCATED_IN, last, rule="name-states-seat", confidence=0.7)
        return
    if first.span.start != mention.span.start or _PUBLIC_BODY_HEAD.search(mention.text) is None:
        return
    if first.cls is EntityClass.COUNTRY and _NATIONAL_ARM.search(mention.text):
        return
    if first.cls is EntityClass.PLACE and _REGION_NAME.search(first.text):
        return
    if _COLLEGE.search(mention.text) or (first.cls is EntityClass.COUNTRY and _DEMONYM.search(first.text)):
        return
    emit(mention, P.LOCATED_IN, first, rule="name-states-seat", confidence=0.65)


def _organization_name_relations(mention: Mention, inner: Sequence[Mention], emit: _Emit) -> None:
    """巴基斯坦信息技术部 is part of Pakistan; 阿拉伯国家联盟秘书处, 中国联通（巴西）公司, "Orange
    Marine" are part of the body whose name opens theirs (a company or a university named after a
    country, 中国传媒大学, says nothing about where it is)."""
    if _MISSION.search(mention.text):
        # 中国驻老挝使馆 is in Laos
        for place in inner:
            offset = place.span.start - mention.span.start
            if (
                place.cls in (EntityClass.COUNTRY, EntityClass.PLACE)
                and mention.text[offset - 1 : offset] == "驻"
            ):
                emit(mention, P.LOCATED_IN, place, rule="name-states-mission", confidence=0.75)
            elif (
                place.cls is EntityClass.COUNTRY
                and place.span.start == mention.span.start
                and mention.text[place.span.end - mention.span.start :].startswith("驻")
            ):
                # 中国驻悉尼总领事馆 (N 267), 阿富汗驻华使馆 (R 347) are their country's own
                emit(mention, P.PART_OF, place, rule="name-states-mission-country", confidence=0.7)
    if _FIELD_BODY.search(mention.text) and mention.source != "lexicon":
        # 中国—金砖国家人工智能发展与合作中心 is about AI
        for tech in inner:
            if tech.cls is EntityClass.TECHNOLOGY and _KIND_OF_WORK.search(tech.text) is None:
                emit(mention, P.ABOUT, tech, rule="name-states-field", confidence=0.65)
    _english_unit_and_place(mention, inner, emit)
    _public_body_place(mention, inner, emit)
    last = inner[-1]
    if (
        last.cls is EntityClass.COUNTRY
        and last.span.end == mention.span.end
        and _MINISTRY_OF.search(mention.text[: last.span.start - mention.span.start])
    ):
        # "the Ministry of Foreign Affairs of Kenya", "the Survey Department of Sri Lanka" are part of
        # their country, as 肯尼亚外交部 is (all 7 such names in the sets)
        emit(mention, P.PART_OF, last, rule="name-states-country-of", confidence=0.7)
    if (
        last.cls is EntityClass.ORGANIZATION
        and last.span.end == mention.span.end
        and _ORGAN_OF.match(mention.text[: last.span.start - mention.span.start])
    ):
        emit(mention, P.PART_OF, last, rule="name-states-organ", confidence=0.7)
    first = inner[0]
    if first.span.start != mention.span.start:
        return
    if (
        first.cls is EntityClass.COUNTRY
        and _GOVERNMENT_HEAD.search(mention.text)
        # ("the Nigerian Investment Promotion Commission", "the Egyptian Space Agency": an adjective
        # makes the body national, not an arm of the government)
        and not _DEMONYM.search(first.text)
        # (a ministry or an agency the lexicon knows, 老挝技术与通信部, 玻利维亚航天局, is as much a part
        # of its country; a commission or an authority it knows may stand apart from the government)
        and (mention.source != "lexicon" or _MINISTRY.search(mention.text) or _AGENCY.search(mention.text))
    ):
        emit(mention, P.PART_OF, first, rule="name-states-country", confidence=0.7)
    elif first.cls is EntityClass.ORGANIZATION:
        rest = mention.text[first.span.end - mention.span.start :]
        if _SAME_BODY_REST.fullmatch(rest) is None and (
            _PART_OF_BODY.search(rest)
            or _COMPANY_ARM_REST.fullmatch(rest)
            or (_MINISTRY_DEPARTMENT.search(rest) and first.text.endswith("部"))
        ):
            # (阿拉伯国家联盟秘书处, known to the lexicon or not, is part of the League)
            emit(mention, P.PART_OF, first, rule="name-states-parent", confidence=0.7)
            if len(inner) > 1 and _branch_in(mention, first, inner[1]):
                # 华为智利分公司, 中国银行万象分行: a branch named after where it is is there
                emit(mention, P.LOCATED_IN, inner[1], rule="name-states-branch-place", confidence=0.65)
        elif len(inner) > 1 and _national_branch(mention, first, inner[1]):
            emit(mention, P.PART_OF, first, rule="name-states-branch", confidence=0.7)
            if has_cjk(mention.text):
                # 华为马来西亚公司 is in Malaysia; readers take "Huawei Kenya", "Telenor Pakistan" for
                # a company's name, not for a statement of where it is (half of them, C-J)
                emit(mention, P.LOCATED_IN, inner[1], rule="name-states-branch-place", confidence=0.65)
        elif _SAME_BODY_REST.fullmatch(rest) is None:
            # "BIS Innovation Hub", 中国科学院曼谷创新合作中心, 中国人民银行数字货币研究所: a body named by
            # another body's name and more is mostly that body's (180 of 228 such pairs in the sets)
            emit(mention, P.PART_OF, first, rule="name-states-body-part", confidence=0.6)


_BRANCH_WORD = re.compile(r"\s*(?:分公司|分行|分部|代表处|branch|office)$", re.IGNORECASE)
# A company's arm named by the company's name and what the arm is: "Huawei Cloud" (Q 321, R 344),
# "Alibaba Cloud" (C 44, K 205), "China Mobile International" (H 145, L 225, P 305), "China Telecom
# Global" (D 64, J 190, N 265), "Tencent Cloud International" (I 163), 华为国际有限公司 (R 351)
_COMPANY_ARM_REST = re.compile(
    r"\s*(?:cloud|international|global|云|国际)"
    r"(?:\s*(?:limited|ltd\.?|pte\.?\s*ltd\.?|co\.?,?\s*ltd\.?|inc\.?|有限公司|公司))?",
    re.IGNORECASE,
)


def _company_arm(mention: Mention, lexicon: Lexicon, named: set[str], doc: Document) -> Mention | None:
    """The company whose arm a body the lexicon knows is, by its name ("Huawei Cloud" → Huawei),
    when the document names that company too: the nearest parent whose name opens the arm's."""
    parents = [
        found
        for found in _lexicon_names(lexicon, mention.text)
        if found.start == 0
        and found.cls is EntityClass.ORGANIZATION
        and found.entry_id != mention.key
        and found.entry_id in named
        and _COMPANY_ARM_REST.fullmatch(mention.text[found.end :]) is not None
    ]
    if not parents:
        return None
    parent = max(parents, key=lambda found: found.end)
    return Mention(
        doc_id=doc.id,
        span=Span(mention.span.start, mention.span.start + parent.end),
        text=mention.text[: parent.end],
        cls=EntityClass.ORGANIZATION,
        lang=mention.lang,
        key=parent.entry_id,
        source="lexicon",
        confidence=0.9,
    )


def _branch_in(mention: Mention, parent: Mention, place: Mention) -> bool:
    """Whether the name is a branch of ``parent`` in ``place``: the place right after the parent's
    name, and a word for a branch after it (华为智利分公司)."""
    start, end = place.span.start - mention.span.start, place.span.end - mention.span.start
    return (
        place.cls in (EntityClass.COUNTRY, EntityClass.PLACE)
        and not mention.text[parent.span.end - mention.span.start : start].strip()
        and _BRANCH_WORD.fullmatch(mention.text[end:]) is not None
    )


def _national_branch(mention: Mention, parent: Mention, place: Mention) -> bool:
    """华为柬埔寨公司, "Huawei Thailand": a company named after its parent and the country (or the
    place) it works in, with nothing more than a legal form after it."""
    if (
        place.cls not in (EntityClass.COUNTRY, EntityClass.PLACE)
        or mention.text[parent.span.end - mention.span.start : place.span.start - mention.span.start].strip()
    ):
        return False
    return _SAME_BODY_REST.fullmatch(mention.text[place.span.end - mention.span.start :]) is not None


def _known_linear(mention: Mention, lexicon: Lexicon | None) -> bool:
    """Whether the lexicon entry a work's mention names has a name of a cable or a road."""
    entry = _entry_of(mention, lexicon)
    return entry is not None and any(_LINEAR_WORK.search(name) for _, name in entry.names())


# Of the known public bodies a name ties to a country, only a central bank or a monetary authority
# (the lexicon entry's kind says so: 泰国央行, "Central Bank of the UAE", "Hong Kong Monetary
# Authority") is read as being there: a bank, an academy or a regulator with its country in its name
# (中国进出口银行, 中国信息通信研究院, "Pakistan Telecommunication Authority") carries the country
# as part of a proper name, and readers do not take it for a statement of where the body is.
def _known_seat(
    mention: Mention, inside: Sequence[Mention], lexicon: Lexicon | None, emitter: _Emitter, doc: Document
) -> Mention | None:
    """A country's monetary authority the lexicon knows is in that country when its name names it
    ("Bank of Thailand", "Hong Kong Monetary Authority"): the text states it in passing. A company
    or another body named after its country (中国电信, 中国进出口银行, "Telecom Egypt") is not read
    so. Returns the country's mention inside the name, if any, for any known public body."""
    entry = _entry_of(mention, lexicon)
    country = entry.country if entry is not None else None
    if country is None or _PUBLIC_BODY_HEAD.search(mention.text) is None:
        return None
    named = [
        Mention(
            doc_id=doc.id,
            span=Span(mention.span.start + start, mention.span.start + end),
            text=mention.text[start:end],
            cls=cls,
            lang=mention.lang,
            key=entry_id,
            source="lexicon",
            confidence=0.9,
        )
        for start, end, cls, entry_id, _ in (_lexicon_names(lexicon, mention.text) if lexicon else ())
        if end - start < len(mention.text)
    ]
    for inner in (*inside, *named):
        if inner.key == country and inner.cls in (EntityClass.COUNTRY, EntityClass.PLACE):
            if entry is not None and entry.kind == "central_bank":
                sentence = doc.sentence_at(mention.span.start)
                evidence = sentence.span if sentence else mention.span
                emitter.emit(
                    mention, P.LOCATED_IN, inner, evidence=evidence, rule="known-seat-named", confidence=0.7
                )
                # a central bank is also an institution of its state, as a ministry is ("The central
                # banks of China and Thailand": M 241, M 250, O 291, Q 323)
                if inner.cls is EntityClass.COUNTRY:
                    emitter.emit(
                        mention,
                        P.PART_OF,
                        inner,
                        evidence=evidence,
                        rule="known-central-bank-state",
                        confidence=0.7,
                    )
            return inner
    return None


def _learned(mention: Mention, lexicon: Lexicon | None) -> bool:
    """Whether the lexicon knows the name only from the annotated sets (``kg.lexicon.harvest``):
    such a name is read for what it states as a name found in the text is."""
    entry = _entry_of(mention, lexicon)
    return entry is not None and entry.origin == "learned"


def decompose_names(
    doc: Document, mentions: Sequence[Mention], lexicon: Lexicon | None
) -> tuple[tuple[Relation, ...], tuple[Mention, ...]]:
    """Relations that a name states, and the inner mentions it was read from.

    中巴跨境光缆 / "China–Pakistan cable" connects both countries; 卡拉奇至拉合尔高速公路 connects
    both cities; 中国移动（新疆）数据中心 is operated by China Mobile and located in Xinjiang;
    克拉玛依云计算产业园区 is about cloud computing; 上海合作组织…会议 is part of the SCO;
    《…试验区实施方案》 is about the pilot zone it names.
    """
    emitter = _Emitter()
    # (containers keyed by plain offsets, not Span objects: a dataclass hash is computed in Python)
    new_mentions: dict[tuple[int, int], Mention] = {}
    import ahocorasick_rs  # a compiled extension: loaded when names are first decomposed

    outer = [m for m in mentions if m.source != "compound"]
    # Names the document uses elsewhere, looked for inside longer names (one per surface).
    known_names = {
        m.text: m
        for m in outer
        if len(m.text) >= 2 and m.cls is not EntityClass.PERSON and m.source != "descriptor"
    }
    surface_names = list(known_names)
    surfaces = (
        ahocorasick_rs.AhoCorasick(surface_names, matchkind=ahocorasick_rs.MatchKind.Standard)
        if surface_names
        else None
    )
    known_spans = {(m.span.start, m.span.end) for m in mentions}
    named_bodies = {m.key for m in outer if m.key and m.cls is EntityClass.ORGANIZATION}
    inside: dict[tuple[int, int], list[Mention]] = defaultdict(list)
    holders = sorted(outer, key=lambda m: m.span.start)
    starts = [m.span.start for m in holders]
    for compound in (m for m in mentions if m.source == "compound"):
        index = bisect_right(starts, compound.span.start) - 1
        # the holder is the outer mention starting last at or before the compound, or one before it
        for holder in holders[max(0, index - 2) : index + 1][::-1]:
            if holder.span.contains(compound.span):
                inside[(holder.span.start, holder.span.end)].append(compound)
                break
    for mention in outer:
        if (
            mention.cls
            not in (
                EntityClass.PROJECT,
                EntityClass.EVENT,
                EntityClass.AGREEMENT,
                EntityClass.INITIATIVE,
                EntityClass.ORGANIZATION,
            )
            or len(mention.text) < 2
        ):
            continue
        if (
            mention.cls is EntityClass.ORGANIZATION
            and mention.source == "lexicon"
            and not _learned(mention, lexicon)
            and not _international(mention, lexicon)
            and _MINISTRY.search(mention.text) is None
            and _PART_OF_BODY.search(mention.text) is None
        ):
            # of the bodies the lexicon knows, only ministries are read for their country; any other
            # is in the country the lexicon gives it when its name says so ("Bank of Thailand")
            compounds = inside.get((mention.span.start, mention.span.end), ())
            seat = _known_seat(mention, compounds, lexicon, emitter, doc)
            if seat is not None and (seat.span.start, seat.span.end) not in known_spans:
                new_mentions.setdefault((seat.span.start, seat.span.end), seat)
            parent = _company_arm(mention, lexicon, named_bodies, doc) if lexicon is not None else None
            if parent is not None:
                sentence = doc.sentence_at(mention.span.start)
                emitter.emit(
                    mention,
                    P.PART_OF,
                    parent,
                    evidence=sentence.span if sentence else mention.span,
                    rule="known-company-arm",
                    confidence=0.7,
                )
                if (parent.span.start, parent.span.end) not in known_spans:
                    new_mentions.setdefault((parent.span.start, parent.span.end), parent)
            continue
        inner = _inner_names(
            mention,
            inside.get((mention.span.start, mention.span.end), ()),
            surfaces=surfaces,
            surface_names=surface_names,
            known_names=known_names,
            lexicon=lexicon,
            doc=doc,
        )
        if mention.source == "lexicon" and _international(mention, lexicon):
            # (联合国大会 is the UN's organ for a report that names the UN; one that does not is about
            # the assembly alone, and the UN is no thing of it; nor are the places the body's name
            # holds, Shanghai in the Shanghai Cooperation Organisation)
            inner = [m for m in inner if m.cls is EntityClass.ORGANIZATION and m.key in named_bodies]
        if not inner:
            continue
        sentence = doc.sentence_at(mention.span.start)
        evidence = sentence.span if sentence else mention.span
        for m in inner:
            offsets = (m.span.start, m.span.end)
            if m.source == "compound" or offsets not in known_spans:
                new_mentions.setdefault(offsets, m)
        emit = partial(emitter.emit, evidence=evidence)
        if mention.cls is EntityClass.PROJECT:
            _project_name_relations(mention, inner, emit, known_linear=_known_linear(mention, lexicon))
        elif mention.cls is EntityClass.EVENT:
            _event_name_relations(mention, inner, emit)
        elif mention.cls in (EntityClass.AGREEMENT, EntityClass.INITIATIVE):
            if mention.cls is EntityClass.INITIATIVE:
                _initiative_name_relations(mention, inner, emit)
            else:
                _agreement_name_parties(mention, inner, emit)
            # a field named inside a work named inside (《…大数据综合试验区实施方案》) is that work's
            works = [m for m in inner if m.cls in _WORK_CLASSES]
            for named in inner:
                if named.span.end >= mention.span.end and _KIND_OF_TEXT.fullmatch(named.text):
                    continue  # the kind the name ends with (中乌联合声明 is a 联合声明, not about one)
                # (an agreement on an initiative, "a memorandum of understanding on the Belt and Road
                # Initiative", is about it)
                on_initiative = named.cls is EntityClass.INITIATIVE and mention.cls is EntityClass.AGREEMENT
                if (
                    on_initiative
                    or named.cls in (EntityClass.PROJECT, EntityClass.AGREEMENT)
                    or (
                        named.cls is EntityClass.TECHNOLOGY
                        and _KIND_OF_WORK.search(named.text) is None
                        and not any(work.span.contains(named.span) for work in works)
                    )
                ):
                    emit(mention, P.ABOUT, named, rule="name-states-subject", confidence=0.75)
        else:
            _organization_name_relations(mention, inner, emit)
    return emitter.relations(), tuple(sorted(new_mentions.values(), key=lambda m: m.span.start))


# ----------------------------------------------------------------------------- driver


def _sentences(doc: Document) -> Iterator[Sentence]:
    if doc.sentences:
        yield from doc.sentences
    else:
        yield Sentence(Span(0, len(doc.text)), doc.lang)


@lru_cache(maxsize=4)
def _patterns_for(lang: Lang) -> tuple[Pattern, ...]:
    # The pattern tables import Pattern from this module, so they are read when first needed.
    from kg.extract.relations_en import EN_PATTERNS
    from kg.extract.relations_topic import TOPIC_EN_PATTERNS, TOPIC_ZH_PATTERNS
    from kg.extract.relations_zh import ZH_PATTERNS

    if lang is Lang.ZH:
        return ZH_PATTERNS + TOPIC_ZH_PATTERNS
    if lang is Lang.EN:
        return EN_PATTERNS + TOPIC_EN_PATTERNS
    return ZH_PATTERNS + EN_PATTERNS + TOPIC_ZH_PATTERNS + TOPIC_EN_PATTERNS


@lru_cache(maxsize=4)
def _trigger_index(lang: Lang) -> tuple[ahocorasick_rs.AhoCorasick, list[tuple[int, ...]], frozenset[int]]:
    """An automaton over the patterns' trigger words, the pattern positions of each word (by the
    word's index), and the positions of the patterns that have no literal trigger and are always tried."""
    import ahocorasick_rs

    words: dict[str, list[int]] = defaultdict(list)
    always: set[int] = set()
    for position, pattern in enumerate(_patterns_for(lang)):
        if not pattern.trigger_words:
            always.add(position)
        for word in pattern.trigger_words:
            words[word].append(position)
    automaton = ahocorasick_rs.AhoCorasick(list(words), matchkind=ahocorasick_rs.MatchKind.Standard)
    return automaton, [tuple(positions) for positions in words.values()], frozenset(always)


_SPACE_RUN = re.compile(r"\s+")
_ODD_SPACE = re.compile(r"\s\s|[^\S ]")  # two spaces, or a space that is not " "


def _triggered(lang: Lang, skeleton: str) -> frozenset[int]:
    """Positions of the patterns whose trigger words occur in the skeleton (one automaton pass)."""
    automaton, positions, always = _trigger_index(lang)
    found = set(always)
    if _ODD_SPACE.search(skeleton):
        skeleton = _SPACE_RUN.sub(" ", skeleton)
    text = skeleton if lang is Lang.ZH else skeleton.casefold()
    for index, _, _ in automaton.find_matches_as_indexes(text, overlapping=True):
        found.update(positions[index])
    return frozenset(found)


@lru_cache(maxsize=2048)
def _applicable(lang: Lang, letters: frozenset[str]) -> frozenset[int]:
    """Positions of the patterns whose every slot group a sentence with these classes can fill."""
    return frozenset(
        position for position, pattern in enumerate(_patterns_for(lang)) if pattern.applies_to(set(letters))
    )


_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")


def _sentence_lang(sentence: Sentence, text: str) -> Lang:
    if sentence.lang is not Lang.MIXED:
        return sentence.lang
    return Lang.ZH if len(_HAN.findall(text)) * 2 >= len(_LATIN.findall(text)) else Lang.EN


_DETERMINERS_ZH = ("该", "这一", "此", "本", "这条", "上述")


# "the undersea cable", "this submarine cable system": the kind of work after a determiner
_EN_DETERMINED_WORK = re.compile(r"(?:^|\s)(?:the|this|that|its)\s$", re.IGNORECASE)
_EN_WORK_FIELD = re.compile(r"\bcables?(?:\s+system)?$", re.IGNORECASE)


def _determined_field(text: str, mention: Mention) -> bool:
    """A field name after a determiner is a reference, not the field: 该海缆 and "the undersea
    cable" are the cable itself."""
    if mention.cls is not EntityClass.TECHNOLOGY:
        return False
    if mention.text in _ZH_REF_NOUNS:
        return text[max(0, mention.span.start - 2) : mention.span.start].endswith(_DETERMINERS_ZH)
    return _EN_WORK_FIELD.search(mention.text) is not None and (
        _EN_DETERMINED_WORK.search(text, max(0, mention.span.start - 6), mention.span.start) is not None
    )


@dataclass(frozen=True, slots=True)
class DocumentView:
    """A document read sentence by sentence, with what it said so far (for topics)."""

    doc: Document
    sentences: tuple[SentenceView, ...]
    discourse: Discourse
    descriptions: tuple[Mention, ...] = ()


def _standalone_compounds(ordered: Sequence[Mention], outer: Sequence[Mention]) -> list[Mention]:
    """The compound mentions that no longer name holds."""
    starts = [m.span.start for m in outer]
    alone = []
    for compound in ordered:
        if compound.source != "compound":
            continue
        index = bisect_right(starts, compound.span.start) - 1
        if not any(holder.span.contains(compound.span) for holder in outer[max(0, index - 2) : index + 1]):
            alone.append(compound)
    return alone


_CONSORTIUM_WORD = re.compile(r"consortium|財團|财团|联合体|联营体", re.IGNORECASE)
_CONSORTIUM_REST = re.compile(r"[\s-]*(?:consortium|財團|财团|联合体|联营体)", re.IGNORECASE)


def _consortium_works(ordered: Sequence[Mention]) -> dict[tuple[int, int], Mention]:
    """Each body named as a work's consortium ("the SJC2 consortium", 亚非欧海缆财团), with its work:
    the work's name inside it, else the work of that name elsewhere in the document."""
    works_at: dict[int, list[Mention]] = defaultdict(list)
    works_named: dict[str, Mention] = {}
    for mention in ordered:
        if mention.cls in (EntityClass.PROJECT, EntityClass.INITIATIVE):
            works_at[mention.span.start].append(mention)
            works_named.setdefault(mention.text.casefold(), mention)
    consortia: dict[tuple[int, int], Mention] = {}
    for outer in ordered:
        rest = _CONSORTIUM_REST.search(outer.text)
        if outer.cls is not EntityClass.ORGANIZATION or rest is None or rest.end() != len(outer.text):
            continue
        name = outer.text[: rest.start()]
        inside = [w for w in works_at.get(outer.span.start, ()) if len(w.span) == len(name)]
        work = inside[0] if inside else works_named.get(name.casefold())
        if work is not None:
            consortia[(outer.span.start, outer.span.end)] = work
    return consortia


_ON_THE_END = re.compile(
    r"(?:\b(?:on|for|of|concerning|regarding)\s+(?:the\s+)?|关于|有关)[“\"「《]?$", re.IGNORECASE
)


def _ending_works(ordered: Sequence[Mention]) -> dict[tuple[int, int], Mention]:
    """Each agreement or event named after the work it is on ("a memorandum of understanding on
    the Belt and Road Initiative"), with that work: a clause after the name may be about it."""
    ends: dict[int, list[Mention]] = defaultdict(list)
    for mention in ordered:
        if mention.cls in (EntityClass.PROJECT, EntityClass.INITIATIVE):
            ends[mention.span.end].append(mention)
    found: dict[tuple[int, int], Mention] = {}
    for outer in ordered:
        if outer.cls not in (EntityClass.AGREEMENT, EntityClass.EVENT):
            continue
        for work in ends.get(outer.span.end, ()):
            if outer.span.start < work.span.start and _ON_THE_END.search(
                outer.text[: work.span.start - outer.span.start]
            ):
                found[(outer.span.start, outer.span.end)] = work
                break
    return found


def _add_named(discourse: Discourse, mention: Mention, holder: Mention | None) -> Mention:
    """Count ``mention`` as named, unless it lies inside the longer name before it: the 世界互联网大会
    of 世界互联网大会亚太峰会 names the summit, and does not make the conference the report's topic.
    Returns the name later mentions may lie inside."""
    if holder is not None and holder.span.contains(mention.span) and len(holder.span) > len(mention.span):
        return holder
    discourse.add(mention)
    return mention


def read_sentences(doc: Document, mentions: Sequence[Mention]) -> DocumentView:
    """Turn each sentence into slots and a skeleton, resolving references to earlier mentions.

    ``mentions`` are the document's mentions; compound mentions inside a longer name (the 中 and
    巴 of 中巴跨境光缆) and mentions that overlap an earlier one are not slots, but a compound
    standing alone (中老两国, 中巴双方) is: one slot per country, read as a list.
    """
    ordered = sorted(mentions, key=lambda m: (m.span.start, -len(m.span)))
    outer = [m for m in ordered if m.source != "compound"]
    outer = sorted(
        [*outer, *_standalone_compounds(ordered, outer)], key=lambda m: (m.span.start, -len(m.span))
    )
    discourse = Discourse()
    discourse.groups = _coordinated_groups(doc.text, ordered)
    discourse.consortium_works = _consortium_works(ordered)
    discourse.ending_works = _ending_works(ordered)
    views: list[SentenceView] = []
    cursor = 0
    holder: Mention | None = None
    previous: Mention | None = None
    antecedent: Mention | None = None
    descriptions: list[Mention] = []
    for sentence in _sentences(doc):
        start, end = sentence.span.start, sentence.span.end
        while cursor < len(outer) and outer[cursor].span.start < start:
            holder = _add_named(discourse, outer[cursor], holder)
            cursor += 1
        inside: list[Mention] = []
        while cursor < len(outer) and outer[cursor].span.start < end:
            mention = outer[cursor]
            if mention.span.end <= end and (not inside or mention.span.start >= inside[-1].span.end):
                inside.append(mention)
            holder = _add_named(discourse, mention, holder)
            cursor += 1
        text = doc.text[start:end]
        lang = _sentence_lang(sentence, text)
        inside = [m for m in inside if not _determined_field(doc.text, m)]
        slots = [Slot(m.span, m) for m in inside]
        if text:
            slots.extend(
                _reference_slots(
                    text,
                    start,
                    list(slots),
                    discourse,
                    lang=lang,
                    antecedent=antecedent,
                    descriptions=descriptions,
                )
            )
        if lang is Lang.EN and text:
            discourse.unnamed.update(
                " ".join(found.group("phrase").split()) for found in _EN_UNNAMED.finditer(text.lower())
            )
        slots.sort(key=lambda s: s.span.start)
        skeleton, folded, positions = _skeleton(text, start, slots, lang)
        subject = _subject(slots, skeleton, positions, lang, previous)
        views.append(SentenceView(sentence, lang, tuple(slots), skeleton, positions, subject, folded))
        if lang is Lang.EN:
            _remember_titles(views[-1], discourse)
        if subject is not None:
            discourse.subjects.add(Discourse._key(subject.mention))
            previous = subject.mention
            antecedent = subject.mention
            if subject.mention.cls not in _PRONOUN_CLASSES:
                things = [slot.mention for slot in slots if slot.mention.cls in _THING_CLASSES]
                antecedent = things[-1] if things else antecedent
    return DocumentView(doc, tuple(views), discourse, tuple(descriptions))


def find_relations(
    doc: Document,
    mentions: Sequence[Mention],
    lexicon: Lexicon | None = None,
    view: DocumentView | None = None,
) -> tuple[tuple[Relation, ...], tuple[Mention, ...]]:
    """The relations of a document, and the inner mentions that name decomposition read.

    ``mentions`` are the document's mentions, sorted; ``view`` is ``read_sentences(doc,
    mentions)`` when the caller has it already.
    """
    view = view or read_sentences(doc, mentions)
    view.discourse.lead_subjects = tuple(
        sentence.subject
        for sentence in view.sentences
        if sentence.sentence.span.start < _LEAD_CHARACTERS and sentence.subject is not None
    )
    emitter = _Emitter()
    name_relations, inner_mentions = decompose_names(doc, mentions, lexicon)
    for relation in name_relations:
        emitter.emit(
            relation.subject,
            relation.predicate,
            relation.object,
            evidence=relation.evidence,
            rule=relation.rule,
            confidence=relation.confidence,
        )
    for sentence in view.sentences:
        if not sentence.slots:
            continue
        letters = frozenset(slot.letter for slot in sentence.slots)
        patterns = _patterns_for(sentence.lang)
        triggered = _triggered(sentence.lang, sentence.folded or sentence.skeleton)
        for position in sorted(triggered & _applicable(sentence.lang, letters)):
            _apply(patterns[position], sentence, view.discourse, emitter)
        _adjacency(sentence, emitter, lexicon)
        _agreement_settings(sentence, view.discourse, emitter)
    _signers_at_ceremony(view, emitter)
    _speakers_at_meeting(view, emitter)
    _bare_title_heads(view, emitter, lexicon)
    if lexicon is not None:
        from kg.extract.relations_known import known_relations  # (it reads this module's views)

        for relation in known_relations(view, lexicon):
            emitter.emit(
                relation.subject,
                relation.predicate,
                relation.object,
                evidence=relation.evidence,
                rule=relation.rule,
                confidence=relation.confidence,
            )
    return emitter.relations(), inner_mentions
