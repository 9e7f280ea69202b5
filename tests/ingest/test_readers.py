"""Format readers: .txt (plain and digest), .md, .html, .jsonl, each from real bytes."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from kg.errors import DecodingError, DocumentFormatError
from kg.ingest.readers import read_html, read_jsonl, read_markdown, read_text
from kg.model import Document, Lang, Skipped

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "ingest"
SEED_DIGEST = ROOT / "seeds" / "digital-silk-road-digest.txt"


def documents(items: list[Document | Skipped]) -> list[Document]:
    return [item for item in items if isinstance(item, Document)]


def test_read_text_splits_the_seed_digest_into_its_articles() -> None:
    items = list(read_text(SEED_DIGEST.read_bytes(), "seeds/digest.txt"))
    assert all(isinstance(item, Document) for item in items)
    docs = documents(items)
    assert [(d.origin, d.title, d.publisher, d.date, d.lang) for d in docs] == [
        (
            "seeds/digest.txt#1",
            "协同推进硬联通、软联通、心联通 打造数字合作的“上合样板”(专题深思)",
            "Ren Min Ri Bao",
            "2025-11-10",
            Lang.ZH,
        ),
        ("seeds/digest.txt#2", "数字丝绸之路对合作共赢的价值", "Jing Ji Ri Bao", "2025-10-23", Lang.EN),
    ]
    first, second = docs
    assert first.text.startswith(f"{first.title}\n\nRen Min Ri Bao· 2025-11-10 22:48\n\n以心联通为纽带")
    assert second.text.startswith(f"{second.title}\n\nJing Ji Ri Bao· 2025-10-23 21:46\n\nCore Viewpoint")
    for doc in docs:
        assert "Search documents" not in doc.text
        assert not doc.text.startswith("跨境光缆")
    assert "上海合作组织成员国元首理事会第二十五次会议" in first.text
    assert "深化数字合作" in first.text
    assert "小而美" in first.text


@pytest.mark.parametrize(
    ("number", "title", "publisher", "date", "body_start"),
    [
        pytest.param(
            1,
            "中国—东盟信息港 建设取得新进展",
            "Xin Hua She",
            "2019-05-20",
            "中国—东盟信息港建设取得新进展，",
            id="zh",
        ),
        pytest.param(
            2,
            "PEACE cable lands in Marseille",
            "CAJ News",
            "2021-10-21",
            "The PEACE submarine cable",
            id="en",
        ),
    ],
)
def test_read_text_reads_digest_fixture_articles(
    number: int, title: str, publisher: str, date: str, body_start: str
) -> None:
    docs = documents(list(read_text((DATA / "digest.txt").read_bytes(), "digest.txt")))
    doc = docs[number - 1]
    assert (doc.origin, doc.title, doc.publisher, doc.date) == (
        f"digest.txt#{number}",
        title,
        publisher,
        date,
    )
    title_line, byline, body = doc.text.split("\n\n", 2)
    assert title_line == title
    assert byline.startswith(publisher)
    assert date in byline
    assert body.startswith(body_start)


def test_read_text_skips_a_digest_article_without_body() -> None:
    data = "标题一\n新华社 | 2019-05-20\n\nTitle two\nXinhua | 2019-05-21\nBody two.".encode()
    items = list(read_text(data, "d.txt"))
    assert isinstance(items[0], Skipped)
    assert items[0].origin == "d.txt#1"
    assert "no text" in items[0].reason
    assert isinstance(items[1], Document)
    assert items[1].origin == "d.txt#2"


@pytest.mark.parametrize(
    ("name", "expected_start", "lang"),
    [
        pytest.param("gb18030_zh.txt", "中巴跨境光缆项目于2018年7月13日正式开通。", Lang.ZH, id="zh-gb18030"),
        pytest.param("utf16le_bom_zh.txt", "数字丝绸之路是“一带一路”倡议", Lang.ZH, id="zh-utf16le-bom"),
        pytest.param(
            "utf16be_no_bom_en.txt", "The PEACE cable landed in Marseille", Lang.EN, id="en-utf16be"
        ),
    ],
)
def test_read_text_reads_plain_text_fixtures(name: str, expected_start: str, lang: Lang) -> None:
    [doc] = documents(list(read_text((DATA / name).read_bytes(), name)))
    assert doc.text.startswith(expected_start)
    assert doc.lang is lang
    assert doc.origin == name
    assert doc.title is None


def test_read_markdown_reads_front_matter_bom_and_crlf() -> None:
    [doc] = documents(list(read_markdown((DATA / "utf8_bom_crlf.md").read_bytes(), "a.md")))
    assert (doc.title, doc.date, doc.lang, doc.source, doc.publisher) == (
        "东盟数字经济框架协议谈判启动",
        "2023-09-03",
        Lang.ZH,
        "https://example.org/defa",
        "新华社",
    )
    body = "东盟数字经济框架协议（DEFA）谈判于2023年9月3日正式启动。详情见东盟秘书处网站。"
    assert doc.text == f"{doc.title}\n\n{body}"
    assert "\r" not in doc.text


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param("# 中巴跨境光缆开通\n\n正文。", "中巴跨境光缆开通", id="zh-h1-as-title"),
        pytest.param(
            "---\ntitle: Front matter wins\n---\n# PEACE lands\n\nBody.",
            "Front matter wins",
            id="en-front-matter-title",
        ),
    ],
)
def test_read_markdown_takes_the_title(text: str, title: str) -> None:
    [doc] = documents(list(read_markdown(text.encode(), "a.md")))
    assert doc.title == title
    assert doc.text.startswith(f"{title}\n\n")


def test_read_markdown_raises_for_invalid_front_matter() -> None:
    with pytest.raises(DocumentFormatError, match=r"a\.md:3: invalid YAML"):
        list(read_markdown(b"---\ntitle: ok\ndate: : :\n---\nBody.", "a.md"))


@pytest.mark.parametrize(
    ("name", "title", "lang"),
    [
        pytest.param("page_zh.html", "中巴跨境光缆正式开通", Lang.ZH, id="zh"),
        pytest.param("page_en.html", "PEACE subsea cable lands in Marseille", Lang.EN, id="en"),
    ],
)
def test_read_html_reads_main_text_and_metadata(name: str, title: str, lang: Lang) -> None:
    [doc] = documents(list(read_html((DATA / name).read_bytes(), name)))
    assert doc.title == title
    assert doc.lang is lang
    assert doc.text.startswith(f"{title}\n\n")
    assert doc.text.count(title) == 1
    assert doc.date is not None


def test_read_html_honours_a_declared_gbk_charset() -> None:
    html = (DATA / "page_zh.html").read_text(encoding="utf-8").replace('charset="utf-8"', 'charset="gbk"')
    [doc] = documents(list(read_html(html.encode("gbk"), "gbk.html")))
    assert doc.title == "中巴跨境光缆正式开通"


def test_read_jsonl_reads_good_lines_and_skips_bad_ones_by_line_number() -> None:
    items = list(read_jsonl((DATA / "articles.jsonl").read_bytes(), "articles.jsonl"))
    assert [item.origin for item in items] == [
        "articles.jsonl:1",
        "articles.jsonl:2",
        "articles.jsonl:4",
        "articles.jsonl:5",
        "articles.jsonl:6",
        "articles.jsonl:7",
    ]
    kinds = [type(item).__name__ for item in items]
    assert kinds == ["Document", "Skipped", "Skipped", "Document", "Skipped", "Document"]
    skipped = [item for item in items if isinstance(item, Skipped)]
    assert "invalid JSON" in skipped[0].reason
    assert "fix the line" in skipped[0].reason
    assert '"text"' in skipped[1].reason
    assert "not an object" in skipped[2].reason


@pytest.mark.parametrize(
    ("line", "title", "date", "lang", "publisher"),
    [
        pytest.param(1, "Cable inaugurated", "2018-07-14", Lang.EN, "Xinhua", id="en"),
        pytest.param(5, None, "2019-05-20", Lang.ZH, None, id="zh"),
        pytest.param(7, None, None, Lang.EN, None, id="en-bad-date-dropped"),
    ],
)
def test_read_jsonl_reads_metadata(
    line: int, title: str | None, date: str | None, lang: Lang, publisher: str | None
) -> None:
    docs = {
        d.origin: d for d in documents(list(read_jsonl((DATA / "articles.jsonl").read_bytes(), "a.jsonl")))
    }
    doc = docs[f"a.jsonl:{line}"]
    assert (doc.title, doc.date, doc.lang, doc.publisher) == (title, date, lang, publisher)


def test_read_jsonl_skips_a_line_with_non_text_title() -> None:
    [item] = list(read_jsonl(b'{"text": "Body.", "title": ["a", "b"]}', "a.jsonl"))
    assert isinstance(item, Skipped)
    assert item.origin == "a.jsonl:1"
    assert "title" in item.reason


def test_read_jsonl_keeps_line_separators_inside_json_strings() -> None:
    data = '{"text": "First\u2028line."}\n{"text": "第二行。"}'.encode()
    assert [item.origin for item in read_jsonl(data, "a.jsonl")] == ["a.jsonl:1", "a.jsonl:2"]


def test_readers_raise_decoding_error_for_binary_files() -> None:
    with pytest.raises(DecodingError):
        list(read_text((DATA / "binary.txt").read_bytes(), "binary.txt"))


def test_read_markdown_keeps_a_document_whose_date_is_impossible(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        [doc] = documents(list(read_markdown(b"---\ntitle: T\ndate: 2018-02-30\n---\nBody.", "a.md")))
    assert (doc.title, doc.date) == ("T", None)
    assert "a.md" in caplog.text


def test_read_jsonl_skips_a_line_nested_too_deeply() -> None:
    items = list(read_jsonl(("[" * 100_000 + "\n" + '{"text": "Next."}').encode(), "a.jsonl"))
    assert [type(item).__name__ for item in items] == ["Skipped", "Document"]
