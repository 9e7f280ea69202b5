"""Facts: each date and amount of a document attached to the entity it describes, with an attribute.

Attachment, most specific first:
1. the name the value modifies: "The 820-km underground cable" (a reference slot that contains
   the value) → the cable it resolves to;
2. a possessive right before the value: 中国—东盟自由贸易区的19亿人口, "ASEAN's ten member states",
   and in Chinese a name right before it (东盟十国, 论坛13日开幕; not a dateline's place);
3. for a date, the most salient thing of its sentence (a project, agreement or initiative, then
   an event, then an organization), the nearest one first: 项目于2011年发起 → the project; a
   ceremony's date is also the date of the work it inaugurated;
4. for a cost, a work of its sentence, never its builder; for what measures a work (a length, a
   capacity, a latency, a share, a count of the countries or stations on a route), the work of
   its clause, else the one before it in the sentence;
5. for an amount, the subject of its sentence: 中国交建…修建了10320公里的公路 → 中国交建;
6. a value whose sentence names only places belongs to the document's work ("The landings at
   Karachi and Zafarana were completed in March and December 2021").

The attribute comes from the trigger words next to the value (签署/signed → ``signed``,
发起/launched → ``launched``, 贯通/inaugurated → ``inaugurated`` …) or, for amounts, from what
they measure (``length``, ``investment``, ``capacity``, ``population``, ``count`` …).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from decimal import Decimal
from functools import lru_cache

from kg.extract.amounts import AmountMention, find_amounts
from kg.extract.dates import DateMention, find_dates
from kg.extract.names_editions import edition_number
from kg.extract.relations import LETTER, UNNAMED_PLURAL, Discourse, DocumentView, SentenceView, Slot
from kg.model import DateValue, EntityClass, Fact, Mention, Predicate, Quantity, Relation, Span

__all__ = ["attach_facts", "find_facts"]

_DATE_TRIGGER_WORDS: tuple[tuple[str, str], ...] = (
    ("signed", r"签署|签订|签约|缔结|signed|signing|inked"),
    ("launched", r"发起|启动|开工|launch(?:ed|es|ing)?|initiated|started|kicked\s+off|began|begun"),
    ("inaugurated", r"贯通|开通|落成|通车|开设|揭牌|inaugurat\w*|opened"),
    ("announced", r"宣布|发表|发布|announced|unveiled"),
    (
        "commissioned",
        r"投入运行|投入运营|投入使用|投入商用|正式运营|投运|投产|commission\w*|operational|in\s+service|go\s+live|"
        r"commercial\s+(?:operations?|service)|"
        r"ready[\s-]+for[\s-]+service",
    ),
    ("approved", r"批准|获批|核准|approved|approval"),
    ("completed", r"建成|竣工|完工|completed|finished|completion"),
    ("established", r"成立|设立|established|founded|set(?:ting)?\s+up|created"),
    ("landed", r"登陆|landed|landing"),
    ("proposed", r"提出|proposed|put\s+forward"),
)
# (each word starts with a letter: a look-ahead on the first letters lets the scan skip the rest fast)
_TRIGGER_ALTERNATION = "(?=[{}])(?:{})".format(
    "".join(
        sorted(
            {
                re.escape(alternative[0])
                for _, words in _DATE_TRIGGER_WORDS
                for alternative in words.split("|")
            }
        )
    ),
    "|".join(f"(?P<{name}>{words})" for name, words in _DATE_TRIGGER_WORDS),
)
_TRIGGER_ORDER = {name: order for order, (name, _) in enumerate(_DATE_TRIGGER_WORDS)}
# one pass over the lowercased clause finds every trigger word, named by its group
_DATE_TRIGGERS = re.compile(_TRIGGER_ALTERNATION)
_MONEY_INVESTMENT = re.compile(
    r"投资|出资|造价|耗资|融资|贷款|资金|invest\w*|cost\w*|fund\w*|financ\w*|loans?|worth", re.I
)
_DATE_RANK = {
    EntityClass.PROJECT: 0,
    EntityClass.AGREEMENT: 0,
    EntityClass.INITIATIVE: 0,
    EntityClass.EVENT: 1,
    EntityClass.ORGANIZATION: 2,
}
_AMOUNT_HOLDERS = frozenset(
    {
        EntityClass.PROJECT,
        EntityClass.ORGANIZATION,
        EntityClass.COUNTRY,
        EntityClass.PLACE,
        EntityClass.INITIATIVE,
        EntityClass.AGREEMENT,
        EntityClass.EVENT,
    }
)
_POSSESSIVE_ZH = re.compile(r"^的\s*$")
_POSSESSIVE_EN = re.compile(r"^['’]s\s+(?:[a-z-]+\s+){0,2}$")


def _date_attribute(text: str, value_start: int, value_end: int) -> str:
    """The trigger word closest to the value in its clause, else ``date``."""
    clause_start = max(text.rfind(mark, 0, value_start) for mark in "，,；;。") + 1
    ends = [i for i in (text.find(mark, value_end) for mark in "，,；;。") if i >= 0]
    clause_end = min(ends) if ends else len(text)
    clause = text[clause_start:clause_end]
    best = _nearest_trigger(text, clause_start, clause, value_start, value_end)
    if best is None:  # "In 2020, A and B signed …": the trigger is in the next clause
        window_start = max(0, value_start - 40)
        best = _nearest_trigger(
            text, window_start, text[window_start : value_end + 40], value_start, value_end
        )
    return best[1] if best else "date"


def _nearest_trigger(
    text: str, offset: int, piece: str, value_start: int, value_end: int
) -> tuple[int, str] | None:
    """The trigger word nearest the value (the first trigger kind among equals), by distance."""
    best: tuple[int, int, str] | None = None
    lowered = piece.lower()
    for match in _DATE_TRIGGERS.finditer(lowered if len(lowered) == len(piece) else piece):
        name = match.lastgroup or ""
        start = offset + match.start()
        distance = abs(value_start - start if start < value_start else start - value_end)
        candidate = (distance, _TRIGGER_ORDER[name], name)
        if best is None or candidate < best:
            best = candidate
    return (best[0], best[2]) if best else None


def _amount_attribute(amount: AmountMention, text: str, value_start: int) -> str:
    if amount.kind == "money":
        window = text[max(0, value_start - 12) : value_start]
        return "investment" if _MONEY_INVESTMENT.search(window) else "value"
    return {
        "length": "length",
        "capacity": "capacity",
        "power": "capacity",
        "population": "population",
        "area": "area",
        "percent": "share",
        "count": "count",
        "position": "orbital_position",
    }.get(amount.kind, amount.kind)


_CLAUSE_MARK_CHARACTERS = re.compile(r"[，；;。,]")  # (not the comma of 37,000)
# "opened the centre on Monday, September 14": a weekday and its date are one time, one clause
_WEEKDAY_BEFORE = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$")


@lru_cache(maxsize=4)
def _clause_marks(text: str) -> list[int]:
    """Where the commas and semicolons of a document text are (found once per document)."""
    last = len(text) - 1
    return [
        i
        for i in (match.start() for match in _CLAUSE_MARK_CHARACTERS.finditer(text))
        if text[i] != ","
        or not (
            (0 < i < last and text[i - 1].isdigit() and text[i + 1].isdigit())
            or _WEEKDAY_BEFORE.search(text, max(0, i - 9), i)
        )
    ]


@lru_cache(maxsize=256)  # (each value's clause is asked for by several rules)
def _clause(text: str, span: Span) -> Span:
    """The clause (between commas and semicolons, 200 characters at most each side) of the
    document text around ``span``."""
    marks = _clause_marks(text)
    before = bisect_left(marks, span.start)
    start = (
        marks[before - 1] + 1
        if before and marks[before - 1] >= span.start - 200
        else max(0, span.start - 200)
    )
    after = bisect_left(marks, span.end)
    end = marks[after] if after < len(marks) and marks[after] < span.end + 200 else span.end + 200
    return Span(start, end)


# What a work (a cable, a road, a centre) is measured by: its length, capacity, latency, cost,
# and counts of the places on its route
_WORK_MEASURES = frozenset({"length", "capacity", "money", "latency", "percent"})
_PHYSICAL_MEASURES = frozenset({"length", "capacity", "latency"})
_ROUTE_COUNTS = re.compile(
    # (with what kind they are: "15 coastal provincial capitals", 15个沿海省会城市)
    r"^(?:[a-z0-9-]+\s+){0,2}(?:countries|nations|cities|locations|sites|branches|segments|landing\s+stations|stations|"
    r"landing\s+points|markets|regions|capitals|provinces|towns|islands|ports)$"
    r"|^(?:[3-5]G)?[\u4e00-\u9fff]{0,4}(?:个国家|国家|城市|站点|基站|登陆站|分支|省会|省份|省市|省区|岛屿|港口)$",
    re.IGNORECASE,
)
_POSSESSIVE_ZH_AMOUNT = re.compile(r"^(?:的)?\s*$")
# what a cost is the cost of: a work ("the facility is expected to cost $120 million"), never its builder
_COST = re.compile(r"造价|耗资|花费|成本|cost|costs|costing|worth|valued|price", re.IGNORECASE)
_DATED_BY_ADJACENCY = frozenset(
    {
        EntityClass.EVENT,
        EntityClass.PROJECT,
        EntityClass.AGREEMENT,
        EntityClass.INITIATIVE,
        EntityClass.ORGANIZATION,
    }
)


# 中国移动今天宣布…: the day a company speaks is the day of what it announces, not its own
_SPEECH_AFTER = re.compile(r"\s*(?:宣布|表示|称|说|指出|发布|透露|介绍|强调)")


# "180 Gbps from its first submarine cable, SEA-ME-WE 4": a work named in apposition after the value
_APPOSED_AFTER = re.compile(r"[^,;:.⟨⟩]{0,60},\s")


_CONNECTING = re.compile(r"连接|连通|覆盖|通达|connect\w*|link\w*|spann?\w*|reach\w*", re.IGNORECASE)


_PRONOUN = re.compile(r"\b(?:it|its)\b|(?:它|其)", re.IGNORECASE)


# 覆盖全球60%的陆地, "covering 60 per cent of the world's population": a share of land or people
# covered is what the clause's subject reaches (我国…通信卫星, 上合组织成员国), not a work's measure
_COVERED_SHARE = re.compile(
    r"\s*的?(?:陆地|国土|人口|面积|疆域|领土|土地)"
    r"|\s+of\s+(?:the\s+|its\s+|their\s+)?(?:(?:world|country|region|continent|globe)['’]s\s+|global\s+)?"
    r"(?:land|landmass|land\s+area|population|people|territory)\b",
    re.IGNORECASE,
)


def _covering_subject(view: SentenceView, span: Span, text: str, body: int) -> Mention | None:
    if not _COVERED_SHARE.match(text, span.end):
        return None
    subject = _subject(view, body, text)
    if subject is None or subject.span.end > span.start or subject.mention.cls not in _AMOUNT_HOLDERS:
        return None
    return subject.mention


def _measures_work(amount_kind: str | None, noun: str | None) -> bool:
    return amount_kind in _WORK_MEASURES or (
        amount_kind == "count" and noun is not None and _ROUTE_COUNTS.match(noun) is not None
    )


TECHNOLOGY = EntityClass.TECHNOLOGY
_WORK_NOUN = re.compile(
    r"\b(?:cable|system|project|network|link)\b|海缆|光缆|项目|工程|系统|网络", re.IGNORECASE
)
# a mobile generation a clause speaks of (首期5G覆盖区域包括…15个省市): the document's network of it
_GENERATION = re.compile(r"^[3-5]G$")


def _topic_work(view: SentenceView, discourse: Discourse | None, body: int) -> Mention | None:
    """The work the document is about, for a value whose sentence names nothing but places and
    ceremonies only described ("The landings at Karachi and Zafarana were completed in …"),
    unless it speaks of unnamed works ("cables that connected the US to …")."""
    if discourse is None or any(
        slot.mention.cls not in _SETTING
        and not _unnamed_event(slot.mention)
        and slot.span.start >= body
        and not (slot.mention.cls is TECHNOLOGY and _WORK_NOUN.search(slot.mention.text))
        for slot in view.slots
    ):  # (a dateline's agency aside; "undersea cable" is a kind of work, not a thing of its own)
        return None
    if UNNAMED_PLURAL.search(view.skeleton):
        return None
    latest = discourse.latest("P", view.sentence.span.start)
    if latest is None and (
        _WORK_NOUN.search(view.skeleton)
        or any(_WORK_NOUN.search(slot.mention.text) for slot in view.slots if slot.mention.cls is TECHNOLOGY)
    ):
        # "DHAKA — Bangladesh's second undersea cable started commercial operations on Sunday": a
        # lead speaking of a work before naming it speaks of the work the document speaks of most
        # (and more than once: a work named in passing is not what the document is about)
        return _main_work(discourse)
    return latest


def _described_work(view: SentenceView, span: Span, text: str, discourse: Discourse | None) -> Mention | None:
    """ "financing a domestic submarine cable that aims to connect 15 coastal provincial capitals",
    为一条连接15个沿海省会的海底光缆融资: a work described by its kind in the clause of what measures
    it is the work the document speaks of (named before, else named most)."""
    clause = _clause(text, span)
    if discourse is None or not any(
        slot.mention.cls is TECHNOLOGY
        and (_WORK_NOUN.search(slot.mention.text) or _GENERATION.match(slot.mention.text))
        and clause.contains(slot.span)
        for slot in view.slots
    ):
        return None
    return discourse.latest("P", span.start) or _main_work(discourse)


def _main_work(discourse: Discourse) -> Mention | None:
    """The work the document names or refers to most, if more than once."""
    works = discourse.seen.get("P", ())
    if not works:
        return None
    main = max(works, key=discourse.salience_of)
    return main if discourse.salience_of(main) > 1 else None


_SETTING = frozenset({EntityClass.PLACE, EntityClass.COUNTRY})


# "setting up China Telecom Global in 2012", 启动了中老铁路: the thing right after the verb the date
# goes with is what it dates
_OBJECT_GAP_EN = re.compile(r"\s*(?:(?:the|a|an|its|their|his|her|our|new)\s+)*")
_EN_MODIFIERS = re.compile(r"(?:[A-Z][\w’'.-]*\s+)*[\w’']*-[\w-]+\s+")
_ZH_MODIFIERS = re.compile(r"(?:[一两三四五六七八九十]|这|该)?[条个座项家颗]?(?:新建|新)?的?")
_OBJECT_GAP_ZH = re.compile(r"\s*(?:了|的)?[《“\"]?")


_WORK_EVENTS = frozenset({"landed", "inaugurated", "completed", "commissioned"})


def _trigger_object(
    view: SentenceView, span: Span, text: str, body: int, discourse: Discourse | None
) -> Mention | None:
    clause = _clause(text, span)
    if view.lang.value == "zh":  # 2012年，中国电信设立了…: the verb may be the next clause's
        clause = Span(clause.start, min(view.sentence.span.end, clause.end + 20))
    if not any(
        (slot.mention.cls in _DATE_RANK or slot.mention.cls is EntityClass.TECHNOLOGY)
        and clause.start <= slot.span.start < clause.end
        for slot in view.slots
    ):
        return None
    triggers = [
        (m.start(), m.end(), m.lastgroup or "")
        # (lowercase verbs: a verb that takes an object does not open its clause)
        for m in _DATE_TRIGGERS.finditer(text, clause.start, clause.end)
    ]
    if not triggers:
        return None
    _, verb_end, verb = min(
        triggers,
        key=lambda found: abs(span.start - found[1]) if found[0] < span.start else found[0] - span.end,
    )
    gap = (_OBJECT_GAP_ZH if view.lang.value == "zh" else _OBJECT_GAP_EN).match(text, verb_end)
    object_start = gap.end() if gap is not None else verb_end
    for slot in view.slots:
        if slot.span.start < object_start or slot.span.start < body:
            continue
        if slot.mention.cls in _SETTING and view.lang.value != "zh":
            continue  # "setting up Hong Kong-headquartered China Telecom Global": a place qualifies it
        modifiers = text[object_start : slot.span.start]
        if modifiers and not (_ZH_MODIFIERS if view.lang.value == "zh" else _EN_MODIFIERS).fullmatch(
            modifiers
        ):
            return None
        if slot.mention.cls in _DATE_RANK:
            return slot.mention
        if slot.mention.cls is EntityClass.TECHNOLOGY and verb in _WORK_EVENTS and discourse:
            # "landed a new submarine fibre optic cable": a kind of work, the document's one
            return discourse.latest("P", span.start) or _main_work(discourse)
        return None
    return None


# "Konza Techno City, a Vision 2030 flagship started in 2008", "Huawei, a company founded in 1987":
# a date in an apposition dates the name it describes
_APPOSITION = re.compile(r"\s*(?:a|an)\s", re.IGNORECASE)


def _apposed_to(view: SentenceView, span: Span, text: str, body: int) -> Mention | None:
    if view.lang.value == "zh":
        return None
    clause = _clause(text, span)
    if clause.start == 0 or text[clause.start - 1] != "," or not _APPOSITION.match(text, clause.start):
        return None
    for slot in view.slots:
        if slot.span.end == clause.start - 1 and slot.span.start >= body:
            return slot.mention
    return None


def _unnamed_event(mention: Mention) -> bool:
    """A ceremony or meeting only described ("the opening ceremony", 交付仪式), no reference resolved."""
    return mention.cls is EntityClass.EVENT and mention.source == "descriptor" and not mention.canonical


def _date_holder(view: SentenceView, span: Span, text: str, body: int) -> Mention | None:
    ranked: list[tuple[int, int, Slot]] = []
    clause = _clause(text, span)
    for slot in view.slots:
        if slot.span.start < body:
            continue  # a dateline's agency
        if _unnamed_event(slot.mention) and not clause.contains(slot.span):
            continue  # "July 31 was fixed as the launch date, but … before the opening ceremony"
        rank = _DATE_RANK.get(slot.mention.cls)
        if rank is not None:
            distance = min(abs(slot.span.start - span.end), abs(span.start - slot.span.end))
            ranked.append((rank, distance, slot))
    if not ranked:
        return None
    # the best class first; among equals one in the date's own clause, then the sentence's
    # subject, then the nearest
    subject_mention = view.subject.mention if view.subject is not None else None
    ranked.sort(
        key=lambda item: (
            item[0],
            not clause.contains(item[2].span),
            item[2].mention is not subject_mention,
            item[1],
        )
    )
    return ranked[0][2].mention


# "Zong, with 53.8 million customers", "Ufone, which has 72.4 million subscribers": a value in a
# clause hung on a name describes that name
# (the name right before the comma: in "X made a bid for the contract, which was cut to …" the
# clause is about the contract, not X); 其中包括近150场活动 after a name counts what it holds
_RELATIVE_OPENER = re.compile(
    r"^\s*(?:\([^()⟨⟩]{0,40}\)\s*)?(?:,\s+(?:which|who|that|with|whose|having)\b[^,;:⟨⟩]*"
    r"|[》”\"]?\s*[，,]\s*其中(?:包括|包含|含|有)[^，,；;。⟨⟩]*)$",
    re.IGNORECASE,
)
# 这个2.4亿美元的项目, 820公里的光缆: a value before 的 and the kind of thing it describes
_ZH_WORK_NOUNS = {
    **dict.fromkeys(
        ("项目", "工程", "光缆", "海缆", "线路", "干线", "系统", "网络", "中心", "园区", "基地"), "P"
    ),
    **dict.fromkeys(("协议", "协定", "备忘录", "合同"), "A"),
    **dict.fromkeys(("倡议", "战略", "计划"), "I"),
}
_ZH_DESCRIBED = re.compile(
    r"\s*(?:多|余)?[\u4e00-\u9fff]{0,3}?的\s*(?P<noun>"
    + "|".join(sorted(_ZH_WORK_NOUNS, key=len, reverse=True))
    + ")"
)
# 与17个国家签署…备忘录, "signed by 30 countries": how many signed an agreement
_SIGNING = re.compile(r"签署|签订|签约|加入|signed|signing|joined|endorsed", re.IGNORECASE)
_COUNTRY_NOUNS = ("国家", "国", "countries", "nations")


# "The AUD137 million (USD101 million) project", "a 1.5-billion-dollar deal": an English value
# before the noun of a work (no function word between)
_EN_WORK_NOUNS = {
    **dict.fromkeys(
        ("project", "cable", "cable system", "system", "network", "link", "facility", "centre", "center"), "P"
    ),
    **dict.fromkeys(("plant", "park", "zone", "station"), "P"),
    **dict.fromkeys(("deal", "agreement", "contract"), "A"),
    **dict.fromkeys(("programme", "program", "initiative"), "I"),
}
_EN_DESCRIBED = re.compile(
    r"(?:\s*\([^()]{0,30}\))?[\s-]+"
    r"(?:(?!(?:for|of|to|in|on|by|with|from|and|or|the|a|an|at|as|is|was|were|will|has|have|its|their)\b)"
    r"[a-z][a-z-]*\s+){0,2}?(?P<noun>"
    + "|".join(sorted(_EN_WORK_NOUNS, key=len, reverse=True))
    + r")\b(?!['’])"
)


_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)


def _described_after(
    view: SentenceView, span: Span, text: str, discourse: Discourse | None
) -> tuple[Mention, str, float] | None:
    """这个2.4亿美元的项目, "the $44 million (Rs 4.6 billion) project": the work a value describes,
    named or referred to."""
    zh = view.lang.value == "zh"
    match = (_ZH_DESCRIBED if zh else _EN_DESCRIBED).match(text, span.end)
    if match is None:
        return None
    noun = match["noun"]
    noun_start = match.start("noun")
    letter = (_ZH_WORK_NOUNS if zh else _EN_WORK_NOUNS)[noun]
    for slot in view.slots:
        at_noun = slot.span.start <= noun_start < slot.span.end or slot.span.start == noun_start
        if at_noun and (slot.reference or slot.mention.text != noun):  # (海缆 alone names no cable)
            if LETTER[slot.mention.cls] == letter:
                return slot.mention, "fact-described-work", 0.8
            break  # ("a 25,000-km submarine cable system": a technology, not the cable)
    if discourse is None:
        return None
    referent = discourse.latest(letter, span.start, noun)
    if referent is None and _INDEFINITE_BEFORE.search(text, max(0, span.start - 4), span.start):
        # "A 25,000-km submarine cable system … The Asia-Africa-Europe 1 cable system": a work
        # introduced unnamed is the next one the document names with that noun
        folded = noun.casefold()
        later = [
            m
            for m in discourse.seen.get(letter, ())
            if m.span.start >= span.end
            and (
                (m.canonical or m.text).casefold().endswith(folded)
                or text[m.span.end : m.span.end + len(noun) + 1].strip().casefold() == folded
            )
        ]
        referent = min(later, key=lambda m: m.span.start) if later else None
    return (referent, "fact-described-work", 0.7) if referent is not None else None


# 举办数字丝路跨境电商研修班，吸引了27个国家的学员: a Chinese clause with no name of its own before
# the value goes on about the name the previous clause ended on
_ZH_CLAUSE_END = re.compile(r"[》”\"]?\s*[，,]")


# (95个深水码头，10座机场: a list of counts, not a thing and what it holds)
_COUNTED_BEFORE = re.compile(
    r"[\d一二两三四五六七八九十百千万亿多余][个座家条项名所台套颗艘架处位批户根口份场国]?$"
)


def _previous_clause_object(view: SentenceView, span: Span, text: str) -> Mention | None:
    if view.lang.value != "zh":
        return None
    clause = _clause(text, span)
    if any(clause.contains(slot.span) for slot in view.slots):
        return None
    for slot in view.slots:
        if (
            slot.span.end <= clause.start
            and slot.mention.cls in _AMOUNT_HOLDERS
            and slot.mention.cls not in _SETTING
        ):
            ending = _ZH_CLAUSE_END.match(text, slot.span.end)
            counted = _COUNTED_BEFORE.search(text, max(0, slot.span.start - 3), slot.span.start)
            if ending is not None and ending.end() == clause.start and counted is None:
                return slot.mention
    return None


# 中国电信昨天与俄罗斯电信签署的《中俄光缆建设维护协议》: a date in a clause that qualifies a name
# through 的 dates that name
_ZH_QUALIFIER_DE = re.compile(r"[^，。；;⟨⟩]{0,30}?的[《“\"]?")


# "Saturday's explosion of the Hunga Tonga volcano", "Monday's launch of the satellite": the day of
# an event of the thing named after it
_DATED_EVENT_OF = re.compile(r"['’]s\s+(?:[a-z-]+\s+){1,2}of\s+(?:the\s+)?")
_PARTNER_BEFORE = re.compile(r"(?:与|同|和|跟|向)$")


# the verbs of a meeting being held, in Chinese (6月23日举行的…会晤, …论坛在南宁开幕)
_HOLDING_ZH = "举行|召开|举办|开幕"
_ZH_HELD = re.compile(_HOLDING_ZH + "|主办")


def _qualified_by_date(view: SentenceView, span: Span, text: str, body: int) -> Mention | None:
    if view.lang.value != "zh":
        return None
    qualifier = _ZH_QUALIFIER_DE.match(text, span.end)
    if qualifier is None or span.start < body:
        return None
    # (6月23日举行的…会晤: a meeting is dated by its being held, which names no trigger)
    triggered = _DATE_TRIGGERS.search(text, span.end, qualifier.end()) is not None
    held = _ZH_HELD.search(text, span.end, qualifier.end()) is not None
    if not triggered and not held:
        return None
    if any(
        span.end <= slot.span.start < qualifier.end() - 1
        and not _PARTNER_BEFORE.search(text, 0, slot.span.start)
        for slot in view.slots
    ):
        return None  # (the clause names something else first than the partner the verb goes with)
    for slot in view.slots:
        if slot.span.start == qualifier.end() and slot.mention.cls in _DATE_RANK and slot.span.start >= body:
            return slot.mention if triggered or slot.mention.cls is EntityClass.EVENT else None
    return None


# "9月12日，第七届…论坛在广西南宁举行", "the summit opened on the 14th at the convention centre", "was
# held in Dhaka on Tuesday": a sentence that says a meeting is held dates the meeting
_HELD = re.compile(
    _HOLDING_ZH + r"|闭幕|\b(?:was|were|is|are|be|being)\s+held\b|\btook\s+place\b|\bconvened\b"
    r"|\b(?:held|hosted)\s+(?:the|a|an|its|their)\b"
)


# (中国联通（澳大利亚）运营有限公司3日举行开业仪式: the day a body opens is the body's own)
_OWN_OPENING = re.compile("开业|成立")


def _held_event(view: SentenceView, span: Span, text: str, body: int) -> Mention | None:
    """The one named meeting that the clause of the date says is held, or the clause after a date
    that opens the sentence on its own (8月24日，…论坛以视频方式举办), or the meeting named last
    before a clause that only says when and where one is held; not when a trigger of another
    thing (签署, launched, inaugurated …) comes first."""
    sentence = view.sentence.span

    def clause_of(inner: Span) -> Span:  # (a clause of this sentence: not over a title line)
        clause = _clause(text, inner)
        return Span(max(clause.start, sentence.start), min(clause.end, sentence.end))

    clause = clause_of(span)
    if _DATE_TRIGGERS.search(text[clause.start : clause.end].lower()) is not None:
        return None
    opening = text[clause.start : span.start].strip().lower() in ("", "on")
    topic = opening and not text[span.end : clause.end].strip()
    events = {}
    for slot in view.slots:
        # (a ceremony only described is dated by the clause that holds it: 华为20日举行颁奖仪式)
        if slot.mention.cls is not EntityClass.EVENT or slot.span.start < body:
            continue
        around = clause_of(slot.span)
        held = _HELD.search(text, around.start, around.end) is not None
        after_topic = (
            topic
            and around.start > span.end
            and _DATE_TRIGGERS.search(text[span.end : around.end].lower()) is None
        )
        if held and (around == clause or after_topic):
            events[slot.mention.key or slot.mention.text] = slot.mention
    if len(events) == 1:
        return next(iter(events.values()))
    # …世界互联网大会亚太峰会，14日在香港会议展览中心开幕: a clause that says only when and where
    # something is held is about the meeting named last before it
    if events or _HELD.search(text, clause.start, clause.end) is None:
        return None
    if any(clause.contains(slot.span) for slot in view.slots if slot.mention.cls is EntityClass.EVENT):
        return None
    before = [
        slot.mention
        for slot in view.slots
        if slot.mention.cls is EntityClass.EVENT
        and not _unnamed_event(slot.mention)
        and body <= slot.span.start
        and slot.span.end <= clause.start
    ]
    return before[-1] if before else None


def _last_slot_before(view: SentenceView, start: int) -> int:
    """The index of the last slot whose token ends by skeleton offset ``start`` (-1 if none)."""
    last = -1
    for index in range(len(view.slots)):
        if view.slot_end(index) > start:
            break  # (tokens are in order)
        last = index
    return last


def _relative_clause_holder(view: SentenceView, span: Span) -> tuple[Mention, str, float] | None:
    start = view.skeleton_offset(span.start)
    last = _last_slot_before(view, start)
    if last < 0:
        return None
    held = view.slots[last].mention
    between = view.skeleton[view.slot_end(last) : start]
    if held.cls not in _AMOUNT_HOLDERS or _RELATIVE_OPENER.match(between) is None:
        return None
    return held, "fact-relative-clause", 0.75


def _signed_by_count(view: SentenceView, span: Span, text: str, amount: AmountMention) -> Mention | None:
    """The agreement a number of countries signed, named after the count in its clause."""
    if amount.kind != "count" or amount.noun is None or not amount.noun.startswith(_COUNTRY_NOUNS):
        return None
    clause = _clause(text, span)
    # (a Chinese count's noun may run on into the verb: 12个国家签署…)
    if _SIGNING.search(text, span.start, clause.end) is None:
        return None
    agreements = [
        slot
        for slot in view.slots
        if slot.mention.cls is EntityClass.AGREEMENT and span.start < slot.span.start < clause.end
    ]
    return agreements[0].mention if agreements else None


# "NAIROBI (Reuters) -", "HONG KONG, Nov. 12, 2025 /PRNewswire/ --": the place and the agency of
# a dateline are not what its sentence is about, and its date is the day of what the sentence reports
_EN_DATELINE = re.compile(
    r"[A-Z][A-Z'’.-]+(?:[ /][A-Z][A-Z'’.-]+){0,3}(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})?"
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    r"\s*(?:\([^()\n]{2,40}\)|/[^/\n]{2,40}/)?\s*(?:--|[-–—])\s"
)


# 北京青年报讯, 央视新闻消息, 中评社香港2月1日电: a Chinese dateline's agency
_ZH_DATELINE = re.compile(
    r"\s*[\u4e00-\u9fff]{2,20}?(?:\d{1,2}月\d{1,2}日电|(?:报|社|网|台|新闻)(?:讯|消息))\s*"
)


def _body_start(view: SentenceView, text: str) -> int:
    """Where a sentence's body starts, past a dateline (its start when it has none)."""
    start = view.sentence.span.start
    dateline = (_ZH_DATELINE if view.lang.value == "zh" else _EN_DATELINE).match(text, start)
    return dateline.end() if dateline is not None else start


