"""Works named by what they link: a cross-border payment interconnection and its platforms.

News tells of two countries' payment systems joined ("the cross-border QR code payment
interconnection", 中越两国跨境二维码支付互联互通) and of the platform or gateway that carries
cross-border payments (数字人民币跨境数字支付平台, "a cross-border payment platform"), by
description rather than by a name. Each is a work of its document. The description keeps the
pair of countries that opens it (中越两国…) and a currency the lexicon knows before a platform.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.mentions_candidate import Candidate
from kg.model import EntityClass

__all__ = ["link_of_work", "payment_links"]

_MEANS_ZH = r"(?:二维码|移动|数字|银行卡|实时|手机)?"
_LINK_ZH = re.compile(
    rf"(?:[\u4e00-\u9fff]{{2}}两国)?(?:跨境|双边){_MEANS_ZH}支付(?:网络|系统)?(?:互联互通|互通|互联)"
    rf"|(?:跨境|双边){_MEANS_ZH}(?:支付)?(?:统一)?(?:平台|网关)(?![\u4e00-\u9fff])"
)
_MEANS_EN = r"(?:(?:QR[- ]code|mobile|digital|real-time|instant)\s+)?"
_LINK_EN = re.compile(
    rf"\b(?:cross-border|bilateral)\s+{_MEANS_EN}payments?\s+"
    r"(?:interconnection|interlinking|linkage|link|connectivity|platform|gateway)(?!s)\b",
    re.IGNORECASE,
)
# a currency or a payment technology the lexicon knows opens a platform's description
# (数字人民币|跨境数字支付平台)
_PLATFORM = re.compile(r"(?:跨境|双边)\S*(?:平台|网关)$|.*(?:platform|gateway)$", re.IGNORECASE)
_CONFIDENCE = 0.6
_PAIR = re.compile(r"^[\u4e00-\u9fff]{2}两国")


def payment_links(
    text: str,
    zh_spans: Sequence[tuple[int, int]],
    en_spans: Sequence[tuple[int, int]],
    technologies: Sequence[Candidate],
) -> list[Candidate]:
    """Descriptions of cross-border payment links and platforms (class Project, source
    ``descriptor``); ``technologies`` are the lexicon's technology candidates of the text."""
    ends = {c.end: c.start for c in technologies if c.cls is EntityClass.TECHNOLOGY}
    found: list[Candidate] = []
    for pattern, spans in ((_LINK_ZH, zh_spans), (_LINK_EN, en_spans)):
        for span_start, span_end in spans:
            for match in pattern.finditer(text, span_start, span_end):
                start = match.start()
                if _PLATFORM.match(match.group()) and start in ends:
                    start = ends[start]
                found.append(
                    Candidate(
                        start, match.end(), EntityClass.PROJECT, "descriptor", _CONFIDENCE, "payment-link"
                    )
                )
    return found


def link_of_work(description: str) -> str | None:
    """What link or platform ``description`` is, without the pair of countries that may open it
    (跨境二维码支付互联互通 of 中越两国跨境二维码支付互联互通), case-folded; None for any other text."""
    text = description.strip()
    for pattern in (_LINK_ZH, _LINK_EN):
        match = pattern.search(text)
        if match is not None and match.end() == len(text):
            return _PAIR.sub("", match.group()).casefold()
    return None
