"""Names typed by their context: datelines, ordinals, ceremonies, quotes, operators, ministries,
'-based', appositions and consortia (zh and en side by side)."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.lexicon import Lexicon
from kg.model import EntityClass

from .mention_docs import make_doc


def _classes(text: str, lexicon: Lexicon) -> dict[str, EntityClass]:
    return {m.text: m.cls for m in find_mentions(make_doc(text), lexicon)}


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("新华社万象3月5日电 中老跨境光缆今天正式开通。", "中老跨境光缆", EntityClass.PROJECT),
        ("COLOMBO: The Sri Lanka Telecom board met on Monday.", "COLOMBO", EntityClass.PLACE),
        ("首届中国—南亚数字合作论坛在昆明开幕。", "首届中国—南亚数字合作论坛", EntityClass.EVENT),
        ("The Second Asia Cable Forum opened in Colombo.", "Second Asia Cable Forum", EntityClass.EVENT),
        ("中缅国际光缆开通暨试运营仪式在仰光举行。", "中缅国际光缆开通暨试运营仪式", EntityClass.EVENT),
        ("Dhaka-based Kovira Link is the landing partner.", "Kovira Link", EntityClass.ORGANIZATION),
        ("双方共同落实“数字互联互通伙伴关系”倡议。", "数字互联互通伙伴关系", EntityClass.INITIATIVE),
        (
            "The cable lands at Orvane DC2, a carrier-neutral data centre near the port.",
            "Orvane DC2",
            EntityClass.PROJECT,
        ),
        ("孟加拉国电信总经理出席。", "孟加拉国电信", EntityClass.ORGANIZATION),
        ("The PEACE consortium approved the budget.", "PEACE consortium", EntityClass.ORGANIZATION),
        ("斯里兰卡大众传媒与信息部部长出席。", "斯里兰卡大众传媒与信息部", EntityClass.ORGANIZATION),
        ("项目位于广州南沙新区。", "广州南沙新区", EntityClass.PLACE),
        ("项目位于南宁五象新区。", "五象新区", EntityClass.PLACE),
        ("The base sits in Nanning's Wuxiang New Area.", "Wuxiang New Area", EntityClass.PLACE),
    ],
)
def test_names_typed_by_context(lexicon: Lexicon, text: str, name: str, cls: EntityClass) -> None:
    assert _classes(text, lexicon).get(name) is cls


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("新华社万象3月5日电 中老跨境光缆今天正式开通。", "日电中老跨境光缆"),
        ("The works resumed in March after the monsoon.", "March"),
        ("中国电信运营商加快建设。", "中国电信运营商"),
        ("中国与巴基斯坦外交部发表声明。", "中国与巴基斯坦外交部"),
        ("仪式在位于首都的公司总部举行揭牌仪式。", "公司总部举行揭牌仪式"),
    ],
)
def test_context_does_not_make_names_of_everything(lexicon: Lexicon, text: str, not_a_name: str) -> None:
    assert not_a_name not in _classes(text, lexicon)