def _is_demonym(mention: Mention) -> bool:
    """ "Chinese", "Cambodian": a country named by its adjective modifies a noun (the Chinese
    ambassador, Chinese companies); it holds no value of its own."""
    return (
        mention.cls is EntityClass.COUNTRY
        and mention.canonical is not None
        and mention.canonical != mention.text
        and mention.text.endswith(("ese", "an", "ish", "i", "ch"))
    )


# 李庆霜介绍，中国跨境电商主体已超过10万家: what a speaker reports has a subject of its own
_ZH_SPEECH = re.compile(r"[^，。]{0,12}?(?:表示|指出|认为|称|说|介绍|透露|强调|宣布)[，：:,]")


# 位于南宁五象新区的中国—东盟信息港南宁核心基地已筛选…: the subject is what the place locates
_ZH_LOCATING = re.compile(r"(?:位于|地处|坐落于|坐落在)\s*$")


def _located_thing(view: SentenceView, place: Slot, text: str) -> Slot | None:
    if not _ZH_LOCATING.search(text, view.sentence.span.start, place.span.start):
        return None
    stop = min(
        (
            i
            for i in (text.find(mark, place.span.end, view.sentence.span.end) for mark in "，,；。")
            if i >= 0
        ),
        default=view.sentence.span.end,
    )
    de = text.find("的", place.span.end, stop)
    if de < 0:
        return None
    return next((slot for slot in view.slots if slot.span.start == de + 1), None)


