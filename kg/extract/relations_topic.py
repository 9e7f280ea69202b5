"""The document's topic, and the relations of it that a sentence states without naming it.

A report on one work (a cable, a satellite, a data centre, a programme) says much of it in
sentences that leave it implicit: a passive with no subject ("Designed and built by Aerospace
Dongfanghong", 卫星和运载火箭均由中国航天科技集团公司负责研制), a clause with a subject the
engine has no name for ("The satellite is operated by ESSTI", "a Tier III facility built in
Diamniadio"), a zero subject (由华为公司实施). The patterns here give such a sentence the
document's topic as its subject, through the ``doc:`` group of ``relations.py``:

- the topic is the work (Project, Agreement, Initiative, Event) the title names and the lead names
  most often, and only when it clearly dominates the lead's other works (else there is none);
- a ``doc:`` group stands for it only when the sentence names no other work of its class that could
  be the subject;
- the confidences stay below those of the readings with a named subject.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from kg.extract.relations import LETTER, Pattern, Slot
from kg.model import EntityClass, Lang, Mention
from kg.model import Predicate as Pred

__all__ = ["TOPIC_EN_PATTERNS", "TOPIC_ZH_PATTERNS", "document_topic", "topic_slots"]

_WORK_CLASSES = frozenset(
    {EntityClass.PROJECT, EntityClass.AGREEMENT, EntityClass.INITIATIVE, EntityClass.EVENT}
)


def _key(mention: Mention) -> tuple[EntityClass, str]:
    return (mention.cls, mention.key or (mention.canonical or mention.text).casefold())


def document_topic(
    title: Sequence[Mention], lead: Sequence[Mention], salience: Callable[[Mention], int]
) -> Mention | None:
    """The work a report is about, among the works its lead names (``lead``: the mentions of its
    first paragraph, title included; ``title``: those of its first sentence).

    The lead's work named most often, when no other is named as often there, and when the title
    names it or, with a title that names no work, the document names or refers to it (its
    ``salience``) at least twice and twice as often as any other work of the lead; else None.
    """
    works = [m for m in lead if m.cls in _WORK_CLASSES]
    counts = Counter(_key(m) for m in works)
    if not counts:
        return None
    ranked = counts.most_common(2)
    best, best_count = ranked[0]
    if len(ranked) > 1 and ranked[1][1] >= best_count:
        return None
    topic = next(m for m in works if _key(m) == best)
    if any(_key(m) == best for m in title):
        return topic
    if any(m.cls in _WORK_CLASSES for m in title):
        return None
    others = [salience(m) for m in works if _key(m) != best]
    weight = salience(topic)
    return topic if weight >= 2 and all(weight >= 2 * other for other in others) else None


def topic_slots(letters: str, topic: Mention | None, slots: Sequence[Slot]) -> list[Slot]:
    """The document's topic as a slot of a sentence (its ``slots``), when its class is one of
    ``letters`` and the sentence names neither the topic (it may refer to it) nor another work of
    that class or of ``letters``: "the Kumul network was built by …" in a report on the Coral Sea
    Cable is not about the cable."""
    if topic is None or LETTER[topic.cls] not in letters:
        return []
    for slot in slots:
        if _key(slot.mention) == _key(topic):
            if not slot.reference:
                return []  # a sentence that names the topic is read by the patterns of named subjects
        elif slot.mention.cls is topic.cls or slot.letter in letters:
            return []
    return [Slot(topic.span, topic, reference=True)]


def _en(rule: str, template: str, emits: tuple[tuple[str, Pred, str], ...], confidence: float) -> Pattern:
    return Pattern(rule, template, emits, confidence).compile(Lang.EN)


def _zh(rule: str, template: str, emits: tuple[tuple[str, Pred, str], ...], confidence: float) -> Pattern:
    return Pattern(rule, template, emits, confidence).compile(Lang.ZH)


# the words that may stand between "by"/"to" and the name: "the Chinese telecom company Huawei";
# not a list of three or more ("built by Alcatel, NEC and HMN Tech" is a consortium)
_EN_BEFORE_NAME = r"(?:the\s+)?(?:(?:[a-z-]+|⟨C\d+⟩)\s+){0,3}?(?!⟨[A-Z]\d+⟩\s*,\s*⟨[A-Z]\d+⟩\s*(?:,|and\b))"
# who is picked for the works, and the works: "chosen US company SubCom to supply, install …"
_EN_CHOSEN = r"(?:chosen|selected|picked|appointed|hired|contracted|enlisted|tapped|commissioned)"
_EN_TO_BUILD = (
    r"\s+to\s+(?:design,?\s+(?:and\s+)?)?(?:build|construct|lay|supply|install|deploy|manufacture)\b"
)

TOPIC_EN_PATTERNS: tuple[Pattern, ...] = (
    _en(
        # "Designed and built by Aerospace Dongfanghong, …", "was equipped by the Chinese telecom
        # company Huawei": a passive whose subject is no name is the report's work
        "en-topic-built-by",
        r"(?:^|(?<=[,;]\s)|\b(?:was|were|is|are|been|being|be)\s+(?:(?:jointly|also|largely|mainly|entirely)\s+)?)"
        r"(?:designed\s+and\s+|designed,\s+)?(?:built|constructed|manufactured|equipped|engineered)\s+by\s+"
        + _EN_BEFORE_NAME
        + r"<o:O*>",
        (("doc:P", Pred.BUILT_BY, "o"),),
        0.6,
    ),
    _en(
        # "Its construction was entrusted to Alcatel Submarine Networks"
        "en-topic-construction-entrusted",
        r"\b(?:its\s+)?(?:construction|manufacturing|installation)\s+(?:was|has\s+been|is|will\s+be)\s+"
        r"(?:entrusted|awarded|contracted)\s+to\s+" + _EN_BEFORE_NAME + r"<o:O*>",
        (("doc:P", Pred.BUILT_BY, "o"),),
        0.6,
    ),
    _en(
        # "The consortium has chosen US company SubCom to supply, install and commission the cable
        # system", "HMN Tech was contracted to build it": who is chosen to build, with no work named
        "en-topic-chosen-to-build",
        r"\b(?:has\s+|have\s+|had\s+)?(?:chose|"
        + _EN_CHOSEN
        + r")\s+"
        + _EN_BEFORE_NAME
        + r"<o:O>"
        + _EN_TO_BUILD,
        (("doc:P", Pred.BUILT_BY, "o"),),
        0.6,
    ),
    _en(
        "en-topic-was-chosen-to-build",
        r"<o:O>\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+" + _EN_CHOSEN + _EN_TO_BUILD,
        (("doc:P", Pred.BUILT_BY, "o"),),
        0.6,
    ),
    _en(
        # "Alcatel Submarine Networks is handling the manufacturing and installation of the cable"
        "en-topic-handles-the-works",
        r"<o:O>\s+(?:is|are|will\s+be|was|were)\s+(?:handling|managing|performing|carrying\s+out|undertaking)\s+the\s+"
        r"(?:[a-z-]+\s+){0,3}?(?:manufacturing|installation|construction|laying|deployment|engineering)\b",
        (("doc:P", Pred.BUILT_BY, "o"),),
        0.6,
    ),
    _en(
        # "with a loan from China", "financed by the Export-Import Bank of China"
        "en-topic-funded-by",
        r"\b(?:with\s+(?:an?\s+)?(?:[a-z-]+\s+){0,2}?(?:loan|funding|financing|grant)\s+from|"
        r"(?:funded|financed|bankrolled)\s+by)\s+" + _EN_BEFORE_NAME + r"<o:OC*>",
        (("doc:PI", Pred.FUNDED_BY, "o"),),
        0.6,
    ),
)

# what a clause may call the report's work before its 由 phrase (卫星和运载火箭均由…; not 运载火箭由…)
_ZH_WORK_NOUN = r"(?:卫星|项目|工程|光缆|海缆|系统|中心|平台|网络)"

TOPIC_ZH_PATTERNS: tuple[Pattern, ...] = (
    _zh(
        # 卫星和运载火箭均由中国航天科技集团公司负责研制, 由华为公司实施: a 由 phrase with no named
        # work before it in its clause is about the report's work
        "zh-topic-built-by",
        r"(?:^|(?<=[，,；;]))(?:[^，,；;。⟨⟩]{0,8}?"
        + _ZH_WORK_NOUN
        + r"(?:和[^，,；;。⟨⟩]{1,6}?)?)?(?:均|都|将|已|则|主要)?由<o:O*>"
        r"(?:负责|承担|牵头|共同|联合|合作|独立|自主)?"
        r"(?:研制|研发|实施|设计制造|设计|制造|建造|承建|建设)",
        (("doc:P", Pred.BUILT_BY, "o"),),
        0.6,
    ),
    _zh(
        # 国家开发银行为该项目提供了商业贷款支持: who gives the work its loan funds it
        "zh-topic-loan-for",
        r"<o:OC*>(?:为|向)(?:该项目|该工程|项目|其|<:P>)?提供(?:了)?[\u4e00-\u9fff]{0,6}?(?:贷款|融资|资金)",
        (("doc:PI", Pred.FUNDED_BY, "o"),),
        0.6,
    ),
)
