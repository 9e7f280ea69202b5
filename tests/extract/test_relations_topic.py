"""The document's topic and the relations of it that a sentence states without naming it.

Chinese and English rows side by side; mentions are built by hand (``build``) so that the tests pin
the relation layer alone.
"""

from __future__ import annotations

import pytest

from kg.extract.relations import Slot
from kg.extract.relations_topic import document_topic, topic_slots
from kg.model import EntityClass, Lang, Mention, Span
from tests.extract.test_relations import Spec, check_relations

Triple = tuple[str, str, str]


def _mention(text: str, cls: EntityClass, start: int) -> Mention:
    return Mention("d", Span(start, start + len(text)), text, cls, Lang.EN)


WORK, BODY, DEAL = EntityClass.PROJECT, EntityClass.ORGANIZATION, EntityClass.AGREEMENT


@pytest.mark.parametrize(
    ("title", "lead", "salience", "expected"),
    [
        pytest.param(
            [("MisrSat-2", WORK)], [("MisrSat-2", WORK), ("MisrSat-2", WORK)], {}, "MisrSat-2", id="en-titled"
        ),
        pytest.param(
            [("尼星1R", WORK)],
            [("尼星1R", WORK), ("尼星1R", WORK), ("中尼合同", DEAL)],
            {},
            "尼星1R",
            id="zh-titled-most-named",
        ),
        pytest.param(
            [("PEACE", WORK)],
            [("PEACE", WORK), ("2Africa", WORK), ("2Africa", WORK)],
            {},
            None,
            id="en-titled-but-not-most-named",
        ),
        pytest.param(
            [("亚欧海缆", WORK), ("亚太海缆", WORK)],
            [("亚欧海缆", WORK), ("亚太海缆", WORK)],
            {},
            None,
            id="zh-two-as-often",
        ),
        pytest.param(
            [("Ooredoo", BODY)],
            [("2Africa", WORK)],
            {"2Africa": 3},
            "2Africa",
            id="en-untitled-named-often-in-the-document",
        ),
        pytest.param(
            [("华为", BODY)],
            [("玻利维亚通信卫星", WORK)],
            {"玻利维亚通信卫星": 1},
            None,
            id="zh-untitled-named-once",
        ),
        pytest.param(
            [("Huawei", BODY)],
            [("SEA-ME-WE 6", WORK), ("AAE-1", WORK)],
            {"SEA-ME-WE 6": 1, "AAE-1": 1},
            None,
            id="en-untitled-two-works-as-often",
        ),
        pytest.param([("华为", BODY)], [("华为", BODY)], {}, None, id="zh-no-work"),
    ],
)
def test_document_topic_is_the_dominant_work_of_title_and_lead(
    title: list[tuple[str, EntityClass]],
    lead: list[tuple[str, EntityClass]],
    salience: dict[str, int],
    expected: str | None,
) -> None:
    title_mentions = [_mention(text, cls, i * 10) for i, (text, cls) in enumerate(title)]
    lead_mentions = [_mention(text, cls, 100 + i * 10) for i, (text, cls) in enumerate(lead)]
    topic = document_topic(title_mentions, lead_mentions, lambda m: salience.get(m.text, 0))
    assert (topic.text if topic else None) == expected


def test_topic_slots_not_when_the_sentence_names_another_work_of_its_class() -> None:
    topic = _mention("Equiano", WORK, 0)
    other = _mention("WACS", WORK, 50)
    assert topic_slots("P", topic, [Slot(other.span, other)]) == []
    assert topic_slots("P", topic, [Slot(Span(60, 67), topic, reference=True)])[0].mention is topic
    assert topic_slots("A", topic, []) == []
    assert topic_slots("P", None, []) == []