# "Its cloud computing arm, Alibaba Cloud, said …", "Huawei's subsidiary, HMN Tech, will …": a
# body described by its owner's part is the name in apposition after the description
# (其云计算子公司蓝海云, 华为旗下海洋公司: the same without commas, after the part's noun)
_OWNED_PART = re.compile(r"(?:['’]s?)?\s+(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*,\s*")
_OWNED_PART_ZH = re.compile(
    r"(?:的|旗下)?[\u4e00-\u9fff]{0,8}?(?:子公司|分公司|附属公司|公司|事业部|部门|业务集团)"
)


def _apposed_name(view: SentenceView, subject: Slot, text: str) -> Slot | None:
    part = (_OWNED_PART_ZH if view.lang.value == "zh" else _OWNED_PART).match(text, subject.span.end)
    if part is None:
        return None
    return next(
        (
            slot
            for slot in view.slots
            if slot.span.start == part.end() and slot.mention.cls in _AMOUNT_HOLDERS and not slot.reference
        ),
        None,
    )


def _subject(view: SentenceView, body: int, text: str) -> Slot | None:
    """The sentence's subject past its dateline and a Chinese speaker; never a demonym."""
    subject = view.subject
    if subject is not None and subject.span.start < body <= view.sentence.span.end:
        subject = next((slot for slot in view.slots if slot.span.start >= body), None)
    if subject is not None and view.lang.value != "zh":
        # "Built by Lockheed Martin, the … Arabsat-6A will operate from …": past a fronted clause
        fronted = _FRONTED_CLAUSE.match(text, max(view.sentence.span.start, body))
        if fronted is not None and subject.span.start < fronted.end():
            subject = next((slot for slot in view.slots if slot.span.start >= fronted.end()), subject)
    if subject is not None:
        subject = _apposed_name(view, subject, text) or subject
    if subject is not None and view.lang.value == "zh" and subject.mention.cls in _SETTING:
        subject = _located_thing(view, subject, text) or subject
    if subject is not None and view.lang.value == "zh":
        speech = _ZH_SPEECH.match(text, subject.span.end)
        if speech is not None:
            subject = next((slot for slot in view.slots if slot.span.start >= speech.end()), None)
    if subject is None or _is_demonym(subject.mention):
        return None
    return subject


