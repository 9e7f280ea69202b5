"""Works named by what they link: cross-border payment interconnections and platforms."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.extract.names_links import link_of_work
from kg.lexicon import Lexicon
from kg.model import EntityClass

from .mention_docs import make_doc


def _works(text: str, lexicon: Lexicon) -> set[str]:
    return {
        m.text
        for m in find_mentions(make_doc(text), lexicon)
        if m.cls is EntityClass.PROJECT and m.source in ("descriptor", "pattern")
    }


@pytest.mark.parametrize(
    ("text", "work"),
    [
        pytest.param(
            "The two banks launched the cross-border QR code payment interconnection on Monday.",
            "cross-border QR code payment interconnection",
            id="en-interconnection",
        ),
        pytest.param(
            "双方共同推进中越两国跨境二维码支付互联互通。",
            "中越两国跨境二维码支付互联互通",
            id="zh-interconnection-of-two-countries",
        ),
        pytest.param(
            "The central bank joined a cross-border digital payment platform last year.",
            "cross-border digital payment platform",
            id="en-platform",
        ),
        pytest.param(
            "中国银行万象分行首批接入数字人民币跨境数字支付平台。",
            "数字人民币跨境数字支付平台",
            id="zh-platform-of-a-currency",
        ),
        pytest.param(
            "二是7月底，中国上线跨境二维码统一网关。", "跨境二维码统一网关", id="zh-gateway-gone-online"
        ),
    ],
)
def test_payment_links_found(text: str, work: str, lexicon: Lexicon) -> None:
    assert work in _works(text, lexicon)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Cross-border payments grew by a third.", id="en-payments-alone"),
        pytest.param("跨境支付规模持续扩大。", id="zh-payments-alone"),
        pytest.param("The payment links were cut across borders.", id="en-no-cross-border-link"),
    ],
)
def test_payment_links_not_found_for_payments_alone(text: str, lexicon: Lexicon) -> None:
    assert not any(link_of_work(work) for work in _works(text, lexicon))


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        pytest.param(
            "Cross-border QR code payment interconnection",
            "cross-border qr code payment interconnection",
            id="en-link",
        ),
        pytest.param("中越两国跨境二维码支付互联互通", "跨境二维码支付互联互通", id="zh-link-of-a-pair"),
        pytest.param("PEACE cable", None, id="en-other-work"),
        pytest.param("中巴跨境光缆", None, id="zh-other-work"),
    ],
)
def test_link_of_work_reads_only_payment_links(description: str, expected: str | None) -> None:
    assert link_of_work(description) == expected
