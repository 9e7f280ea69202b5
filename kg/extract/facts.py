"""Facts: each date and amount of a document attached to the entity it describes, with an attribute.

Attachment, most specific first:
1. the name the value modifies: "The 820-km underground cable" (a reference slot that contains
   the value) → the cable it resolves to;
2. a possessive right before the value: 中国—东盟自由贸易区的19亿人口, "ASEAN's ten member states";
3. for a date, the most salient thing of its sentence (a project, agreement or initiative, then
   an event, then an organization), the nearest one first: 项目于2011年发起 → the project;
4. for an amount, the subject of its sentence: 中国交建…修建了10320公里的公路 → 中国交建.

The attribute comes from the trigger words next to the value (签署/signed → ``signed``,
发起/launched → ``launched``, 贯通/inaugurated → ``inaugurated`` …) or, for amounts, from what
they measure (``length``, ``investment``, ``capacity``, ``population``, ``count`` …).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.amounts import AmountMention, find_amounts
from kg.extract.dates import DateMention, find_dates
from kg.extract.relations import DocumentView, SentenceView, Slot
from kg.model import DateValue, EntityClass, Fact, Mention, Quantity, Span

__all__ = ["attach_facts", "find_facts"]

_DATE_TRIGGERS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("signed", r"签署|签订|签约|缔结|signed|signing|inked"),
        ("launched", r"发起|启动|开工|launch(?:ed|es)?|initiated|started|kicked\s+off|began|begun"),
        ("inaugurated", r"贯通|开通|落成|通车|inaugurat\w*|opened"),
        ("announced", r"宣布|发表|发布|announced|unveiled"),
        (
            "commissioned",
            r"投入运行|投入运营|投入使用|投入商用|正式运营|投运|投产|commission\w*|operational|in\s+service|go\s+live|ready\s+for\s+service",
        ),
        ("approved", r"批准|获批|核准|approved|approval"),
        ("completed", r"建成|竣工|完工|completed|finished|completion"),
        ("established", r"成立|设立|established|founded|set\s+up|created"),
        ("landed", r"登陆|landed|landing"),
        ("proposed", r"提出|proposed|put\s+forward"),
    )
)
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
    best: tuple[int, str] | None = None
    for name, pattern in _DATE_TRIGGERS:
        for match in pattern.finditer(piece):
            start = offset + match.start()
            distance = value_start - start if start < value_start else start - value_end
            if best is None or abs(distance) < best[0]:
                best = (abs(distance), name)
    return best


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
    }.get(amount.kind, amount.kind)


def _slot_index_at(view: SentenceView, skeleton_position: int) -> int | None:
    for index, position in enumerate(view.positions):
        if position <= skeleton_position < view.slot_end(index):
            return index
    return None


_CLAUSE_MARKS = re.compile(r"[，,；;。]")


def _clause(text: str, span: Span) -> Span:
    """The clause (between commas and semicolons) of the document text around ``span``."""
    before = [m.end() for m in _CLAUSE_MARKS.finditer(text, max(0, span.start - 200), span.start)]
    after = _CLAUSE_MARKS.search(text, span.end, span.end + 200)
    return Span(
        before[-1] if before else max(0, span.start - 200), after.start() if after else span.end + 200
    )


_WORK_MEASURES = frozenset({"length", "capacity", "money"})


def _holder(
    view: SentenceView, span: Span, is_date: bool, text: str, amount_kind: str | None = None
) -> tuple[Mention, str, float] | None:
    """The mention a value describes, the rule that chose it and its confidence."""
    for slot in view.slots:
        if slot.reference and slot.span.contains(span):
            return slot.mention, "fact-modified-name", 0.85
    start = view.skeleton_offset(span.start)
    before = [i for i, _ in enumerate(view.slots) if view.slot_end(i) <= start]
    if before:
        last = before[-1]
        between = view.skeleton[view.slot_end(last) : start]
        possessive = _POSSESSIVE_ZH if view.lang.value == "zh" else _POSSESSIVE_EN
        if possessive.match(between) and view.slots[last].mention.cls in _AMOUNT_HOLDERS:
            return view.slots[last].mention, "fact-possessive", 0.85
    if is_date:
        ranked: list[tuple[int, int, Slot]] = []
        for slot in view.slots:
            rank = _DATE_RANK.get(slot.mention.cls)
            if rank is not None:
                distance = min(abs(slot.span.start - span.end), abs(span.start - slot.span.end))
                ranked.append((rank, distance, slot))
        if ranked:
            # the best class first; among equals one in the date's own clause, then the
            # sentence's subject, then the nearest
            subject_mention = view.subject.mention if view.subject is not None else None
            clause = _clause(text, span)
            ranked.sort(
                key=lambda item: (
                    item[0],
                    not clause.contains(item[2].span),
                    item[2].mention is not subject_mention,
                    item[1],
                )
            )
            return ranked[0][2].mention, "fact-salient-thing", 0.7
        return None
    if amount_kind in _WORK_MEASURES:
        # "…, said the system would deliver up to 180 Tbps": a work named in the value's own
        # clause, before it, is what a length, a capacity or an investment measures
        clause = _clause(text, span)
        works = [
            slot
            for slot in view.slots
            if slot.mention.cls is EntityClass.PROJECT
            and clause.contains(slot.span)
            and slot.span.end <= span.start
        ]
        if works:
            return works[-1].mention, "fact-clause-work", 0.75
    subject = view.subject
    if subject is not None and subject.mention.cls in _AMOUNT_HOLDERS:
        return subject.mention, "fact-sentence-subject", 0.7
    for slot in view.slots:
        if slot.mention.cls in _AMOUNT_HOLDERS:
            return slot.mention, "fact-first-thing", 0.55
    return None


def attach_facts(
    view: DocumentView, dates: Sequence[DateMention], amounts: Sequence[AmountMention]
) -> tuple[Fact, ...]:
    """Attach dates and amounts (offsets into the document text) to the mentions they describe."""
    mention_spans = [
        slot.span for sentence in view.sentences for slot in sentence.slots if not slot.reference
    ]
    values: list[tuple[Span, DateValue | Quantity, AmountMention | None]] = [
        (d.span, d.value, None) for d in dates
    ]
    date_spans = [d.span for d in dates]
    for found in amounts:
        if any(found.span.overlaps(s) for s in date_spans):
            continue
        values.append((found.span, found.value, found))
    values.sort(key=lambda item: item[0].start)
    facts: list[Fact] = []
    sentence_index = 0
    sentences = view.sentences
    for span, value, amount in values:
        if any(s.start <= span.start < s.end for s in mention_spans):
            continue  # a number inside a name (21世纪海上丝绸之路, 5G) is not a fact
        while sentence_index < len(sentences) and sentences[sentence_index].sentence.span.end <= span.start:
            sentence_index += 1
        if sentence_index >= len(sentences):
            break
        sentence = sentences[sentence_index]
        if not sentence.sentence.span.contains(span):
            continue
        held = _holder(sentence, span, amount is None, view.doc.text, amount.kind if amount else None)
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
        facts.append(Fact(holder, attribute, value, span, sentence.sentence.span, rule, confidence))
    return tuple(facts)


def find_facts(view: DocumentView) -> tuple[Fact, ...]:
    """Dates (read against the document date) and amounts of a document, attached to entities."""
    doc = view.doc
    return attach_facts(view, find_dates(doc.text, reference=doc.date), find_amounts(doc.text))