_FRONTED_CLAUSE = re.compile(
    r"\s*(?:(?:Originally|Jointly|First)\s+)?(?:Built|Developed|Designed|Made|Manufactured|Operated|Funded|"
    r"Financed|Owned|Backed|Constructed|Launched)\s+(?:by|in|with)\b[^,]{1,80},\s+"
)


# "helping the country reach 100 percent coverage", 该国…60%: a reference to a country holds the
# values after it in its clause when no name comes between (not "the country's first cable")
_COUNTRY_REFERENCE = re.compile(
    r"\b(?:[Tt]he|[Tt]his)\s+(?P<described>(?:[A-Z][\w-]*\s+){0,3})(?:country|kingdom|nation|island\s+nation|republic)\b"
    r"|该国|(?:这个|这一)(?P<zh_described>[\u4e00-\u9fff]{2,5}?)?国家"
)


# "become a high-income country by 2050", 到2030年: a date a country is to reach something by
_TARGET_BEFORE = re.compile(r"(?:\bby\s+(?:the\s+end\s+of\s+)?|到|至)$", re.IGNORECASE)


# (words one of which a text must hold to refer to a country: a speed-up, not a rule)
_COUNTRY_REFERENCE_WORDS = (
    *(
        f"{determiner} {noun}"
        for determiner in ("he", "his")
        for noun in ("country", "kingdom", "nation", "republic")
    ),
    *(f"{noun}" for noun in (" country", " nation", " kingdom", " republic")),
    *("该国", "国家"),
)


_POSSESSED = re.compile(r"['’]s?\b|的")


def _country_reference(
    view: SentenceView,
    span: Span,
    text: str,
    discourse: Discourse | None,
    references: Sequence[Span],
    *,
    dated: bool,
) -> Mention | None:
    """The country a reference before the value in its clause stands for: the latest named.

    ``references`` are the document's country references, in order. A possessive one ("the
    country's five cables", 该国的) holds an amount, never a date ("the country's first cable,
    launched in 2020" dates the cable)."""
    index = bisect_right(references, span.start, key=lambda found: found.start) - 1
    if discourse is None or index < 0 or references[index].start < view.sentence.span.start:
        return None
    reference = references[index]
    if reference.end > span.start or _clause(text, span).start > reference.start:
        return None
    if any(reference.end <= slot.span.start < span.start for slot in view.slots):
        return None
    if dated and _POSSESSED.match(text, reference.end):
        return None
    countries = [
        m for m in discourse.seen.get("C", ()) if m.span.end <= reference.start and not _is_demonym(m)
    ]
    if not countries:
        return None
    described = _COUNTRY_REFERENCE.match(text, reference.start)
    if described is not None and (described["described"] or described["zh_described"]):
        # "the Southeast Asian nation's 16 million people": a country described, not just
        # referred to, is the one the document is about (the first it names), not the latest
        # named ("Cambodia's Smart Axiata, part of Malaysia's Axiata Group, serves half of …")
        return min(countries, key=lambda m: m.span.start)
    return max(countries, key=lambda m: m.span.start)


# 6颗中巴地球资源卫星, "six CBERS satellites": units of a series the lexicon knows count for the
# series (95个深水码头 counts berths, which no series names)
_SERIES = frozenset({EntityClass.PROJECT, EntityClass.INITIATIVE})


_NEXT_COUNT = re.compile(r"\s*[，,、;；]\s*(?:and\s+)?\d")


def _counted_series(view: SentenceView, span: Span, text: str, amount: AmountMention) -> Mention | None:
    if amount.kind != "count":
        return None
    for slot in view.slots:
        if span.start < slot.span.start < span.end and slot.mention.cls in _SERIES and slot.mention.key:
            return slot.mention
        if (
            span.start < slot.span.start
            and slot.span.end == span.end
            and slot.mention.cls in _SERIES
            and slot.mention.source == "pattern"
            and not _NEXT_COUNT.match(text, span.end)
        ):
            # 10个鲁班工坊: the programme whose name is all that is counted (not a kind in a list
            # of counts: 95个深水码头，10座机场)
            return slot.mention
    return None


# 天津在海外建设的鲁班工坊将达到20个: a count that a series reaches is the series' (not the
# subject's that built them)
_REACHES_ZH = re.compile(
    r"(?:的?(?:数量|总数|数目))?(?:将|已|已经|预计|有望)?(?:达到|达|超过|增至|增加到|突破|扩大到)$"
)


def _reached_series(view: SentenceView, span: Span, text: str, amount: AmountMention) -> Mention | None:
    if amount.kind != "count" or view.lang.value != "zh":
        return None  # (English writes the count bare, "will reach 20", which is no amount)
    for slot in view.slots:
        if (
            slot.mention.cls in _SERIES
            and slot.span.end <= span.start
            and _REACHES_ZH.fullmatch(text, slot.span.end, span.start)
        ):
            return slot.mention
    return None


# a bid, a contract, a tender: the money is the value of the work contracted, not of the bidder
_CONTRACT = re.compile(r"\b(?:bids?|contracts?|tenders?)\b|中标|合同|招标|投标", re.IGNORECASE)
# 该星共搭载…, "The undersea cable is owned by 19 companies": a sentence opening on a reference to
# a work that no name resolved speaks of the document's work
_OPENING_WORK_REFERENCE = re.compile(
    r"\s*(?:(?:该|此|这颗|这座|这条|这一)(?:星|卫星|站|基站|电站|楼|大楼|馆|港|港口|大桥|桥|铁路|公路|设施|平台|学院|大学|医院)"
    r"(?![\u4e00-\u9fff]?的)"
    r"|(?:The|This)\s+(?P<mods>(?:[A-Za-z][\w-]*\s+){0,2}?)(?P<noun>cable|system|project|network|satellite|link|facility|"
    r"centre|center|station|plant)\b(?!['’])(?!\s+(?:of|in|at|from|between)\b))"
)


_CAPITALISED = re.compile(r"\b[A-Z][\w-]*")


def _opening_work(view: SentenceView, span: Span, text: str, discourse: Discourse | None) -> Mention | None:
    if discourse is None:
        return None
    opening = _OPENING_WORK_REFERENCE.match(text, view.sentence.span.start)
    if opening is None or opening.end() > span.start:
        return None
    if any(slot.span.start < span.start and slot.mention.cls not in _SETTING for slot in view.slots):
        return None  # the reference was resolved, or a name stands between it and the value
    # ("The Punjab project": a name qualifying the work says which one)
    qualifiers = [word.casefold() for word in _CAPITALISED.findall(opening["mods"] or "")]
    if qualifiers:
        fitting = [
            m
            for m in discourse.seen.get("P", ())
            if m.span.end <= span.start and all(q in (m.canonical or m.text).casefold() for q in qualifiers)
        ]
        return max(fitting, key=lambda m: m.span.start) if fitting else None
    return discourse.latest("P", span.start, opening["noun"])


# "out of a population of over 96 million people", 1.4亿人口: people living in a country or a place
_POPULATION = re.compile(r"人口|population|inhabitants|residents", re.IGNORECASE)
_POPULATED = frozenset(
    {EntityClass.COUNTRY, EntityClass.PLACE, EntityClass.ORGANIZATION, EntityClass.AGREEMENT}
)


