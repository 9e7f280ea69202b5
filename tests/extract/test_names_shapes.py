"""Names whose shape hides them: listed items after their owner, fields before one head, comma
lists inside a name, a ministry named by its field."""

from __future__ import annotations

import pytest

from kg.lexicon import Lexicon
from kg.model import EntityClass

from .mention_docs import names_found

ORG = EntityClass.ORGANIZATION
PROJECT = EntityClass.PROJECT


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        # A list item after its owner's possessive takes the class of its known siblings.
        (
            "The consortium includes China Unicom Global, the Philippines' Converge ICT Solutions "
            "and Malaysia's PPTEL SEA H2X, and HMN Technologies builds it.",
            "Converge ICT Solutions",
            ORG,
        ),
        (
            "The consortium includes China Unicom Global, the Philippines' Converge ICT Solutions "
            "and Malaysia's PPTEL SEA H2X, and HMN Technologies builds it.",
            "PPTEL SEA H2X",
            ORG,
        ),
        (
            "Members include Telkom Indonesia, Kenya's Safaricom Networks and Egypt's Telecom Egypt.",
            "Safaricom Networks",
            ORG,
        ),
        ("成员包括中国联通、中国移动和马来西亚的PPTEL公司。", "PPTEL公司", ORG),
        # Two fields joined before one head name one thing.
        (
            "Huawei will develop the Konza Data Centre and Smart Cities Project at a cost of 175 billion.",
            "Konza Data Centre and Smart Cities Project",
            PROJECT,
        ),
        ("华为将建设肯尼亚数据中心和智慧城市项目。", "肯尼亚数据中心和智慧城市项目", PROJECT),
        # A comma list before the "and" of a headed name is part of it.
        (
            "He opened the project's Integrated Command, Control and Communication Centre, run by it.",
            "Integrated Command, Control and Communication Centre",
            ORG,
        ),
        # A standing mechanism is a body of the parties it joins.
        ("峰会确立了中国—中亚元首会晤机制，每两年举办一次。", "中国—中亚元首会晤机制", ORG),
        (
            "The summit set up the China-Central Asia Heads of State Meeting Mechanism.",
            "China-Central Asia Heads of State Meeting Mechanism",
            ORG,
        ),
        # A ministry named by its field after its country's possessive.
        ("The project was conceived by Kenya's ICT ministry and Huawei.", "ICT ministry", ORG),
        ("该项目由肯尼亚信息通信技术部和华为构想。", "肯尼亚信息通信技术部", ORG),
    ],
)
def test_shaped_names_found_with_class(lexicon: Lexicon, text: str, name: str, cls: EntityClass) -> None:
    assert names_found(text, lexicon).get(name) is cls


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        (
            "The SCO Data Center Gilgit and the SCO IT Park opened.",
            "SCO Data Center Gilgit and the SCO IT Park",
        ),
        (
            "In Lahore, Control and Communication Centre staff met.",
            "Lahore, Control and Communication Centre",
        ),
        ("However, Control and Communication Centre staff met.", "However, Control and Communication Centre"),
        ("The Chinese ministry said it would help.", "Chinese ministry"),
        ("华为将建设数据中心和智慧城市项目。", "数据中心和智慧城市项目"),
        # A country's plan or proposal in general, a mechanism of no named parties.
        ("其中中方倡议的多边合作平台19个。", "中方倡议"),
        ("倡议同柬埔寨政府规划对接。", "柬埔寨政府规划"),
        ("Cambodia's government plan and China's proposal were aligned.", "Cambodia's government plan"),
        ("双方建立健全会晤机制。", "建立健全会晤机制"),
        ("Both sides set up a meeting mechanism.", "meeting mechanism"),
        (
            "Huawei will build Data Centre and Smart Cities Project sites.",
            "Data Centre and Smart Cities Project",
        ),
    ],
)
def test_shaped_names_not_found(lexicon: Lexicon, text: str, not_a_name: str) -> None:
    assert not_a_name not in names_found(text, lexicon)
