"""Segments of a named cable: found after, before or near their host, with one canonical name per segment."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.lexicon import Lexicon
from kg.model import EntityClass, Mention

from .mention_docs import make_doc


def _segments(text: str, lexicon: Lexicon) -> dict[str, Mention]:
    return {
        m.text: m
        for m in find_mentions(make_doc(text), lexicon)
        if m.cls is EntityClass.PROJECT and m.canonical and m.canonical.endswith(" segment")
    }


@pytest.mark.parametrize(
    ("text", "segment", "canonical"),
    [
        ("2Africa东段海缆已经开通。", "2Africa东段海缆", "2Africa east segment"),
        ("The 2Africa east segment has gone live.", "2Africa east segment", "2Africa east segment"),
        ("SEA-H2X香港段于本月登陆。", "SEA-H2X香港段", "SEA-H2X Hong Kong segment"),
        (
            "The SEA-H2X Hong Kong segment has landed.",
            "SEA-H2X Hong Kong segment",
            "SEA-H2X Hong Kong segment",
        ),
        (
            "China Mobile landed the Hong Kong segment of SEA-H2X.",
            "Hong Kong segment",
            "SEA-H2X Hong Kong segment",
        ),
        (
            "SEA-H2X reached Tseung Kwan O.\nAs landing party for the Hong Kong segment, it did the work.",
            "Hong Kong segment",
            "SEA-H2X Hong Kong segment",
        ),
        ("The west segment of the PEACE cable is ready.", "west segment", "PEACE cable west segment"),
    ],
)
def test_find_segments_name_a_segment_by_its_host_and_place(
    lexicon: Lexicon, text: str, segment: str, canonical: str
) -> None:
    found = _segments(text, lexicon)
    assert segment in found
    assert found[segment].canonical == canonical


@pytest.mark.parametrize(
    "text",
    [
        "从埃及到法国的地中海段已经铺设完毕。",
        "标志着该项目东段正式开通。",
        "Its Pakistan-Egypt segment connects Karachi with Zafarana.",
        "The 3,200-km Mediterranean segment links Egypt to Marseille.",
        "The Hong Kong segment of the market grew fast.",
    ],
)
def test_find_segments_a_stretch_without_its_host_is_no_segment(lexicon: Lexicon, text: str) -> None:
    assert _segments(text, lexicon) == {}


def test_find_segments_inside_a_ceremony_name_stays_a_segment(lexicon: Lexicon) -> None:
    text = "会上举行了2Africa东段海缆资源点亮仪式。"
    mentions = find_mentions(make_doc(text), lexicon)
    inner = [m for m in mentions if m.text == "2Africa东段海缆"]
    assert [(m.source, m.canonical) for m in inner] == [("compound", "2Africa east segment")]