def _populated_place(
    view: SentenceView, span: Span, text: str, body: int, discourse: Discourse | None
) -> Mention | None:
    """The country or place (or grouping) of its sentence a population is of, the nearest before
    it first; else the country the document named last."""
    candidates = [
        slot
        for slot in view.slots
        if slot.mention.cls in _POPULATED and slot.span.start >= body and not _is_demonym(slot.mention)
    ]
    before = [slot for slot in candidates if slot.span.end <= span.start]
    if before:
        return before[-1].mention
    # ("…, according to German data portal Statista" after it is a source, not a place)
    clause = _clause(text, span)
    after = [slot for slot in candidates if slot.mention.cls in _SETTING and clause.contains(slot.span)]
    if after:
        return after[0].mention
    if discourse is None:
        return None
    countries = [m for m in discourse.seen.get("C", ()) if m.span.end <= span.start and not _is_demonym(m)]
    return max(countries, key=lambda m: m.span.start) if countries else None


# 上海合作组织成立20周年: the anniversary of the thing founded
_FOUNDED_BEFORE = re.compile(r"(?:成立|创立|创建|建立|组建|开通|建成)?\s*$")


def _anniversary_of(view: SentenceView, span: Span, text: str) -> Mention | None:
    before = [slot for slot in view.slots if slot.span.end <= span.start]
    if not before or not _FOUNDED_BEFORE.fullmatch(text, before[-1].span.end, span.start):
        return None
    return before[-1].mention


_ATTENDING = re.compile(
    r"出席|参加|参会|与会|参与|attend\w*|took\s+part|taking\s+part|take\s+part|participat\w*|gather\w*",
    re.IGNORECASE,
)


# ", raising $507 million", "，筹得5.07亿美元": what an event brought in, said in the clause after it
_YIELDING = re.compile(
    r"[,，]\s*(?:raising|raised|generating|bringing\s+in|netting|fetching|attracting|drawing|"
    r"筹得|筹集|募集|吸引|收入|吸引了)",
    re.IGNORECASE,
)


# ", raising $507 million … and lifting the total from 274 MHz": the next participle says what
# else happened, to the one who held the event
_NEXT_PARTICIPLE = re.compile(r"\band\s+[a-z]+ing\b|并|同时")


def _yielding_event(view: SentenceView, span: Span, text: str) -> Mention | None:
    """The event whose clause a value's participle clause follows ("Pakistan concluded its first 5G
    spectrum auction on Tuesday, raising $507 million from the sale of 480 MHz"), not the country
    that held it."""
    openings = [
        match
        for match in _YIELDING.finditer(text, view.sentence.span.start, span.start)
        if not _CLAUSE_MARK_CHARACTERS.search(text, match.end(), span.start)
        and not _NEXT_PARTICIPLE.search(text, match.end(), span.start)
    ]
    if not openings:
        return None
    events = [
        slot
        for slot in view.slots
        if slot.mention.cls is EntityClass.EVENT and slot.span.end <= openings[-1].start()
    ]
    return events[-1].mention if events else None


_MEETING_NOUN = re.compile(
    r"论坛|会议|峰会|博览会|大会|研讨会|开幕式|仪式|forum|conference|summit|meeting|expo|ceremony|event",
    re.IGNORECASE,
)


def _attended_event(view: SentenceView, span: Span, text: str, discourse: Discourse | None) -> Mention | None:
    """来自20个国家的约400名代表出席论坛, "More than 400 delegates from 20 countries attended the
    forum": who and how many came is the meeting's count, not the first country named. Of the
    meetings named before, the first is the one the sentence is about (论坛在泉州开幕，由世界互联网大会
    主办，600余名嘉宾参会: the forum, not its host)."""
    sentence = view.sentence.span
    attending = _ATTENDING.search(text, span.end, sentence.end)
    if attending is None:
        return None
    events = [slot for slot in view.slots if slot.mention.cls is EntityClass.EVENT]
    after = [slot for slot in events if slot.span.start >= attending.start()]
    before = [slot for slot in events if slot.span.end <= span.start]
    chosen = after[0] if after else before[0] if before else None
    if chosen is not None:
        return chosen.mention
    # (出席论坛, "attended the forum": the meeting the document speaks of, named before)
    if discourse is not None and _MEETING_NOUN.search(
        text, attending.end(), min(sentence.end, attending.end() + 24)
    ):
        return discourse.latest("E", span.start)
    return None


# What lasts: a work (its design life, its construction period), a meeting, an agreement's term
_LASTING = frozenset({EntityClass.PROJECT, EntityClass.EVENT, EntityClass.AGREEMENT, EntityClass.INITIATIVE})
_ADJECTIVE_GAP = re.compile(r"\s*(?:的)?\s*$")


def _lasting_thing(
    view: SentenceView, span: Span, text: str, discourse: Discourse | None
) -> tuple[Mention, str, float] | None:
    """What a duration is the length of: the work or meeting it qualifies ("a two-day forum",
    为期两天的论坛), else the last one named before it in its sentence (论坛为期两天, 项目…，建设周期
    36个月), else the work the document speaks of most (这是…卫星，设计寿命15年), never a
    country or a company ("China's first satellite, with a design life of 15 years")."""
    lasting = [slot for slot in view.slots if slot.mention.cls in _LASTING]
    after = next((slot for slot in lasting if slot.span.start >= span.end), None)
    if after is not None and _ADJECTIVE_GAP.match(text[span.end : after.span.start]) is not None:
        return after.mention, "fact-qualified-duration", 0.7
    before = [slot for slot in lasting if slot.span.end <= span.start]
    if before:
        return before[-1].mention, "fact-lasting-thing", 0.65
    work = _main_work(discourse) if discourse is not None else None
    return (work, "fact-lasting-work", 0.55) if work is not None else None


_MEASURED_NAME_GAP = re.compile(r"\s*(?:-\s*)?(?:的\s*)?")
_NAMED_MEASURES = frozenset({"mass", "length", "capacity"})


# "the 14th BRICS Summit, hosted virtually by China on June 23": a participle after a name dates it
_DATED_PARTICIPLE = re.compile(
    r",\s+(?:(?:first|jointly|virtually|officially|formally)\s+)?(?:held|hosted|opened|launched|signed|"
    r"inaugurated|completed|convened|organi[sz]ed|established|founded|unveiled|commissioned)"
    # (a participle has no object: "hosted virtually by China on June 23", not "launched 5G trials")
    r"\s+(?:(?:virtually|jointly|online|successfully|officially)\s+)?(?:by|in|on|at|from|via|during)\b[^,;:.]*$"
)
_PARTICIPLE_DATED = frozenset(
    {EntityClass.EVENT, EntityClass.AGREEMENT, EntityClass.PROJECT, EntityClass.ORGANIZATION}
)


# "began in October 2018, when the Lancang-Mekong Training Center was inaugurated …": the date of
# what the when-clause after it is about
_WHEN_AFTER = re.compile(r",?\s+when\s+[^,;:.]*")
_UNDERGOING = re.compile(r"(?:\s*\([^)]*\))?\s+(?:was|were|had\s+been|has\s+been)\s+[a-z]+ed\b")


def _when_clause_subject(view: SentenceView, span: Span, text: str) -> Mention | None:
    """The first thing the when-clause names, past the places and countries that qualify it
    ("the China-funded … Center")."""
    when = _WHEN_AFTER.match(text, span.end)
    if when is None:
        return None
    for slot in view.slots:
        if slot.span.start < span.end or slot.span.start >= when.end():
            continue
        if slot.mention.cls in _PARTICIPLE_DATED:
            # a body is what the clause dates only when something was done to it ("when the …
            # Center was inaugurated"), not when it did something ("when SUPARCO and the CSNO
            # signed an agreement": the agreement's date)
            if slot.mention.cls is EntityClass.ORGANIZATION and not _UNDERGOING.match(text, slot.span.end):
                return None
            return slot.mention
        if slot.mention.cls not in _SETTING:
            return None
    return None


def _participle_dated(view: SentenceView, span: Span, text: str) -> Mention | None:
    phrase_start = text.rfind(",", view.sentence.span.start, span.start)
    if phrase_start < 0 or _DATED_PARTICIPLE.match(text[phrase_start : span.start]) is None:
        return None
    named = [slot for slot in view.slots if slot.span.end <= phrase_start]
    if not named or text[named[-1].span.end : phrase_start].strip():
        return None
    return named[-1].mention if named[-1].mention.cls in _PARTICIPLE_DATED else None


# "The AAE-1 cable, a 25,000-kilometre fibre-optic link", 中越陆缆，一条长500公里的光缆: a measure in
# the apposition right after a work's name is the work's
_APPOSED_MEASURE_GAP = re.compile(
    r"[)）]?(?:\s*[a-z-]+){0,3}\s*[,，]\s*(?:(?:a|an)\s+|一条|一个|一座|一颗)(?:长|全长|总长)?$"
)


def _apposed_measure(view: SentenceView, span: Span, text: str, amount: AmountMention) -> Mention | None:
    if amount.kind not in _PHYSICAL_MEASURES:
        return None
    before = [slot for slot in view.slots if slot.span.end <= span.start]
    if not before or before[-1].mention.cls is not EntityClass.PROJECT:
        return None
    gap = _APPOSED_MEASURE_GAP.fullmatch(text, before[-1].span.end, span.start)
    return before[-1].mention if gap is not None else None


def _measured_name(view: SentenceView, span: Span, text: str, amount: AmountMention) -> Mention | None:
    """ "the 1,200kg PRSS-1", 1200公斤的PRSS-1卫星: a measure right before a work's name is the work's."""
    if amount.kind not in _NAMED_MEASURES:
        return None
    after = next((slot for slot in view.slots if slot.span.start >= span.end), None)
    if (
        after is None
        or after.mention.cls is not EntityClass.PROJECT
        or _MEASURED_NAME_GAP.fullmatch(text, span.end, after.span.start) is None
    ):
        return None
    return after.mention


# 签署一份价值24亿坦先令（约合100万美元）的协议, 签订的合同总额已超过5亿美元, "a swap agreement worth
# 10 billion yuan": the sum a paper is worth, said right before or right after it
_WORTH_BEFORE = re.compile(r"价值(?:约|超过|逾|近|达)?$|价值[^，。；]{1,20}[（(](?:约合|约|合|折合)?$")
_WORTH_TO_PAPER = re.compile(r"\s*[）)]?\s*(?:[（(][^（()）]{0,30}[）)])?\s*的")
_PAPER_TO_WORTH = re.compile(
    r"\s*(?:总额|总金额|金额|总值|价值|\s+worth|\s+valued\s+at)(?:已|约|为|达|超过|逾|近|of|\s)*"
)


