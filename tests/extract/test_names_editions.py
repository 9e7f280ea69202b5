"""Editions of a recurring event: one canonical name per edition in both languages, and a
series named alone in a document about one of its editions."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.extract.names_editions import edition_names
from kg.lexicon import Lexicon
from kg.model import EntityClass, Mention

from .mention_docs import make_doc


def _events(text: str, lexicon: Lexicon) -> list[Mention]:
    return [m for m in find_mentions(make_doc(text), lexicon) if m.cls is EntityClass.EVENT]


@pytest.mark.parametrize(
    ("text", "edition", "canonical"),
    [
        ("首届中国—中亚峰会在西安举行。", "首届中国—中亚峰会", "first China-Central Asia Summit"),
        (
            "The first China-Central Asia Summit was held in Xi'an.",
            "first China-Central Asia Summit",
            "first China-Central Asia Summit",
        ),
        (
            "第二届“一带一路”国际合作高峰论坛在北京举行。",
            "第二届“一带一路”国际合作高峰论坛",
            "second Belt and Road Forum for International Cooperation",
        ),
        (
            "Kenyatta attended the second Belt and Road Forum in Beijing.",
            "second Belt and Road Forum",
            "second Belt and Road Forum for International Cooperation",
        ),
        ("第五届中阿博览会在银川开幕。", "第五届中阿博览会", "fifth China-Arab States Expo"),
        (
            "The 5th China-Arab States Expo opened in Yinchuan.",
            "5th China-Arab States Expo",
            "fifth China-Arab States Expo",
        ),
        (
            "The fifth China-Arab States Expo opened in Yinchuan.",
            "fifth China-Arab States Expo",
            "fifth China-Arab States Expo",
        ),
    ],
)
def test_editions_have_one_canonical_name_in_both_languages(
    lexicon: Lexicon, text: str, edition: str, canonical: str
) -> None:
    found = {m.text: m for m in _events(text, lexicon)}
    assert (found[edition].source, found[edition].key, found[edition].canonical) == (
        "pattern",
        None,
        canonical,
    )


@pytest.mark.parametrize(
    ("text", "series", "canonical"),
    [
        (
            "首届中国—中亚峰会在西安举行。\n中国—中亚峰会成果丰硕。",
            "中国—中亚峰会",
            "first China-Central Asia Summit",
        ),
        (
            "Kenyatta attended the second Belt and Road Forum.\nThe Belt and Road Forum gathered leaders.",
            "Belt and Road Forum",
            "second Belt and Road Forum for International Cooperation",
        ),
    ],
)
def test_editions_a_series_named_alone_beside_one_edition_is_that_edition(
    lexicon: Lexicon, text: str, series: str, canonical: str
) -> None:
    bare = [m for m in _events(text, lexicon) if m.text == series]
    assert [(m.key, m.canonical) for m in bare] == [(None, canonical)]


@pytest.mark.parametrize(
    ("text", "series"),
    [
        ("首届中国—中亚峰会在西安举行。\n下次中国—中亚峰会将于2025年在哈萨克斯坦举行。", "中国—中亚峰会"),
        (
            "The first China-Central Asia Summit was held.\nThe next China-Central Asia Summit is in 2025.",
            "China-Central Asia Summit",
        ),
        (
            "首届中国—中亚峰会在西安举行。\n第二届中国—中亚峰会在阿斯塔纳举行。\n中国—中亚峰会机制化。",
            "中国—中亚峰会",
        ),
    ],
)
def test_editions_another_edition_or_two_editions_leave_the_series(
    lexicon: Lexicon, text: str, series: str
) -> None:
    bare = [m for m in _events(text, lexicon) if m.text == series]
    assert bare
    assert all(m.key == "event/china_central_asia_summit" for m in bare)


def test_edition_names_without_a_series_changes_nothing(lexicon: Lexicon) -> None:
    assert edition_names("No event here.", [], [], lexicon) == []


@pytest.mark.parametrize(
    ("text", "edition"),
    [
        pytest.param(
            "The agreements were finalised at the second Pakistan-China B2B conference last week.",
            "second Pakistan-China B2B conference",
            id="en-ordinal-before-a-discovered-meeting",
        ),
        pytest.param(
            "协议在第二届中巴企业对接会上签署。",
            "第二届中巴企业对接会",
            id="zh-ordinal-before-a-discovered-meeting",
        ),
    ],
)
def test_editions_of_a_discovered_meeting_keep_their_ordinal(
    text: str, edition: str, lexicon: Lexicon
) -> None:
    assert edition in [m.text for m in _events(text, lexicon)]
