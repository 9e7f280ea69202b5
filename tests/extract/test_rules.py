"""The rules extractor end to end on one document: mentions, relations and facts together."""

from __future__ import annotations

from functools import lru_cache

import pytest

from kg.extract import check_extraction, get_extractor
from kg.ingest import read_document
from kg.lexicon import Lexicon, load_lexicon
from kg.model import DateValue, Predicate

pytest.importorskip("kg.extract.mentions", reason="the mention finder (kg.extract.mentions) is not here yet")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return load_lexicon()


@pytest.mark.parametrize(
    ("text", "date", "relation", "fact"),
    [
        pytest.param(
            "推进中巴跨境光缆的对接和常态化运营。中巴跨境光缆全长820千米。",
            None,
            ("project/pkfop", Predicate.CONNECTS, "country/pk"),
            ("project/pkfop", "length"),
            id="zh-compound-cable",
        ),
        pytest.param(
            "China and Pakistan inaugurated the China-Pakistan cross-border optical fiber cable on July 13. "
            "The 820-km cable runs from Rawalpindi to Khunjerab.",
            "2018-07-14",
            ("project/pkfop", Predicate.CONNECTS, "country/cn"),
            ("project/pkfop", "length"),
            id="en-hyphen-cable",
        ),
    ],
)
def test_rule_extractor_finds_relations_and_facts(
    text: str, date: str | None, relation: tuple[str, Predicate, str], fact: tuple[str, str]
) -> None:
    doc = read_document(text, origin="test", date=date)
    extractor = get_extractor("rules", lexicon())
    extraction = check_extraction(doc, extractor.extract(doc))
    assert extraction.extractor == "rules"
    found = {(r.subject.key, r.predicate, r.object.key) for r in extraction.relations}
    assert relation in found
    assert fact in {(f.subject.key, f.attribute) for f in extraction.facts}
    ends = {id(m) for m in extraction.mentions}
    assert all(id(r.subject) in ends or r.subject in extraction.mentions for r in extraction.relations)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("中国与东盟共同举办中国—东盟信息港论坛。", id="zh"),
        pytest.param(
            "The Ministry of Digital Development will work with Huawei on the Digital CASA project in "
            "Tajikistan.",
            id="en",
        ),
    ],
)
def test_patterns_extractor_is_the_rules_without_the_classifier(text: str) -> None:
    doc = read_document(text, origin="test")
    with_classifier = get_extractor("rules", lexicon()).extract(doc)
    patterns = check_extraction(doc, get_extractor("patterns", lexicon()).extract(doc))
    assert patterns.extractor == "patterns"
    learned = {r for r in with_classifier.relations if r.rule == "learned-pair"}
    assert learned, "the classifier reads a relation no pattern reads here"
    assert set(with_classifier.relations) - learned == set(patterns.relations)
    assert patterns.mentions == with_classifier.mentions


@pytest.mark.parametrize(
    ("text", "foreign_body"),
    [
        pytest.param("老挝外交部与巴基斯坦商务部发表声明。", {"org/mfa_china", "org/mofcom"}, id="zh"),
        pytest.param(
            "The Ministry of Commerce of Pakistan issued a statement.", {"org/mofcom"}, id="en-of-country"
        ),
        pytest.param(
            "Pakistan's Ministry of Commerce issued a statement.", {"org/mofcom"}, id="en-possessive"
        ),
    ],
)
def test_another_countrys_body_is_no_name_inside_a_countrys_own(text: str, foreign_body: set[str]) -> None:
    """外交部 is China's foreign ministry in the lexicon; inside 老挝外交部, or as Pakistan's
    ministry, it is the generic part of another country's body's name."""
    doc = read_document(text, origin="test")
    extraction = get_extractor("rules", lexicon()).extract(doc)
    keys = {m.key for m in extraction.mentions}
    assert not keys & foreign_body, sorted(k for k in keys if k)
    assert {"country/pk"} <= keys


@pytest.mark.parametrize(
    ("text", "paper", "parties", "date"),
    [
        pytest.param(
            "Sri Lanka and India signed a memorandum of understanding in March 2022.",
            "memorandum of understanding",
            {"Sri Lanka", "India"},
            "2022-03",
            id="en-an-unnamed-paper-the-parties-signed",
        ),
        pytest.param(
            "斯里兰卡与印度于2022年3月签署了谅解备忘录。",
            "谅解备忘录",
            {"斯里兰卡", "印度"},
            "2022-03",
            id="zh-an-unnamed-paper-the-parties-signed",
        ),
        pytest.param(
            "China signed an agreement with Laos in May 2023.",
            "agreement",
            {"China", "Laos"},
            "2023-05",
            id="en-an-unnamed-paper-signed-with-a-counterpart",
        ),
        pytest.param(
            "中国与老挝于2023年5月签署了协议。",
            "协议",
            {"中国", "老挝"},
            "2023-05",
            id="zh-an-unnamed-paper-signed-with-a-counterpart",
        ),
    ],
)
def test_an_unnamed_paper_is_signed_by_each_party_and_holds_its_date(
    text: str, paper: str, parties: set[str], date: str
) -> None:
    """Annotators make a paper the report does not name an agreement of its own, signed by each
    party, which holds the date of signing; the parties do not sign with each other."""
    doc = read_document(text, origin="test", date="2024-01-01")
    extraction = get_extractor("rules", lexicon()).extract(doc)
    signed = {
        (r.subject.text, r.object.text) for r in extraction.relations if r.predicate is Predicate.SIGNED_WITH
    }
    assert signed == {(paper, party) for party in parties}
    dates = {(f.subject.text, f.value.iso) for f in extraction.facts if isinstance(f.value, DateValue)}
    assert (paper, date) in dates
