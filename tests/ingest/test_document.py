"""read_document: normalised text, title first, language, sentences, stable ids, metadata."""

from __future__ import annotations

import logging

import pytest

from kg.errors import DocumentFormatError
from kg.ingest import read_document
from kg.ingest.document import content_id
from kg.model import Lang


@pytest.mark.parametrize(
    ("body", "title", "expected"),
    [
        pytest.param(
            "中巴跨境光缆正式开通。",
            "中巴光缆开通",
            "中巴光缆开通\n\n中巴跨境光缆正式开通。",
            id="zh-title-prepended",
        ),
        pytest.param(
            "The cable opened.", "PEACE lands", "PEACE lands\n\nThe cable opened.", id="en-title-prepended"
        ),
        pytest.param(
            "中巴光缆开通\n\n正文。", "中巴光缆开通", "中巴光缆开通\n\n正文。", id="zh-body-starts-with-title"
        ),
        pytest.param(
            "PEACE lands\nThe cable opened.",
            "PEACE lands",
            "PEACE lands\n\nThe cable opened.",
            id="en-title-line-set-apart",
        ),
        pytest.param(
            "PEACE lands in Marseille today.",
            "PEACE",
            "PEACE\n\nPEACE lands in Marseille today.",
            id="en-title-is-only-a-prefix",
        ),
        pytest.param(
            "正文。",
            "心联通\u3000 打造数字合作",
            "心联通 打造数字合作\n\n正文。",
            id="zh-title-pause-normalised",
        ),
        pytest.param("  Body only.  ", None, "Body only.", id="en-no-title"),
        pytest.param("", "只有标题", "只有标题", id="zh-title-only"),
    ],
)
def test_read_document_puts_the_title_first(body: str, title: str | None, expected: str) -> None:
    doc = read_document(body, origin="a.txt", title=title)
    assert doc.text == expected
    if title:
        first = doc.sentences[0]
        assert doc.text[first.span.start : first.span.end] == doc.title


@pytest.mark.parametrize(
    ("body", "title", "lang", "expected"),
    [
        pytest.param("中巴跨境光缆正式开通。全长820公里。", None, None, Lang.ZH, id="zh"),
        pytest.param("China and Pakistan opened the cable. It is 820 km long.", None, None, Lang.EN, id="en"),
        pytest.param(
            "China and Pakistan opened the cross-border cable.",
            "数字丝绸之路对合作共赢的价值",
            None,
            Lang.EN,
            id="en-body-zh-title",
        ),
        pytest.param(
            "中巴跨境光缆正式开通，全长820公里。",
            "PEACE cable lands in Marseille",
            None,
            Lang.ZH,
            id="zh-body-en-title",
        ),
        pytest.param("The cable opened.", None, "zh", Lang.ZH, id="metadata-wins"),
        pytest.param("The cable opened.", None, "klingon", Lang.EN, id="invalid-metadata-ignored"),
    ],
)
def test_read_document_decides_language_on_the_body(
    body: str, title: str | None, lang: str | None, expected: Lang
) -> None:
    assert read_document(body, origin="a.txt", title=title, lang=lang).lang is expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("在上海合 作组织框架下深化数\n字合作。", id="zh"),
        pytest.param("The Shanghai Cooperation Organisation met.", id="en"),
    ],
)
def test_read_document_id_is_a_stable_content_hash(text: str) -> None:
    first = read_document(text, origin="a/one.txt")
    again = read_document(text, origin="elsewhere/two.jsonl:7", source="http://example.org")
    assert first.id == again.id == content_id(first.text)
    assert len(first.id) == 16
    assert int(first.id, 16) >= 0
    assert read_document(text + " 2", origin="a/one.txt").id != first.id


def test_read_document_ids_follow_normalisation() -> None:
    assert read_document("上海合 作组织", origin="a").id == read_document("上海合作组织", origin="b").id


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        pytest.param("2018年7月14日", "2018-07-14", id="zh"),
        pytest.param("July 14, 2018", "2018-07-14", id="en"),
    ],
)
def test_read_document_normalises_metadata(date: str, expected: str) -> None:
    doc = read_document(
        "Body.", origin="a.md", date=date, source=" http://example.org/a ", publisher="新华社 ", title=" T "
    )
    assert (doc.date, doc.source, doc.publisher, doc.title, doc.origin) == (
        expected,
        "http://example.org/a",
        "新华社",
        "T",
        "a.md",
    )


def test_read_document_keeps_document_with_bad_date(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        doc = read_document("Body.", origin="corpus/a.md", date="next week")
    assert doc.date is None
    assert "corpus/a.md" in caplog.text


@pytest.mark.parametrize(
    "text",
    [pytest.param("  \n\u3000 ", id="zh-ideographic-space"), pytest.param("", id="empty")],
)
def test_read_document_refuses_empty_text(text: str) -> None:
    with pytest.raises(DocumentFormatError, match=r"a\.txt: the document has no text"):
        read_document(text, origin="a.txt")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("中巴跨境光缆正式开通。\n\n该光缆全长820公里，由中国电信建设。", id="zh"),
        pytest.param("The cable opened. It is 820 km long.\n\nChina Telecom built it.", id="en"),
    ],
)
def test_read_document_sentences_index_its_text(text: str) -> None:
    doc = read_document(text, origin="a.txt")
    assert doc.sentences
    for sentence in doc.sentences:
        assert doc.sentence_at(sentence.span.start) == sentence
        assert doc.excerpt(sentence.span).strip() == doc.excerpt(sentence.span)