TOPIC = [
    pytest.param(
        "MisrSat-2 launched. MisrSat-2 is Egypt's satellite. Designed and built by Aerospace Dongfanghong, "
        "the satellite weighs 300 kg.",
        [("MisrSat-2", "P"), ("Egypt", "C"), ("Aerospace Dongfanghong", "O")],
        {("MisrSat-2", "builtBy", "Aerospace Dongfanghong")},
        set(),
        id="en-passive-builder-with-no-subject",
    ),
    pytest.param(
        "Lion opened. Lion spans 6,000km. It was built by Alcatel, NEC and HMN Tech.",
        [("Lion", "P"), ("Alcatel", "O"), ("NEC", "O"), ("HMN Tech", "O")],
        set(),
        {("Lion", "builtBy", "NEC"), ("Lion", "builtBy", "Alcatel")},
        id="en-three-builders-are-a-consortium-not-the-builders",
    ),
    pytest.param(
        "玻利维亚通信卫星发射成功。玻利维亚通信卫星由长征火箭发射。卫星和运载火箭均由中国航天科技集团公司负责研制。",
        [("玻利维亚通信卫星", "P"), ("中国航天科技集团公司", "O")],
        {("玻利维亚通信卫星", "builtBy", "中国航天科技集团公司")},
        set(),
        id="zh-passive-builder-of-the-satellite",
    ),
    pytest.param(
        "SEA-ME-WE 6 approved. SEA-ME-WE 6 will cost Tk 693 crore. The consortium has chosen US company "
        "SubCom to supply, install and commission the cable system.",
        [("SEA-ME-WE 6", "P"), ("SubCom", "O")],
        {("SEA-ME-WE 6", "builtBy", "SubCom")},
        set(),
        id="en-chosen-to-supply-the-work",
    ),
    pytest.param(
        "2Africa lands in Oman. 2Africa spans 45,000km. Alcatel Submarine Networks is handling the "
        "manufacturing and installation of the cable.",
        [("2Africa", "P"), ("Oman", "C"), ("Alcatel Submarine Networks", "O")],
        {("2Africa", "builtBy", "Alcatel Submarine Networks")},
        set(),
        id="en-handles-the-installation",
    ),
    pytest.param(
        "委内瑞拉遥感卫星二号发射。委内瑞拉遥感卫星二号入轨。运载火箭由上海航天技术研究院研制。",
        [("委内瑞拉遥感卫星二号", "P"), ("上海航天技术研究院", "O")],
        set(),
        {("委内瑞拉遥感卫星二号", "builtBy", "上海航天技术研究院")},
        id="zh-the-rocket-is-not-the-satellite",
    ),
    pytest.param(
        "Equiano lands in Togo. Equiano is Google's cable. Its construction was entrusted to Alcatel "
        "Submarine Networks.",
        [("Equiano", "P"), ("Togo", "C"), ("Google", "O"), ("Alcatel Submarine Networks", "O")],
        {("Equiano", "builtBy", "Alcatel Submarine Networks")},
        set(),
        id="en-construction-entrusted",
    ),
    pytest.param(
        "图帕克卫星发射。图帕克卫星入轨。国家开发银行为该项目提供了商业贷款支持。",
        [("图帕克卫星", "P"), ("国家开发银行", "O")],
        {("图帕克卫星", "fundedBy", "国家开发银行")},
        set(),
        id="zh-loan-for-the-project",
    ),
    pytest.param(
        "Equiano lands in Togo. Equiano is Google's cable. The WACS cable was built by Alcatel Submarine "
        "Networks.",
        [
            ("Equiano", "P"),
            ("WACS cable", "P"),
            ("Togo", "C"),
            ("Google", "O"),
            ("Alcatel Submarine Networks", "O"),
        ],
        {("WACS cable", "builtBy", "Alcatel Submarine Networks")},
        {("Equiano", "builtBy", "Alcatel Submarine Networks")},
        id="en-another-work-named-in-the-sentence",
    ),
    pytest.param(
        "华为与中兴签约。卫星由中国空间技术研究院研制。",
        [("华为", "O"), ("中兴", "O"), ("中国空间技术研究院", "O")],
        set(),
        {("华为", "builtBy", "中国空间技术研究院")},
        id="zh-no-topic-no-relation",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), TOPIC)
def test_find_relations_of_the_topic_in_sentences_that_do_not_name_it(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)