def _papers_value(view: SentenceView, span: Span, text: str, amount: AmountMention) -> Mention | None:
    if amount.kind != "money":
        return None
    after = next((slot for slot in view.slots if slot.span.start >= span.end), None)
    if (
        after is not None
        and after.mention.cls is EntityClass.AGREEMENT
        and _WORTH_BEFORE.search(text, max(0, span.start - 26), span.start) is not None
        and _WORTH_TO_PAPER.fullmatch(text, span.end, after.span.start) is not None
    ):
        return after.mention
    before = [slot for slot in view.slots if slot.span.end <= span.start]
    if (
        before
        and before[-1].mention.cls is EntityClass.AGREEMENT
        and _PAPER_TO_WORTH.fullmatch(text, before[-1].span.end, span.start) is not None
    ):
        return before[-1].mention
    return None


# "an eight-member consortium behind Africa-1", 建设…的八家成员联盟: the work a group of members builds
_GROUP_BEHIND = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:consortium|group|alliance|club)\s+(?:behind|building|that\s+(?:built|builds|owns)|"
    r"which\s+(?:built|builds|owns)|of|for)\s+(?:the\s+)?$"
)


def _built_by_members(view: SentenceView, span: Span, text: str, amount: AmountMention) -> Mention | None:
    if amount.noun not in ("members", "companies"):
        return None
    after = next((slot for slot in view.slots if slot.span.start >= span.end), None)
    if after is None or after.mention.cls is not EntityClass.PROJECT:
        return None
    return after.mention if _GROUP_BEHIND.match(text[span.end : after.span.start]) else None


# "CSquared Woezon, a joint venture 56% owned by CSquared … and 44% by SIN", "SB Cloud, a joint
# venture in which SoftBank holds 60% and Alibaba 40%": the shares are the venture's
_JOINT_VENTURE_APPOSED = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?joint[- ]venture\b", re.IGNORECASE
)


def _joint_venture_share(view: SentenceView, span: Span, text: str) -> Mention | None:
    """The joint venture whose owners' shares a percentage after its apposition gives."""
    ventures = [
        slot.mention
        for slot in view.slots
        if slot.mention.cls is EntityClass.ORGANIZATION
        and slot.span.end <= span.start
        and (apposed := _JOINT_VENTURE_APPOSED.match(text, slot.span.end)) is not None
        and apposed.end() <= span.start
    ]
    return ventures[-1] if ventures else None


# "2022年中国与中亚五国双边贸易额达到702亿美元", "Bilateral trade reached $41 billion in 2017, according
# to …, China's ambassador to the UAE": China's trade is held by the partner it is traded with
_TRADE = re.compile(r"贸易|\btrade\b", re.IGNORECASE)
_BILATERAL = re.compile(r"双边|两国|\bbilateral\b|\btwo-way\b", re.IGNORECASE)
_GROWTH_BEFORE = re.compile(
    r"(?:增长|增幅|\bgrew|\bgrowth|\brose|\bup)\s*(?:约|了|by|of)?\s*$", re.IGNORECASE
)
_CHINA = "country/cn"
_TRADE_PARTNERS = frozenset((EntityClass.COUNTRY, EntityClass.PLACE, EntityClass.ORGANIZATION))


def _trade_partner(
    view: SentenceView, span: Span, text: str, amount: AmountMention, discourse: Discourse | None
) -> Mention | None:
    """The partner whose trade with China a value (or its growth) measures: the first thing of
    the sentence that is not China; for "bilateral" trade, else the latest country named before."""
    if amount.kind == "percent" and not _GROWTH_BEFORE.search(text, max(0, span.start - 10), span.start):
        return None
    if amount.kind not in ("money", "percent"):
        return None
    if _TRADE.search(text, view.sentence.span.start, span.start) is None:
        return None
    bilateral = _BILATERAL.search(text, view.sentence.span.start, span.start) is not None
    china = any(slot.mention.key == _CHINA for slot in view.slots)
    if not (china or bilateral):
        return None
    partners = [
        slot.mention
        for slot in view.slots
        if slot.mention.cls in _TRADE_PARTNERS
        and slot.mention.key != _CHINA
        and not _is_demonym(slot.mention)
        and not span.start <= slot.span.start < span.end  # (the U.S. of "5 billion U.S. dollars")
    ]
    if partners:
        return partners[0]
    if not bilateral or discourse is None:
        return None
    countries = [
        m
        for m in discourse.seen.get("C", ())
        if m.span.end <= span.start and m.key != _CHINA and not _is_demonym(m)
    ]
    return max(countries, key=lambda m: m.span.start) if countries else None


def _holder(
    view: SentenceView,
    span: Span,
    text: str,
    amount: AmountMention | None = None,
    discourse: Discourse | None = None,
    *,
    country_references: Sequence[Span] = (),
    body: int | None = None,
) -> tuple[Mention, str, float] | None:
    """The mention a value describes, the rule that chose it and its confidence."""
    for slot in view.slots:
        if slot.reference and slot.span.contains(span):
            return slot.mention, "fact-modified-name", 0.85
    if body is None:
        body = _body_start(view, text)
    if amount is not None and amount.kind == "anniversary":
        founded = _anniversary_of(view, span, text)
        if founded is not None:
            return founded, "fact-anniversary", 0.75
    if amount is not None and amount.kind == "percent":
        venture = _joint_venture_share(view, span, text)
        if venture is not None:
            return venture, "fact-joint-venture-share", 0.75
    if amount is not None:
        series = _counted_series(view, span, text, amount)
        if series is not None:
            return series, "fact-counted-series", 0.75
        reached = _reached_series(view, span, text, amount)
        if reached is not None:
            return reached, "fact-series-reaches", 0.75
        measured = _measured_name(view, span, text, amount)
        if measured is not None:
            return measured, "fact-measured-name", 0.8
        paper = _papers_value(view, span, text, amount)
        if paper is not None:
            return paper, "fact-papers-value", 0.75
        built = _built_by_members(view, span, text, amount)
        if built is not None:
            return built, "fact-members-behind-work", 0.7
        partner = _trade_partner(view, span, text, amount, discourse)
        if partner is not None:
            return partner, "fact-trade-partner", 0.65
        if amount.kind == "count":
            # "one of the 10 ASEAN members", "the five BRICS member countries": the body named
            # inside the count has that many members
            inner = next(
                (
                    slot.mention
                    for slot in view.slots
                    if span.contains(slot.span)
                    and slot.mention.cls in (EntityClass.ORGANIZATION, EntityClass.INITIATIVE)
                ),
                None,
            )
            if inner is not None:
                return inner, "fact-members-of-a-named-body", 0.8
    else:
        event_of = _DATED_EVENT_OF.match(text, span.end)
        if event_of is not None:
            named = next((slot for slot in view.slots if slot.span.start == event_of.end()), None)
            if named is not None:
                return named.mention, "fact-dated-event-of", 0.7
        dated_name = next(
            (
                slot
                for slot in view.slots
                if slot.mention.cls is EntityClass.EVENT
                and span.end <= slot.span.start <= span.end + 1
                and not text[span.end : slot.span.start].strip()
            ),
            None,
        )
        if dated_name is not None:  # 2019年|第22次中国—东盟领导人会议, "the 2019 | ASEAN-China Summit"
            return dated_name.mention, "fact-dated-name", 0.75
        qualified = _qualified_by_date(view, span, text, body)
        if qualified is not None:
            return qualified, "fact-qualified-name", 0.75
        participle = _participle_dated(view, span, text)
        if participle is not None:
            return participle, "fact-dated-participle", 0.75
        when_subject = _when_clause_subject(view, span, text)
        if when_subject is not None:
            return when_subject, "fact-when-clause", 0.7
        acted_on = _trigger_object(view, span, text, body, discourse)
        if acted_on is not None:  # (before 肯尼亚电信周二: the company landed the cable, on Tuesday)
            return acted_on, "fact-verb-object", 0.7
    start = view.skeleton_offset(span.start)
    last = _last_slot_before(view, start)
    held_meeting: tuple[Mention | None] | None = None  # (the meeting the date's clause holds, once read)
    if last >= 0:
        between = view.skeleton[view.slot_end(last) : start]
        held = view.slots[last].mention
        if view.lang.value == "zh":
            # 东盟十国, 自贸区的19亿人口, 论坛13日开幕; but a date right after a place is a
            # dateline's (新华社南宁9月13日电), not the place's
            bare = amount is not None or (
                held.cls in _DATED_BY_ADJACENCY and not _SPEECH_AFTER.match(text, span.end)
            )
            possessive = _POSSESSIVE_ZH_AMOUNT if bare else _POSSESSIVE_ZH
        else:
            possessive = _POSSESSIVE_EN
        # 欧亚地区60%的疆域: a share right after a place is a share of it, not a value it holds
        share_of_place = (
            amount is not None and amount.kind == "percent" and not between.strip() and held.cls in _SETTING
        ) or (
            # 连接欧洲、亚洲、非洲30多国: the places a work connects, counted after the last of them
            amount is not None
            and held.cls in _SETTING
            and _measures_work(amount.kind, amount.noun)
            and _CONNECTING.search(text, _clause(text, span).start, span.start) is not None
        )
        # "Tonga's 827-km fibre-optic link", 汤加的827公里海缆: the country is the setting of a work
        # the value measures, named by its kind right after it
        measured_work_of_place = (
            amount is not None
            and held.cls in _SETTING
            and amount.kind in _PHYSICAL_MEASURES
            and _WORK_NOUN.search(text, span.end, min(view.sentence.span.end, span.end + 40)) is not None
        )
        if amount is None and held.cls is not EntityClass.EVENT and view.lang.value == "zh":
            # 华为公司20日在突尼斯市举行颁奖仪式: the day the subject holds a meeting is the meeting's
            held_meeting = (_held_event(view, span, text, body),)
            meeting = held_meeting[0]
            if meeting is not None and not _OWN_OPENING.search(meeting.text):
                return meeting, "fact-held-event", 0.7
        if (
            possessive.match(between)
            and held.cls in _AMOUNT_HOLDERS
            and not share_of_place
            and not measured_work_of_place
            and not _is_demonym(held)
            and view.slots[last].span.start >= body
        ):
            return held, "fact-possessive", 0.85
    if amount is not None:
        yielding = _yielding_event(view, span, text)
        if yielding is not None:
            return yielding, "fact-event-yield", 0.7
    if amount is not None and amount.kind in ("count", "population"):
        attended = _attended_event(view, span, text, discourse)
        if attended is not None:
            return attended, "fact-attended-event", 0.7
    if amount is not None and amount.kind == "duration":
        lasting = _lasting_thing(view, span, text, discourse)
        if lasting is not None:
            return lasting
    country = _country_reference(view, span, text, discourse, country_references, dated=amount is None)
    if country is not None and (
        amount is not None or _TARGET_BEFORE.search(text, max(0, span.start - 20), span.start)
    ):
        return country, "fact-country-reference", 0.65
    if amount is not None:
        apposed_work = _apposed_measure(view, span, text, amount)
        if apposed_work is not None:
            return apposed_work, "fact-apposed-measure", 0.75
        described = _described_after(view, span, text, discourse) or _relative_clause_holder(view, span)
        if described is not None:
            return described
        signed = _signed_by_count(view, span, text, amount)
        if signed is not None:
            return signed, "fact-signatories", 0.7
        if amount.kind != "percent":
            previous_object = _previous_clause_object(view, span, text)
            if previous_object is not None:
                return previous_object, "fact-previous-clause-object", 0.6
    if amount is None:
        apposed = _apposed_to(view, span, text, body)
        if apposed is not None:
            return apposed, "fact-apposition", 0.7
        meeting = held_meeting[0] if held_meeting is not None else _held_event(view, span, text, body)
        if meeting is not None:
            return meeting, "fact-held-event", 0.7
        salient = _date_holder(view, span, text, body)
        if salient is not None:
            return salient, "fact-salient-thing", 0.7
        topic = _topic_work(view, discourse, body)
        return (topic, "fact-document-topic", 0.55) if topic is not None else None
    if amount.kind == "percent":
        covering = _covering_subject(view, span, text, body)
        if covering is not None:
            return covering, "fact-covered-share", 0.7
    if amount.kind == "money" and _CONTRACT.search(
        text, max(view.sentence.span.start, span.start - 60), min(view.sentence.span.end, span.end + 30)
    ):  # (near the value: "the lowest bid of 16 billion rupees for the contract")
        works = [slot for slot in view.slots if slot.mention.cls is EntityClass.PROJECT]
        work = works[0].mention if works else discourse.latest("P", span.start) if discourse else None
        if work is not None:
            return work, "fact-contracted-work", 0.65
    if amount.kind == "money" and _COST.search(text, max(0, span.start - 24), span.start):
        works = [slot for slot in view.slots if slot.mention.cls is EntityClass.PROJECT]
        if works:
            return works[0].mention, "fact-costed-work", 0.7
        topic = _topic_work(view, discourse, body)
        if topic is not None:
            return topic, "fact-document-topic", 0.55
        # "in a project valued at US$400 million": the work the document has spoken of most
        work = discourse.latest("P", span.start) if discourse is not None else None
        return (work, "fact-costed-work", 0.5) if work is not None else None
    if _measures_work(amount.kind, amount.noun):
        # "…, said the system would deliver up to 180 Tbps", "withdrew 20 per cent from the project":
        # the work named in the value's own clause is what a length, a capacity, a share measures
        clause = _clause(text, span)
        works = [
            slot
            for slot in view.slots
            if slot.mention.cls is EntityClass.PROJECT and clause.contains(slot.span)
        ]
        if works:
            earlier = [slot for slot in works if slot.span.end <= span.start]
            return (earlier[-1] if earlier else works[0]).mention, "fact-clause-work", 0.75
        # "…the Bifrost Cable System, a 15,000-km cable linking …": an apposition measures the work before it
        before_value = [
            slot
            for slot in view.slots
            if slot.mention.cls is EntityClass.PROJECT and slot.span.end <= span.start
        ]
        if before_value:
            return before_value[-1].mention, "fact-sentence-work", 0.65
        # "In August 2021 it added four branches": a pronoun before the measure, the document's work
        pronoun = _PRONOUN.search(text, clause.start, span.start)
        if (
            discourse is not None
            and pronoun is not None
            and not any(pronoun.end() <= slot.span.start < span.start for slot in view.slots)
        ):
            work = discourse.latest("P", span.start)
            if work is not None:
                return work, "fact-pronoun-work", 0.55
        topic = _topic_work(view, discourse, body)
        if topic is not None:
            return topic, "fact-document-topic", 0.55
        described_work = _described_work(view, span, text, discourse)
        if described_work is not None:
            return described_work, "fact-described-work", 0.55
        # "uses 180 Gbps from its first submarine cable, SEA-ME-WE 4": the work named after it
        after_value = [
            slot
            for slot in view.slots
            if slot.mention.cls is EntityClass.PROJECT and slot.span.start >= span.end
        ]
        if after_value and _APPOSED_AFTER.fullmatch(text, span.end, after_value[0].span.start):
            return after_value[0].mention, "fact-apposed-work", 0.6
    if amount.kind == "population" and _POPULATION.search(text, max(0, span.start - 24), span.end):
        place = _populated_place(view, span, text, body, discourse)
        if place is not None:
            return place, "fact-population-place", 0.65
    work = _opening_work(view, span, text, discourse)
    if work is not None:
        return work, "fact-referred-work", 0.6
    subject = _subject(view, body, text)
    if subject is not None and subject.mention.cls in _AMOUNT_HOLDERS:
        return subject.mention, "fact-sentence-subject", 0.7
    # the first thing of the value's clause before it, else of the sentence; not a speaker
    # (中国国际贸易促进委员会副会长李庆霜介绍，…)
    holders = [
        slot
        for slot in view.slots
        if slot.mention.cls in _AMOUNT_HOLDERS
        and slot.span.start >= body
        and not _is_demonym(slot.mention)
        and not (view.lang.value == "zh" and _ZH_SPEECH.match(text, slot.span.end))
    ]
    clause = _clause(text, span)
    in_clause = [slot for slot in holders if clause.start <= slot.span.start and slot.span.end <= span.start]
    if in_clause or holders:
        return (in_clause or holders)[0].mention, "fact-first-thing", 0.55
    return None


