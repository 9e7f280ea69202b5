"""Markdown: front matter and the reduction of the body to plain text."""

from __future__ import annotations

import pytest

from kg.errors import DocumentFormatError
from kg.ingest.markdown import parse_markdown


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("# 中巴跨境光缆开通\n\n正文。", "中巴跨境光缆开通\n\n正文。", id="zh-atx-heading"),
        pytest.param(
            "## PEACE lands ##\nThe cable landed.",
            "PEACE lands\n\nThe cable landed.",
            id="en-atx-heading-closed",
        ),
        pytest.param(
            "中巴跨境光缆开通\n========\n正文。", "中巴跨境光缆开通\n\n正文。", id="zh-setext-heading"
        ),
        pytest.param(
            "PEACE lands\n-----------\nThe cable landed.",
            "PEACE lands\n\nThe cable landed.",
            id="en-setext-heading",
        ),
        pytest.param("由**中国电信**和*巴方*共同建设。", "由中国电信和巴方共同建设。", id="zh-emphasis"),
        pytest.param(
            "Built by **China Telecom** and __SCO__, *not* ~~Huawei~~.",
            "Built by China Telecom and SCO, not Huawei.",
            id="en-emphasis",
        ),
        pytest.param('详见[东盟秘书处](https://asean.org "ASEAN")。', "详见东盟秘书处。", id="zh-link"),
        pytest.param(
            "See [the Xinhua report](http://xinhuanet.com/a_(b).htm) and ![map](map.png).",
            "See the Xinhua report and map.",
            id="en-link-and-image",
        ),
        pytest.param(
            "参见[东盟][asean]。\n\n[asean]: https://asean.org", "参见东盟。", id="zh-reference-link"
        ),
        pytest.param(
            "Use `kg build` <https://example.org>.",
            "Use kg build https://example.org.",
            id="en-code-and-autolink",
        ),
        pytest.param(
            "- 中巴跨境光缆\n- 中俄跨境光缆", "中巴跨境光缆\n\n中俄跨境光缆", id="zh-list-items-stay-apart"
        ),
        pytest.param(
            "1. China signed.\n2. Pakistan signed.", "China signed.\n\nPakistan signed.", id="en-ordered-list"
        ),
        pytest.param("> 数字丝绸之路\n> 是合作平台。", "数字丝绸之路 是合作平台。", id="zh-block-quote"),
        pytest.param(
            "The cable runs from\nRawalpindi to Khunjerab.",
            "The cable runs from Rawalpindi to Khunjerab.",
            id="en-soft-line-break",
        ),
        pytest.param(
            "| 国家 | 首都 |\n|---|---|\n| 巴基斯坦 | 伊斯兰堡 |",
            "国家 | 首都\n\n巴基斯坦 | 伊斯兰堡",
            id="zh-table",
        ),
        pytest.param(
            "Text<!-- a note\nover lines --> goes on.<br/>", "Text goes on.", id="en-html-comment-and-tag"
        ),
        pytest.param("a\n\n---\n\nb", "a\n\nb", id="thematic-break"),
        pytest.param("正文 <!-- 未闭合的注释", "正文 <!-- 未闭合的注释", id="zh-unclosed-comment-kept"),
        pytest.param("See [[the report](http://x.org)", "See [the report", id="en-nested-bracket"),
        pytest.param("Price 3\\*4 \\[sic\\]", "Price 3*4 [sic]", id="en-escapes"),
    ],
)
def test_parse_markdown_reduces_syntax_to_text(body: str, expected: str) -> None:
    assert parse_markdown(body, origin="a.md").body == expected


@pytest.mark.parametrize(
    ("text", "metadata"),
    [
        pytest.param(
            "---\ntitle: 中巴跨境光缆开通\ndate: 2018-07-14\nlanguage: zh\n---\n正文。",
            {"title": "中巴跨境光缆开通", "date": "2018-07-14", "language": "zh"},
            id="zh",
        ),
        pytest.param(
            '---\ntitle: "PEACE: subsea cable lands"\nsource: https://example.org\n---\nBody.',
            {"title": "PEACE: subsea cable lands", "source": "https://example.org"},
            id="en",
        ),
        pytest.param("---\n---\nBody.", {}, id="empty"),
        pytest.param("No front matter.\n---\nafter a rule", {}, id="none"),
    ],
)
def test_parse_markdown_reads_front_matter(text: str, metadata: dict[str, object]) -> None:
    assert parse_markdown(text, origin="a.md").metadata == metadata


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        pytest.param("# 中巴跨境光缆开通\n\n正文。", "中巴跨境光缆开通", id="zh-h1"),
        pytest.param("PEACE lands\n===\nBody.", "PEACE lands", id="en-setext-h1"),
        pytest.param("## Section\n\nBody.", None, id="h2-is-no-title"),
        pytest.param("Intro.\n\n# Later heading", None, id="h1-not-first"),
    ],
)
def test_parse_markdown_finds_a_leading_h1(text: str, heading: str | None) -> None:
    assert parse_markdown(text, origin="a.md").heading == heading


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("---\ntitle: a: b: c\n---\nBody.", r"a\.md:2: invalid YAML", id="bad-mapping"),
        pytest.param(
            "---\ntitle: ok\ndate: [2018\n---\nBody.", r"a\.md:\d+: invalid YAML", id="unclosed-list"
        ),
        pytest.param(
            "---\ntitle: never closed\nBody.", r"a\.md:1: .*never closed", id="unclosed-front-matter"
        ),
        pytest.param("---\n- a\n- b\n---\nBody.", r"a\.md:2: .*not a mapping", id="list-not-mapping"),
    ],
)
def test_parse_markdown_reports_broken_front_matter_with_its_line(text: str, message: str) -> None:
    with pytest.raises(DocumentFormatError, match=message):
        parse_markdown(text, origin="a.md")
