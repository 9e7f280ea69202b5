"""HTML pages: main text without scripts, styles and menus; metadata from the page."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import DocumentFormatError
from kg.ingest.webpage import declared_charset, extract_web_page

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"


@pytest.mark.parametrize(
    ("name", "kept", "dropped", "metadata"),
    [
        pytest.param(
            "page_zh.html",
            ["中国和巴基斯坦13日在拉瓦尔品第举行仪式", "这条光缆全长820公里"],
            ["统计脚本", "正文之后的脚本", "font-family", "首页", "国际频道", "侧栏新闻", "版权所有"],
            {
                "title": "中巴跨境光缆正式开通",
                "date": "2018-07-14",
                "publisher": "新华网",
                "source": "http://www.xinhuanet.com/2018-07/14/c_1123124.htm",
            },
            id="zh",
        ),
        pytest.param(
            "page_en.html",
            ["has landed in Marseille", "First announced in 2019"],
            ["tracking script", "display: flex", "Home", "Business", "Subscribe"],
            {
                "title": "PEACE subsea cable lands in Marseille",
                "date": "2021-10-21",
                "publisher": "CAJ News Africa",
                "source": "https://www.cajnewsafrica.com/2021/10/21/peace-subsea-cable-lands-in-marseille/",
            },
            id="en",
        ),
    ],
)
def test_extract_web_page_keeps_main_text_and_metadata(
    name: str, kept: list[str], dropped: list[str], metadata: dict[str, str]
) -> None:
    page = extract_web_page((DATA / name).read_text(encoding="utf-8"), origin=name)
    for text in kept:
        assert text in page.text
    for text in dropped:
        assert text not in page.text
    assert {key: getattr(page, key) for key in metadata} == metadata


def test_extract_web_page_separates_paragraphs_by_blank_lines() -> None:
    page = extract_web_page((DATA / "page_zh.html").read_text(encoding="utf-8"), origin="page_zh.html")
    assert "\n\n" in page.text
    assert "\n\n\n" not in page.text


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(
            "<html><head><title>新华网</title><script>var a = 1;</script></head><body><nav><ul>"
            "<li><a href='/'>首页</a></li><li><a href='/world'>国际</a></li></ul></nav>"
            "<footer>版权所有</footer></body></html>",
            id="zh-menu-only",
        ),
        pytest.param(
            "<html><head><title>Xinhua</title><style>p {}</style></head><body><nav><ul>"
            "<li><a href='/'>Home</a></li><li><a href='/world'>World</a></li></ul></nav>"
            "<footer>Copyright</footer></body></html>",
            id="en-menu-only",
        ),
        pytest.param("<html><body></body></html>", id="empty-body"),
    ],
)
def test_extract_web_page_without_main_text_says_why(html: str) -> None:
    with pytest.raises(DocumentFormatError, match=r"a\.html: no main text found"):
        extract_web_page(html, origin="a.html")


@pytest.mark.parametrize(
    ("head", "charset"),
    [
        pytest.param(b'<meta charset="gbk">', "gbk", id="html5"),
        pytest.param(
            b'<meta http-equiv="Content-Type" content="text/html; charset=GB2312">', "GB2312", id="http-equiv"
        ),
        pytest.param(b"<title>no charset</title>", None, id="none"),
    ],
)
def test_declared_charset_reads_meta_tags(head: bytes, charset: str | None) -> None:
    assert declared_charset(b"<html><head>" + head + b"</head></html>") == charset
