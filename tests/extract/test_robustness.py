"""Property tests: on any text made of the domain's pieces and arbitrary characters, the rules
extractor returns an extraction whose every span indexes the document, and the graph builds.

The texts are assembled from Chinese and English fragments of the domain (names, suffix heads,
dates, amounts, titles, references, punctuation) mixed with arbitrary Unicode, so that the
patterns meet the near-misses real news holds: a name cut by a line break, a date with no
year, brackets that do not close, an amount with no unit. Hypothesis runs derandomised, so a CI
run is reproducible; a failure prints the smallest text that breaks it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract import Extractor, check_extraction, get_extractor
from kg.ingest import load_documents, read_document
from kg.lexicon import load_lexicon
from kg.model import DateValue, Document, Quantity
from kg.rdf import to_quads
from kg.resolve import resolve

FRAGMENTS_ZH = (
    "中国", "巴基斯坦", "中巴", "中老", "中吉乌", "上合组织", "上海合作组织", "东盟", "华为", "中国电信",
    "中巴跨境光缆", "数字丝绸之路", "一带一路", "倡议", "项目", "光缆", "海缆", "公司", "集团", "论坛",
    "会议", "中心", "试验区", "《", "》", "（", "）", "“", "”", "、", "，", "。", "；", "：", "与", "和",
    "签署", "合作", "建设", "开通", "连接", "总理", "大使", "驻", "穆尔克", "姚敬", "该项目", "该光缆",
    "2018年7月13日", "7月13日", "2019年第四季度", "年内", "4400万美元", "19亿人口", "820千米", "60Tbit/s",
    "40G", "约2亿元新台币", "二号", "卫星", "长征三号乙", "谅解备忘录", "的", "了", "在", "将", "于",
)  # fmt: skip
FRAGMENTS_EN = (
    "China", "Pakistan", "China and Pakistan", "SCO", "Shanghai Cooperation Organisation", "ASEAN",
    "Huawei", "China Telecom", "PKFOP", "Digital Silk Road", "Belt and Road Initiative", "Initiative",
    "Project", "Cable", "Company", "Forum", "Summit", "Ministry", "Special Communications Organization",
    "(", ")", "(SCO)", ",", ".", ";", ":", " and ", " the ", " of ", " signed ", " with ", " built ",
    " connects ", "Prime Minister", "Ambassador", "Mr.", "the project", "the cable", "It", "July 13, 2018",
    "July 2018", "the fourth quarter of 2019", "on Tuesday", "$44 million", "820 km", "60 Tbit/s",
    "1.9 billion people", "MoU", "memorandum of understanding (MoU)", "Long March-3B", "LaoSat-1",
)  # fmt: skip
SEPARATORS = (" ", "", "\n", "\n\n", "\t", "\u3000", "\u200b", "—", "–", "-", "/", "·")

_text_pieces = st.one_of(
    st.sampled_from(FRAGMENTS_ZH),
    st.sampled_from(FRAGMENTS_EN),
    st.sampled_from(SEPARATORS),
    st.text(max_size=6),
)
domain_texts = st.lists(_text_pieces, min_size=1, max_size=60).map("".join)
document_dates = st.one_of(st.none(), st.dates().map(lambda day: day.isoformat()))

_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PROPERTY_SETTINGS = settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@lru_cache(maxsize=1)
def extractor() -> Extractor:
    return get_extractor("rules", load_lexicon())


def _document(text: str, date: str | None) -> Document | None:
    if not text.strip():
        return None
    return read_document(text, origin="hypothesis.txt", date=date)


@PROPERTY_SETTINGS
@given(text=domain_texts, date=document_dates)
def test_every_span_the_extractor_returns_indexes_the_document(text: str, date: str | None) -> None:
    doc = _document(text, date)
    if doc is None:
        return
    extraction = check_extraction(doc, extractor().extract(doc))
    length = len(doc.text)
    for relation in extraction.relations:
        assert 0 <= relation.evidence.start <= relation.evidence.end <= length
        assert 0.0 <= relation.confidence <= 1.0
    for fact in extraction.facts:
        assert 0 <= fact.span.start <= fact.span.end <= length
        assert 0.0 <= fact.confidence <= 1.0
        if isinstance(fact.value, DateValue):
            assert _ISO_DATE.match(fact.value.iso), fact.value
        else:
            assert isinstance(fact.value, Quantity) and fact.value.value.is_finite(), fact.value


@settings(PROPERTY_SETTINGS, max_examples=60)
@given(texts=st.lists(domain_texts, min_size=1, max_size=4))
def test_any_documents_resolve_and_write_as_quads(texts: list[str]) -> None:
    docs = [doc for index, text in enumerate(texts) if (doc := _document(text + " " * index, None))]
    if not docs:
        return
    unique = list({doc.id: doc for doc in docs}.values())
    graph = resolve(unique, [extractor().extract(doc) for doc in unique], load_lexicon())
    quads = list(to_quads(graph))
    assert all(len(quad) == 4 for quad in quads)
    assert {entity.id for entity in graph.entities} >= {t.subject for t in graph.triples}


@pytest.mark.parametrize(
    "text",
    [
        "中巴跨境光缆全长820千米。\n\n《",
        "（上合组织",
        "The Special Communications Organization (SCO",
        "2018年7月13日13日",
        "$44 million million",
        "\u200b中\u200b巴\u200b",
    ],
)
def test_the_extractor_keeps_the_spans_of_truncated_and_odd_texts(text: str) -> None:
    doc = read_document(text, origin="odd.txt")
    check_extraction(doc, extractor().extract(doc))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Both systems were fixed by the Léon Thévenin, a cable-laying ship owned by Orange Marine.",
            id="en-a-reference-noun-without-determiner-or-antecedent",
        ),
        pytest.param(
            "两套系统均由法国海缆船修复。该系统由华为建设。",
            id="zh-a-reference-without-antecedent",
        ),
        pytest.param(
            "Pakistan and China will adopt 5G technology, the Foreign Office said.",
            id="en-a-name-read-twice-at-one-span",
        ),
        pytest.param(
            "巴基斯坦外交部表示，中国和巴基斯坦将采用5G技术。",
            id="zh-a-name-read-twice-at-one-span",
        ),
        pytest.param(
            "中国移动签署合同，金额为9999999999999999999999亿美元。",
            id="zh-an-amount-with-more-digits-than-a-decimal-holds",
        ),
        pytest.param(
            "China Mobile signed a contract worth $99999999999999999999999999 billion.",
            id="en-an-amount-with-more-digits-than-a-decimal-holds",
        ),
    ],
)
def test_the_extractor_reads_sentences_that_once_broke_it(text: str) -> None:
    doc = read_document(text, origin="news.txt", date="1999-12-31")
    check_extraction(doc, extractor().extract(doc))


SETS = Path(__file__).resolve().parents[1] / "data" / "eval" / "sets"


@lru_cache(maxsize=1)
def news_sentences() -> tuple[str, ...]:
    """Every sentence of the annotated news articles in the repository, Chinese and English."""
    documents = [item for item in load_documents([SETS]) if isinstance(item, Document)]
    return tuple(doc.text[s.span.start : s.span.end] for doc in documents for s in doc.sentences)


partial_dates = st.sampled_from((None, "2019", "2019-07", "2020-02-29", "1999-12-31"))


@settings(PROPERTY_SETTINGS, max_examples=150)
@given(
    picks=st.lists(st.integers(min_value=0, max_value=10**9), min_size=1, max_size=8),
    separator=st.sampled_from(("\n\n", "\n", " ", "")),
    date=partial_dates,
)
def test_news_sentences_joined_in_any_order_extract(
    picks: list[int], separator: str, date: str | None
) -> None:
    """Real sentences out of their articles: a reference with nothing before it to stand for, a
    list cut short, a date with no year, one language's sentence run into the other's."""
    sentences = news_sentences()
    text = separator.join(sentences[pick % len(sentences)] for pick in picks)
    doc = _document(text, date)
    if doc is None:
        return
    check_extraction(doc, extractor().extract(doc))
