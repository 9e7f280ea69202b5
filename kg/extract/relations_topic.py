"""Relations of the report's work that a sentence states without naming it.

A report on one work (a cable, a satellite, a data centre, a programme) says much of it in
sentences that leave it implicit: a passive with no subject ("Designed and built by Aerospace
Dongfanghong", 卫星和运载火箭均由中国航天科技集团公司负责研制), a clause whose subject is only
"the consortium" ("has chosen US company SubCom to supply … the cable system"). The patterns here
read those sentences through the ``topic:`` group of ``relations.py``, which gives a sentence with
no work of its own the document's most salient one (``_topic``); their confidences stay below those
of the readings with a named subject. So does a report on one meeting: "UN Secretary-General
António Guterres also attended", 8个非洲国家担任主宾国 say who took part in it.
"""

from __future__ import annotations

from kg.extract.relations import Pattern
from kg.model import Lang
from kg.model import Predicate as Pred

__all__ = ["TOPIC_EN_PATTERNS", "TOPIC_ZH_PATTERNS"]


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
        (("topic:P", Pred.BUILT_BY, "o"),),
        0.6,
    ),
    _en(
        # "Its construction was entrusted to Alcatel Submarine Networks"
        "en-topic-construction-entrusted",
        r"\b(?:its\s+)?(?:construction|manufacturing|installation)\s+(?:was|has\s+been|is|will\s+be)\s+"
        r"(?:entrusted|awarded|contracted)\s+to\s+" + _EN_BEFORE_NAME + r"<o:O*>",
        (("topic:P", Pred.BUILT_BY, "o"),),
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
        (("topic:P", Pred.BUILT_BY, "o"),),
        0.6,
    ),
    _en(
        "en-topic-was-chosen-to-build",
        r"<o:O>\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+" + _EN_CHOSEN + _EN_TO_BUILD,
        (("topic:P", Pred.BUILT_BY, "o"),),
        0.6,
    ),
    _en(
        # "Alcatel Submarine Networks is handling the manufacturing and installation of the cable"
        "en-topic-handles-the-works",
        r"<o:O>\s+(?:is|are|will\s+be|was|were)\s+(?:handling|managing|performing|carrying\s+out|undertaking)\s+the\s+"
        r"(?:[a-z-]+\s+){0,3}?(?:manufacturing|installation|construction|laying|deployment|engineering)\b",
        (("topic:P", Pred.BUILT_BY, "o"),),
        0.6,
    ),
    _en(
        # "UN Secretary-General António Guterres also attended", "the World Bank, UNDP and ITU took
        # part": who attends with no meeting named attends the report's meeting
        "en-topic-attended",
        r"<s:HOC*>\s+(?:also\s+|both\s+|all\s+)?(?:attended|took\s+part|participated)\b",
        (("s", Pred.PARTICIPATED_IN, "topic:E"),),
        0.55,
    ),
    _en(
        # "The online session was attended by Minister of Commerce of China Wang Wentao, …"
        "en-topic-was-attended-by",
        r"\b(?:was|were)\s+(?:also\s+)?attended\s+by\s+(?:[^⟨⟩,;.]{0,40}?)<s:HOC*>",
        (("s", Pred.PARTICIPATED_IN, "topic:E"),),
        0.55,
    ),
    _en(
        # "with a loan from China", "financed by the Export-Import Bank of China"
        "en-topic-funded-by",
        r"\b(?:with\s+(?:an?\s+)?(?:[a-z-]+\s+){0,2}?(?:loan|funding|financing|grant)\s+from|"
        r"(?:funded|financed|bankrolled)\s+by)\s+" + _EN_BEFORE_NAME + r"<o:OC*>",
        (("topic:PI", Pred.FUNDED_BY, "o"),),
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
        (("topic:P", Pred.BUILT_BY, "o"),),
        0.6,
    ),
    _zh(
        # 联合国工发组织、非盟等12个国际组织…参会, 贝宁、…、赞比亚等8个非洲国家担任主宾国: bodies and
        # countries that attend with no meeting named attend the report's meeting (after 等, what the
        # list counts may name places: 8个非洲国家); people are read by relations_zh's zh-attend-topic
        "zh-topic-attended",
        r"<s:OC*>(?:等(?:[^，,；;。：:⟨⟩]|⟨[CL]\d+⟩){0,30}?)?(?:也|还|均|共同)?(?:通过线上方式|以视频方式|在线)?"
        r"(?:参会|与会|参展|担任主宾国|(?:出席|参加)(?:了)?(?:活动|会议|仪式|开幕式|本届|此次))",
        (("s", Pred.PARTICIPATED_IN, "topic:E"),),
        0.55,
    ),
    _zh(
        # 国家开发银行为该项目提供了商业贷款支持: who gives the work its loan funds it
        "zh-topic-loan-for",
        r"<o:OC*>(?:为|向)(?:该项目|该工程|项目|其|<:P>)?提供(?:了)?[\u4e00-\u9fff]{0,6}?(?:贷款|融资|资金)",
        (("topic:PI", Pred.FUNDED_BY, "o"),),
        0.6,
    ),
)