# "US$400 million (Sh44 billion)", 4400万美元（约合3亿元人民币）, "827-km (514-mile)": the same value
# in another currency or unit
_CONVERSION = re.compile(r"\s*[(（]\s*(?:约合|约|合|or|about|approximately)?\s*")


# What a contract for a work is named by (not a joint statement, which only speaks of works)
_CONTRACT_DESCRIPTION = re.compile(
    r"contract|合同|construction|supply|maintenance|purchase|loan|financing|建设|维护|运营|供货|采购|融资|贷款",
    re.IGNORECASE,
)


def _contract_for_a_work(relation: Relation) -> bool:
    """A contract only described (the supply contract, 建设合同) and the work it is about."""
    return (
        relation.predicate is Predicate.ABOUT
        and relation.subject.cls is EntityClass.AGREEMENT
        and relation.subject.source == "descriptor"
        and relation.object.cls is EntityClass.PROJECT
        and _CONTRACT_DESCRIPTION.search(relation.subject.text) is not None
    )


def _ceremony(mention: Mention) -> Mention | tuple[EntityClass, str]:
    """A ceremony only described is one ceremony however often its document names it (the
    headline's 在轨交付仪式 is the body's), as the resolver has it; a named one is its mention."""
    return (mention.cls, mention.text) if mention.source == "descriptor" else mention


_RESPECTIVELY = re.compile(r"\brespectively\b|分别")
_LIST_JOIN = re.compile(r"\s*(?:,\s*and|,|，|、|and|和|与|及)\s*")


def _respective_holders(
    view: SentenceView, text: str, values: Sequence[tuple[Span, DateValue | Quantity, AmountMention | None]]
) -> dict[Span, Mention]:
    """ "the 1,200kg PRSS-1 and the 285kg PakTES-1A would operate at altitudes of 640km and 610km
    respectively", A和B分别于3月和12月登陆: a list of values, in order, of the things listed before."""
    sentence = view.sentence.span
    if _RESPECTIVELY.search(text, sentence.start, sentence.end) is None:
        return {}
    inside = [item for item in values if sentence.contains(item[0])]
    runs: list[list[Span]] = []
    for index, (span, _, amount) in enumerate(inside):
        kind = amount.kind if amount is not None else "date"
        previous = inside[index - 1] if index else None
        if (
            previous is not None
            and (previous[2].kind if previous[2] is not None else "date") == kind
            and _LIST_JOIN.fullmatch(text, previous[0].end, span.start) is not None
        ):
            runs[-1].append(span)
        else:
            runs.append([span])
    held: dict[Span, Mention] = {}
    for run in runs:
        if len(run) < 2:
            continue
        things: list[Mention] = []
        for slot in reversed(view.slots):
            if slot.span.end > run[0].start or slot.reference:
                continue
            if things and slot.mention.cls is not things[0].cls:
                break
            if slot.mention.text not in {thing.text for thing in things}:
                things.append(slot.mention)
            if len(things) == len(run):
                break
        dated = next(item for item in inside if item[0] == run[0])[2] is None
        # ("the landings at Karachi and Zafarana were completed in March and December
        # respectively": places are where things happened, not what the dates are of)
        if (
            len(things) == len(run)
            and things[0].cls in _AMOUNT_HOLDERS
            and not (dated and things[0].cls in _SETTING)
        ):
            held.update(zip(run, reversed(things), strict=True))
    return held


# "the West Africa Cable System (WACS), Africa Coast to Europe (ACE), MainOne and SAT-3 cables",
# "APCN2(亚太2号)、SMW3(亚欧海缆)": names listed one after another, each maybe with its acronym or
# another name in brackets
_NAME_LIST_JOIN = re.compile(
    r"\s*[)）]?\s*(?:[(（][^()（）]{1,20}[)）])?\s*(?:,\s*and|,|，|、|and|和|与|及)\s*(?:the\s+)?"
    r"|\s*[(（]\s*"
)
# (a work may be listed with the names of companies: "ACE, MainOne and SAT-3")
_LISTED = frozenset((EntityClass.PROJECT, EntityClass.ORGANIZATION))


def _listed_works(view: SentenceView, holder: Mention, text: str) -> list[Mention]:
    """The other works of the list a dated work is listed in ("On 14 March, the WACS, ACE,
    MainOne and SAT-3 cables went offline": the date of each)."""
    items = [slot for slot in view.slots if slot.mention.cls in _LISTED and not slot.reference]
    position = next((i for i, slot in enumerate(items) if slot.mention == holder), None)
    if position is None:
        return []

    def joined(left: Slot, right: Slot) -> bool:
        return _NAME_LIST_JOIN.fullmatch(text, left.span.end, right.span.start) is not None

    first = last = position
    while first > 0 and joined(items[first - 1], items[first]):
        first -= 1
    while last + 1 < len(items) and joined(items[last], items[last + 1]):
        last += 1
    listed: dict[str, Mention] = {}
    for slot in items[first : last + 1]:
        same = slot.mention.key or slot.mention.text  # (one each: WACS is the West Africa Cable System)
        if slot.mention.cls is EntityClass.PROJECT and same != (holder.key or holder.text):
            listed.setdefault(same, slot.mention)
    return list(listed.values())


