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
