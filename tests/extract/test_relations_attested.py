"""Readings attested in two annotated sets or more: cables by the places they join, the fields and the
makers of satellites, reporters of a byline, a country's ministers and envoys, and what a party that
signs a paper or acts at a place does not state.

One table per family, Chinese and English rows side by side. Mentions are built by hand with
``build``, so that these tests pin the relation layer alone, whichever way the names are found.
"""

from __future__ import annotations

import pytest

from tests.extract.test_relations import Spec, check_relations

Triple = tuple[str, str, str]

CONNECTS = [
    pytest.param(
        "That cable was cut off the Egyptian coast, on a segment between Egypt and Italy.",
        [("That cable", "P"), ("Egyptian", "C"), ("Egypt", "C"), ("Italy", "C")],
        {("That cable", "connects", "Egypt"), ("That cable", "connects", "Italy")},
        set(),
        id="en-a-segment-of-the-cable-between-two-countries",
    ),
    pytest.param(
        "The MARS cable is new. Huawei Marine will build the first submarine cable between Mauritius and "
        "Rodrigues Island.",
        [
            ("MARS cable", "P"),
            ("Huawei Marine", "O"),
            ("submarine cable", "T"),
            ("Mauritius", "C"),
            ("Rodrigues Island", "L"),
        ],
        {("MARS cable", "connects", "Mauritius"), ("MARS cable", "connects", "Rodrigues Island")},
        set(),
        id="en-the-cable-between-two-places-is-the-documents-cable",
    ),
    pytest.param(
        "The FLAG cable was cut. Both sides will deepen cooperation in the digital economy between China and "
        "ASEAN.",
        [("FLAG cable", "P"), ("digital economy", "T"), ("China", "C"), ("ASEAN", "O")],
        set(),
        {("FLAG cable", "connects", "China")},
        id="en-a-field-between-two-countries-is-no-cable",
    ),
    pytest.param(
        "根据协议，双方计划在中国新疆喀什和巴基斯坦苏斯特之间建设首条中巴跨境陆缆传输系统，初始容量40G。",
        [
            ("中国", "C"),
            ("新疆", "L"),
            ("喀什", "L"),
            ("巴基斯坦", "C"),
            ("苏斯特", "L"),
            ("中巴跨境陆缆", "P"),
        ],
        {("中巴跨境陆缆", "connects", "喀什"), ("中巴跨境陆缆", "connects", "苏斯特")},
        set(),
        id="zh-a-work-named-between-two-places",
    ),
    pytest.param(
        "中俄光缆开通。双方将在中国黑龙江省黑河市和俄罗斯布拉格维申斯克市之间新建跨境光缆系统。",
        [
            ("中俄光缆", "P"),
            ("中国", "C"),
            ("黑龙江省", "L"),
            ("黑河市", "L"),
            ("俄罗斯", "C"),
            ("布拉格维申斯克市", "L"),
            ("跨境光缆", "T"),
        ],
        set(),
        {("中俄光缆", "connects", "黑河市")},
        id="zh-an-unnamed-work-between-two-places-is-not-an-earlier-sentences-work",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), CONNECTS)
def test_find_relations_cables_between_places(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)


SIGNERS = [
    pytest.param(
        "PHNOM PENH, Nov. 10 (Xinhua) -- Cambodia and China on Friday signed a Memorandum of Understanding "
        "on e-commerce.",
        [
            ("PHNOM PENH", "L"),
            ("Xinhua", "O"),
            ("Cambodia", "C"),
            ("China", "C"),
            ("Memorandum of Understanding", "A"),
        ],
        {
            ("Memorandum of Understanding", "signedWith", "Cambodia"),
            ("Memorandum of Understanding", "signedWith", "China"),
        },
        {("Memorandum of Understanding", "signedWith", "Xinhua")},
        id="en-the-signers-are-the-parties-before-the-verb-not-the-agency-of-the-dateline",
    ),
    pytest.param(
        "中国电信与巴基斯坦特别通信组织签署中巴国际陆缆建设维护协议",
        [("中国电信", "O"), ("巴基斯坦特别通信组织", "O"), ("中巴国际陆缆", "P")],
        set(),
        {("中国电信", "cooperatesWith", "巴基斯坦特别通信组织")},
        id="zh-signing-a-paper-named-after-its-work-is-no-cooperation-in-general",
    ),
    pytest.param(
        "华为海洋与中国联通在上海签署SAIL建设合同。",
        [("华为海洋", "O"), ("中国联通", "O"), ("上海", "L"), ("SAIL", "P")],
        set(),
        {("华为海洋", "cooperatesWith", "中国联通")},
        id="zh-signing-a-works-contract-is-no-cooperation-in-general",
    ),
    pytest.param(
        "中国与老挝签署合作，共建信息港。",
        [("中国", "C"), ("老挝", "C")],
        {("中国", "cooperatesWith", "老挝")},
        set(),
        id="zh-two-countries-that-cooperate",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), SIGNERS)
def test_find_relations_signers_and_cooperation(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)
