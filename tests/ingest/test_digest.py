"""News digests: articles split on title + publisher lines, page furniture dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest.digest import split_digest

ROOT = Path(__file__).resolve().parents[2]
SEED_DIGEST = ROOT / "seeds" / "digital-silk-road-digest.txt"


def test_split_digest_reads_the_seed_digest() -> None:
    articles = split_digest(SEED_DIGEST.read_text(encoding="utf-8"), origin="seed")
    assert articles is not None
    assert [(a.number, a.title, a.publisher, a.date) for a in articles] == [
        (
            1,
            "协同推进硬联通、软联通、心联通 打造数字合作的“上合样板”(专题深思)",
            "Ren Min Ri Bao",
            "2025-11-10",
        ),
        (2, "数字丝绸之路对合作共赢的价值", "Jing Ji Ri Bao", "2025-10-23"),
    ]
    assert articles[0].body.startswith("以心联通为纽带")
    assert articles[1].body.startswith("Core Viewpoint")
    for article in articles:
        assert "Search documents" not in article.body
        assert "跨境光缆\n" not in article.body
        assert "Ri Bao·" not in article.body


@pytest.mark.parametrize(
    ("header", "publisher", "date"),
    [
        pytest.param("人民日报· 2025-11-10 22:48", "人民日报", "2025-11-10", id="zh-middle-dot"),
        pytest.param(
            "Ren Min Ri Bao·2025-11-10", "Ren Min Ri Bao", "2025-11-10", id="en-middle-dot-no-space"
        ),
        pytest.param("新华社 • 2019-05-20 09:30", "新华社", "2019-05-20", id="zh-bullet"),
        pytest.param("CAJ News|2021-10-21", "CAJ News", "2021-10-21", id="en-pipe"),
        pytest.param("Xinhua | 2018-07-14 10:05:33", "Xinhua", "2018-07-14", id="en-pipe-seconds"),
    ],
)
def test_split_digest_accepts_publisher_line_forms(header: str, publisher: str, date: str) -> None:
    articles = split_digest(f"标题\n{header}\n正文。", origin="d.txt")
    assert articles is not None
    assert (articles[0].publisher, articles[0].date, articles[0].body) == (publisher, date, "正文。")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("中巴跨境光缆正式开通。\n全长820公里。", id="zh-plain"),
        pytest.param("The cable opened on 2018-07-14.\nIt is 820 km long.", id="en-plain"),
        pytest.param("Xinhua | 2018-07-14\nBody without a title line.", id="header-on-first-line"),
    ],
)
def test_split_digest_returns_none_for_plain_text(text: str) -> None:
    assert split_digest(text, origin="a.txt") is None


def test_split_digest_gives_article_title_lines() -> None:
    text = "furniture\n标题一\n新华社 | 2019-05-20\n正文一。\n\nTitle two\nXinhua | 2019-05-21\nBody two."
    articles = split_digest(text, origin="d.txt")
    assert articles is not None
    assert [(a.title, a.line, a.body) for a in articles] == [
        ("标题一", 2, "正文一。"),
        ("Title two", 6, "Body two."),
    ]