# "Pakistan on Monday launched two satellites …. The PRSS-1 and the PakTES-1A were carried into
# orbit …", 周一发射了两颗卫星。……: the date of a counted launch is also that of each work the
# next sentence names, when it names as many
_COUNTED_WORKS = re.compile(
    r"\b(?:launch(?:ed|es)?|put|sent|plac(?:ed|es)|deploy(?:ed|s)?|land(?:ed|s)?|lay|laid|open(?:ed|s)?)\s+"
    r"(?P<en>two|three|four|five|six|2|3|4|5|6)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:satellites|cables|stations|data\s+centres|data\s+centers)\b"
    r"|(?:发射|部署|开通|铺设|建成)了?(?P<zh>两|二|三|四|五|六|[2-6])(?:颗|条|座|个)[\u4e00-\u9fff]{0,6}?(?:卫星|光缆|海缆|站|数据中心)"
)
_COUNT_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "两": 2,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
}


def _counted_works(view: DocumentView, index: int) -> list[Mention]:
    """The works the sentence after a counted launch names, one each, when it names as many."""
    sentence = view.sentences[index]
    text = view.doc.text
    counted = _COUNTED_WORKS.search(text, sentence.sentence.span.start, sentence.sentence.span.end)
    if counted is None or index + 1 >= len(view.sentences):
        return []
    number = counted["en"] or counted["zh"]
    count = int(number) if number.isdigit() else _COUNT_WORDS[number]
    if any(slot.mention.cls is EntityClass.PROJECT for slot in sentence.slots):
        return []
    works: dict[str, Mention] = {}
    for slot in view.sentences[index + 1].slots:
        if slot.mention.cls is EntityClass.PROJECT and not slot.reference:
            works.setdefault(slot.mention.key or slot.mention.canonical or slot.mention.text, slot.mention)
    return list(works.values()) if len(works) == count else []


_LAST_WORD = re.compile(r"[A-Za-z]+$")


def _counted_head(amount: AmountMention | None) -> str | None:
    """What a count counts, by its noun's last word ("35 active 5G sites", 35个5G站点 → sites, 站点)."""
    if amount is None or amount.kind != "count" or not amount.noun:
        return None
    word = _LAST_WORD.search(amount.noun)
    if word is not None:
        return word.group().casefold()
    return amount.noun[-2:] if len(amount.noun) >= 2 else None


def attach_facts(
    view: DocumentView,
    dates: Sequence[DateMention],
    amounts: Sequence[AmountMention],
    relations: Sequence[Relation] = (),
) -> tuple[Fact, ...]:
    """Attach dates and amounts (offsets into the document text) to the mentions they describe.

    A date held by a ceremony is also the date of what the ceremony inaugurated (the works that
    ``relations`` say were announced at it: 中尼光缆开通仪式12日举行 → the cable, 12 January), and
    a date held by a contract only described is also the date of the work it is about ("NEC
    signed the supply contract in March 2018" → the cable's contract, March 2018).
    """
    named = sorted(
        (slot.span.start, slot.span.end)
        for sentence in view.sentences
        for slot in sentence.slots
        if not slot.reference
    )
    named_starts = [start for start, _ in named]
    works = sorted(
        (
            (slot.span.start, slot.span.end, slot.mention)
            for sentence in view.sentences
            for slot in sentence.slots
            if slot.mention.cls is EntityClass.PROJECT
        ),
        key=lambda work: (work[0], work[1]),
    )
    work_starts = [start for start, _, _ in works]
    values: list[tuple[Span, DateValue | Quantity, AmountMention | None]] = [
        (d.span, d.value, None) for d in dates
    ]
    date_spans = [d.span for d in dates]
    for found in amounts:
        if any(found.span.overlaps(s) for s in date_spans):
            continue
        values.append((found.span, found.value, found))
    values.sort(key=lambda item: item[0].start)
    announced: dict[Mention | tuple[EntityClass, str], list[Mention]] = {}
    for relation in relations:
        if relation.predicate is Predicate.ANNOUNCED_AT:
            announced.setdefault(_ceremony(relation.object), []).append(relation.subject)
        elif _contract_for_a_work(relation):
            # "NEC signed the supply contract in March 2018": the date of the work's contract
            announced.setdefault(_ceremony(relation.subject), []).append(relation.object)
    country_references = (
        [Span(m.start(), m.end()) for m in _COUNTRY_REFERENCE.finditer(view.doc.text)]
        if any(map(view.doc.text.__contains__, _COUNTRY_REFERENCE_WORDS))
        else []
    )
    respective: dict[Span, Mention] = {}
    for sentence_view in view.sentences:
        respective.update(_respective_holders(sentence_view, view.doc.text, values))
    facts: list[Fact] = []
    counted_in_sentence: tuple[int, dict[str, tuple[Mention, float]]] = (-1, {})
    bodies: dict[int, int] = {}
    sentence_index = 0
    sentences = view.sentences
    for span, value, amount in values:
        index = bisect_right(named_starts, span.start) - 1
        inside_name = index >= 0 and span.start < named[index][1]
        measured = _measured_work(works, work_starts, span, amount) if amount is not None else None
        if inside_name and measured is None:
            continue  # a number inside a name (21世纪海上丝绸之路, 5G) is not a fact
        while sentence_index < len(sentences) and sentences[sentence_index].sentence.span.end <= span.start:
            sentence_index += 1
        if sentence_index >= len(sentences):
            break
        sentence = sentences[sentence_index]
        if not sentence.sentence.span.contains(span):
            continue
        if sentence_index not in bodies:  # (where the sentence starts past its dateline, once)
            bodies[sentence_index] = _body_start(sentence, view.doc.text)
        converted = (
            amount is not None
            and facts
            and isinstance(facts[-1].value, Quantity)
            and facts[-1].evidence == sentence.sentence.span
            and _CONVERSION.fullmatch(view.doc.text, facts[-1].span.end, span.start) is not None
        )
        held = (
            (measured, "fact-measure-in-name", 0.85)
            if measured is not None
            else (facts[-1].subject, "fact-converted-value", facts[-1].confidence)
            if converted
            else (respective[span], "fact-respectively", 0.75)
            if span in respective
            else _holder(
                sentence,
                span,
                view.doc.text,
                amount,
                view.discourse,
                country_references=country_references,
                body=bodies[sentence_index],
            )
        )
        counted_head = _counted_head(amount)
        if counted_head is not None and counted_in_sentence[0] != sentence_index:
            counted_in_sentence = (sentence_index, {})
        earlier = counted_in_sentence[1].get(counted_head) if counted_head is not None else None
        if earlier is not None and (held is None or held[1] == "fact-first-thing" or held[2] < earlier[1]):
            # "has 35 active 5G sites … and plans to expand to 200 sites": the same things counted
            # again in the sentence are the same holder's, unless a rule of its own says otherwise
            # (与17个国家签署A，与30个国家签署B: each count signed its own agreement)
            held = (earlier[0], "fact-same-counted-noun", earlier[1])
        counted_works = _counted_works(view, sentence_index) if amount is None else []
        if held is None and counted_works:
            held = (counted_works[0], "fact-counted-works", 0.6)
        if held is None:
            continue
        holder, rule, confidence = held
        text = view.doc.text[sentence.sentence.span.start : sentence.sentence.span.end]
        local_start = span.start - sentence.sentence.span.start
        attribute = (
            _date_attribute(text, local_start, span.end - sentence.sentence.span.start)
            if amount is None
            else _amount_attribute(amount, text, local_start)
        )
        evidence = sentence.sentence.span
        facts.append(Fact(holder, attribute, value, span, evidence, rule, confidence))
        if counted_head is not None:
            counted_in_sentence[1].setdefault(counted_head, (holder, confidence))
        for work in counted_works:
            if work != holder:
                facts.append(Fact(work, attribute, value, span, evidence, "fact-counted-works", 0.6))
        if (
            amount is None
            and holder.cls is EntityClass.PROJECT
            and not counted_works
            and span not in respective
        ):
            for work in _listed_works(sentence, holder, view.doc.text):
                facts.append(Fact(work, attribute, value, span, evidence, "fact-listed-works", 0.6))
        if amount is None and holder.cls in (EntityClass.EVENT, EntityClass.AGREEMENT):
            for work in dict.fromkeys(announced.get(_ceremony(holder), ())):
                facts.append(
                    Fact(
                        work,
                        attribute,
                        value,
                        span,
                        evidence,
                        "fact-ceremony-work" if holder.cls is EntityClass.EVENT else "fact-contract-work",
                        round(confidence * 0.9, 3),
                    )
                )
    return tuple(facts)


_MEASURES_IN_NAMES = frozenset({"length", "capacity"})
_LONGEST_WORK_NAME = 200


def _measured_work(
    works: Sequence[tuple[int, int, Mention]], starts: Sequence[int], span: Span, amount: AmountMention
) -> Mention | None:
    """The work whose name or description holds this length or capacity: "the 4,700-kilometre
    cable", "the 3,131-km network", 1.2万公里海缆 (a count or a year in a name says nothing of the
    work: 5G, 21世纪海上丝绸之路)."""
    if amount.kind not in _MEASURES_IN_NAMES:
        return None
    for index in range(bisect_right(starts, span.start) - 1, -1, -1):
        start, end, mention = works[index]
        if span.start - start > _LONGEST_WORK_NAME:
            break  # (a long document holds thousands of works: only those that could hold it are read)
        if span.end <= end:
            return mention
    return None


def find_facts(view: DocumentView, relations: Sequence[Relation] = ()) -> tuple[Fact, ...]:
    """Dates (read against the document date) and amounts of a document, attached to entities.

    ``relations`` are the document's relations, when known: a ceremony's date goes to what it
    inaugurated too.
    """
    doc = view.doc
    found = attach_facts(view, find_dates(doc.text, reference=doc.date), find_amounts(doc.text), relations)
    return found + _editions(view)


def _editions(view: DocumentView) -> tuple[Fact, ...]:
    """第七届中国国际进口博览会, "the 26th AECC meeting": an edition's number, from its own name."""
    facts = []
    for sentence in view.sentences:
        for slot in sentence.slots:
            if slot.reference or slot.mention.cls is not EntityClass.EVENT:
                continue
            name = view.doc.text[slot.span.start : slot.span.end]
            edition = edition_number(name)
            if edition is None:
                continue
            number, length = edition
            span = Span(slot.span.start, slot.span.start + length)
            value = Quantity(Decimal(number))
            facts.append(
                Fact(
                    slot.mention, "edition", value, span, sentence.sentence.span, "fact-edition-in-name", 0.85
                )
            )
    return tuple(facts)
